# SPDX-License-Identifier: LGPL-3.0-or-later
"""Deterministic generator of a realistic facility data set (demo database and benchmarks).

``generate(engine, scale=1)`` fills an empty ISPyB database with about one year of a
large MX facility: 2,000 proposals, 20,000 sessions, 10,000 persons, 30,000 shipments,
300,000 samples, 200,000 data collection groups, 1,000,000 data collections and their
processing results. The same seed always gives the same rows.
"""

import logging

from pyispyb.demo_data.facility import FacilityGenerator, Plan
from pyispyb.demo_data.writer import BulkWriter

log = logging.getLogger(__name__)

__all__ = ["generate", "Plan", "DATA_TABLES", "tables_with_data"]

# Tables a reference schema leaves empty (its lookup rows are in other tables): rows in one
# of them mean the database already holds a facility's (or a previous run's) data.
DATA_TABLES = ("Proposal", "Person", "BLSession", "Shipping", "BLSample", "DataCollection")


def generate(engine, scale=1.0, seed=1, progress=None, batch_size=5000, defer_indexes=False):
    """Fill the database behind ``engine`` at ``scale``; return ``{table: rows really written}``.

    On MariaDB/MySQL the rows are bulk-loaded (``LOAD DATA LOCAL INFILE``; with
    ``defer_indexes``, only for a database the caller has just created, secondary indexes
    and foreign keys are dropped and built once at the end); elsewhere they are inserted
    in batches in one transaction. ``progress`` is a :class:`pyispyb.progress.Progress`.
    """
    plan = Plan.from_scale(scale)
    if engine.dialect.name in ("mysql", "mariadb"):
        from pyispyb.demo_data.mysql_loader import MySQLBulkLoader

        with engine.connect() as connection:
            writer = MySQLBulkLoader(connection, engine.url.render_as_string(hide_password=False), progress=progress,
                                     defer_indexes=defer_indexes)
            try:
                FacilityGenerator(writer, plan, seed).run()
            finally:
                writer.finish()
        return writer.counts
    with engine.begin() as connection:
        writer = BulkWriter(connection, batch_size=batch_size, progress=progress)
        FacilityGenerator(writer, plan, seed).run()
        writer.finish()
    return writer.counts


def tables_with_data(connection):
    """Return the names of the :data:`DATA_TABLES` that hold at least one row."""
    from sqlalchemy import select

    from pyispyb.models.base import Base
    from pyispyb.kernel.data.schema_info import read_live_tables

    live = read_live_tables(connection)
    found = []
    for name in DATA_TABLES:
        if name in live:
            table = Base.metadata.tables[name]
            if connection.execute(select(table.primary_key.columns[0]).limit(1)).first() is not None:
                found.append(name)
    return found
