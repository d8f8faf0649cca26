# SPDX-License-Identifier: LGPL-3.0-or-later
"""Bulk writer of generated rows: batched multi-row inserts, only the columns the database has.

:class:`BulkWriter` works on any database through SQLAlchemy (``executemany``); on
MariaDB/MySQL :class:`~pyispyb.demo_data.mysql_loader.MySQLBulkLoader` is much faster.
"""

import logging
import time

from sqlalchemy import func, insert, select

import pyispyb.models  # noqa: F401  (every table in the metadata)
from pyispyb.models.base import Base
from pyispyb.kernel.data.schema_info import read_live_tables

log = logging.getLogger(__name__)


class BulkWriter:
    """Insert rows table by table in batches, counting the rows written and reporting progress.

    ``progress`` is a :class:`pyispyb.progress.Progress` (or None) advanced by the rows
    handed over; :attr:`counts` holds the rows the database really stored.
    """

    def __init__(self, connection, batch_size=5000, progress=None):
        self.connection = connection
        self.batch_size = batch_size
        self.progress = progress
        self.live = read_live_tables(connection)
        self.counts = {}
        self.started = time.perf_counter()

    def has_table(self, name):
        """Return True if the target database has this table."""
        return name in self.live

    def max_id(self, table_name, column_name):
        """Return the largest value of a column already in the table (0 when empty or absent).

        Reference schemas come with lookup rows (permissions, groups, detectors): generated
        rows of those tables take ids after them.
        """
        if table_name not in self.live:
            return 0
        column = Base.metadata.tables[table_name].columns[column_name]
        return self.read_scalar(select(func.max(column))) or 0

    def read_scalar(self, stmt):
        """Run a one-value query on the rows written so far (all of them are in the database)."""
        return self.connection.execute(stmt).scalar()

    def write(self, table_name, rows):
        """Insert an iterable of row dicts into ``table_name`` (skipped if the table is absent)."""
        if table_name not in self.live:
            log.info("skipping %s: not in this database", table_name)
            return 0
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return 0
        live = self.live[table_name]
        keys = set()
        for row in rows:
            keys.update(row)
        columns = [c.name for c in Base.metadata.tables[table_name].columns if c.name in keys and c.name in live]
        self._insert(table_name, columns, rows)
        if self.progress:
            self.progress.advance(len(rows), table_name)
        return len(rows)

    def count_written(self, table_name, rows):
        """Add ``rows`` really stored in ``table_name`` to :attr:`counts`."""
        self.counts[table_name] = self.counts.get(table_name, 0) + rows

    def _insert(self, table_name, columns, rows):
        stmt = insert(Base.metadata.tables[table_name])
        for start in range(0, len(rows), self.batch_size):
            batch = [{c: row.get(c) for c in columns} for row in rows[start:start + self.batch_size]]
            self.connection.execute(stmt, batch)
            self.count_written(table_name, len(batch))  # a conflicting row raises: the batch is stored whole

    def finish(self):
        """Complete the writes (nothing to do for plain inserts)."""

    def elapsed(self):
        """Seconds since the writer started."""
        return time.perf_counter() - self.started

    @property
    def total_rows(self):
        """Rows written so far."""
        return sum(self.counts.values())
