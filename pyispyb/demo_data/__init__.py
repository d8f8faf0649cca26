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

__all__ = ["generate", "Plan"]


def generate(engine, scale=1.0, seed=1, progress=None, batch_size=5000):
    """Fill the database behind ``engine`` at ``scale``; return ``{table: rows written}``.

    On MariaDB/MySQL the rows are bulk-loaded (``LOAD DATA LOCAL INFILE``, indexes built
    once at the end); elsewhere they are inserted in batches in one transaction.
    """
    plan = Plan.from_scale(scale)
    if engine.dialect.name in ("mysql", "mariadb"):
        from pyispyb.demo_data.mysql_loader import MySQLBulkLoader

        with engine.connect() as connection:
            writer = MySQLBulkLoader(connection, engine.url.render_as_string(hide_password=False), progress=progress)
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
