# SPDX-License-Identifier: LGPL-3.0-or-later
"""The benchmark's database: reused when it holds the data of the asked scale, else generated."""

import logging
import time

from sqlalchemy import create_engine

from pyispyb.demo_data import Plan, generate
from pyispyb.demo_data.schema import load_reference_schema, mysql_connect

log = logging.getLogger("benchmark.database")


def table_rows(uri, name):
    """Return ``{table: rows}`` of a database (exact counts of the tables the generator fills), or None."""
    connection = mysql_connect(uri)
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = %s", (name,))
        if not cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                       "AND table_name IN ('Proposal', 'BLSession', 'DataCollection')", (name,))
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM `{name}`.`{table}`")
            counts[table] = cursor.fetchone()[0]
        return counts
    finally:
        connection.close()


def prepare_database(uri, scale, seed, schema_dir, regenerate=False, progress=None):
    """Make sure ``uri`` holds the generated data of ``scale``; return (total rows or None, seconds spent)."""
    name = uri.rsplit("/", 1)[1]
    plan = Plan.from_scale(scale)
    counts = table_rows(uri, name)
    if counts and not regenerate:
        if counts.get("Proposal") == plan.proposals and counts.get("BLSession", 0) >= plan.sessions:
            log.info("reusing database %s (%s)", name, counts)
            return None, 0.0
        raise RuntimeError(f"database {name} holds other data ({counts}); use --regenerate to rebuild it")
    if counts is not None:
        connection = mysql_connect(uri)
        try:
            connection.cursor().execute(f"DROP DATABASE `{name}`")
        finally:
            connection.close()
    started = time.perf_counter()
    load_reference_schema(uri, schema_dir)
    engine = create_engine(uri)
    try:
        written = generate(engine, scale=scale, seed=seed, progress=progress, defer_indexes=True)  # created above
    finally:
        engine.dispose()
    return sum(written.values()), time.perf_counter() - started
