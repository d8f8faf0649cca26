# SPDX-License-Identifier: LGPL-3.0-or-later
"""Bulk writer of generated rows: batched multi-row inserts, only the columns the database has."""

import logging
import time

from sqlalchemy import insert

from pyispyb.app.extensions.db.base import Base
from pyispyb.app.extensions.db.schema_info import read_live_tables

log = logging.getLogger(__name__)


class BulkWriter:
    """Insert rows table by table in batches, counting rows and reporting progress."""

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

    def write(self, table_name, rows):
        """Insert an iterable of row dicts into ``table_name`` (skipped if the table is absent)."""
        if table_name not in self.live:
            log.info("skipping %s: not in this database", table_name)
            return 0
        table = Base.metadata.tables[table_name]
        columns = self.live[table_name]
        stmt = insert(table)
        batch, total = [], 0
        for row in rows:
            batch.append({k: v for k, v in row.items() if k in columns})
            if len(batch) >= self.batch_size:
                total += self._flush(stmt, batch)
                batch = []
        if batch:
            total += self._flush(stmt, batch)
        self.counts[table_name] = self.counts.get(table_name, 0) + total
        if self.progress:
            self.progress(table_name, total, self.total_rows, time.perf_counter() - self.started)
        return total

    def _flush(self, stmt, batch):
        keys = set()
        for row in batch:
            keys.update(row)
        for row in batch:  # executemany needs the same keys in every row
            for key in keys - row.keys():
                row[key] = None
        self.connection.execute(stmt, batch)
        return len(batch)

    @property
    def total_rows(self):
        """Rows written so far."""
        return sum(self.counts.values())
