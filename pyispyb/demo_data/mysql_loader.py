# SPDX-License-Identifier: LGPL-3.0-or-later
"""Fast bulk loading into MariaDB/MySQL: ``LOAD DATA LOCAL INFILE`` from a loader thread.

Measured on the reference schema (2 cores, MariaDB 10.11), loading ``DataCollection``
(15 indexes) runs at about 9,000 rows/s with multi-row ``INSERT``s, 26,000 rows/s with
``LOAD DATA`` and about 60,000 rows/s with ``LOAD DATA`` into the table stripped of its
secondary indexes followed by one ``ALTER TABLE ... ADD KEY`` (a sorted index build).
So this writer:

* turns rows into tab-separated text in the generating thread, and hands files to a
  loader thread that runs ``LOAD DATA`` (the server works while Python generates);
* only with ``defer_indexes=True``, i.e. on a database the caller has just created
  itself (``--load-schema``, the benchmark): drops each table's foreign keys and plain
  secondary indexes before its first load (a table with foreign keys loads 5 to 9 times
  slower, even with ``FOREIGN_KEY_CHECKS=0``) and re-creates exactly the same ``KEY`` and
  ``CONSTRAINT`` definitions at :meth:`MySQLBulkLoader.finish`, also after a failure, so
  the schema comes back whole (only a killed process leaves a stripped schema: drop that
  database). A database it did not create keeps its indexes and foreign keys untouched;
* runs with ``FOREIGN_KEY_CHECKS=0`` and ``UNIQUE_CHECKS=0`` and commits after each file;
* counts the rows each ``LOAD DATA`` really stored (a row whose key exists is skipped).
"""

import logging
import os
import queue
import re
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time

from sqlalchemy.engine import make_url

from pyispyb.demo_data.schema import mysql_connect
from pyispyb.demo_data.writer import BulkWriter

log = logging.getLogger(__name__)

ROWS_PER_FILE = 50_000
RESTORE_THREADS = 2  # index builds at the end run on both cores
PLAIN_KEY = re.compile(r"^\s*KEY `([^`]+)` \(.*\)")
FOREIGN_KEY = re.compile(r"^\s*CONSTRAINT `([^`]+)` FOREIGN KEY")
ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\0": "\\0"})
SPECIAL = ("\\", "\t", "\n", "\r", "\0")


def tsv_field(value):
    """Render one value for ``LOAD DATA`` (default field/line terminators and escapes)."""
    if value is None:
        return "\\N"
    kind = value.__class__
    if kind is str:
        return value.translate(ESCAPES) if any(c in value for c in SPECIAL) else value
    if kind is bool:
        return "1" if value else "0"
    if kind in (datetime, date, time):
        return value.isoformat(" ") if kind is datetime else value.isoformat()
    if kind in (bytes, bytearray):
        return bytes(value).decode("latin-1").translate(ESCAPES)
    return str(value)


class MySQLBulkLoader(BulkWriter):
    """A :class:`BulkWriter` that loads MariaDB/MySQL tables with ``LOAD DATA LOCAL INFILE``."""

    def __init__(self, connection, uri, progress=None, defer_indexes=False):
        super().__init__(connection, progress=progress)
        connection.rollback()  # hold no metadata lock: the loader alters the tables
        self.defer_indexes = defer_indexes
        self.uri = uri
        self.raw = mysql_connect(uri, make_url(uri).database, local_infile=True)
        cursor = self.raw.cursor()
        cursor.execute("SET SESSION FOREIGN_KEY_CHECKS=0, UNIQUE_CHECKS=0")
        cursor.close()
        self.folder = tempfile.mkdtemp(prefix="pyispyb-load-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
        self.dropped = {}  # table -> [KEY definitions to re-create]
        self.files = queue.Queue(maxsize=2)
        self.error = None
        self.file_number = 0
        self.thread = threading.Thread(target=self._load_files, name="demo-data-loader", daemon=True)
        self.thread.start()

    def read_scalar(self, stmt):
        """Wait until the queued files are loaded, run the query, and release its locks at once."""
        self.files.join()
        if self.error is not None:
            raise self.error
        try:
            return super().read_scalar(stmt)
        finally:
            self.connection.rollback()  # an open read would hold a metadata lock the index builds wait for

    def _insert(self, table_name, columns, rows):
        if table_name not in self.dropped:
            self.dropped[table_name] = []
            if self.defer_indexes:
                self._submit(("drop", table_name))
        for start in range(0, len(rows), ROWS_PER_FILE):
            chunk = rows[start:start + ROWS_PER_FILE]
            self.file_number += 1
            path = os.path.join(self.folder, f"{self.file_number:06d}.tsv")
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write("\n".join(["\t".join([tsv_field(row.get(c)) for c in columns]) for row in chunk]))
                handle.write("\n")
            self._submit(("load", table_name, columns, path))

    def _submit(self, job):
        while True:
            if self.error is not None:
                raise self.error
            try:
                self.files.put(job, timeout=0.5)
                return
            except queue.Full:
                continue

    def _load_files(self):
        cursor = self.raw.cursor()
        while True:
            job = self.files.get()
            try:
                if job is None:
                    return
                if self.error is None:
                    self._run(cursor, job)
            except Exception as exc:  # noqa: BLE001 - handed to the generating thread
                self.error = exc
            finally:
                if job is not None and job[0] == "load" and os.path.exists(job[3]):
                    os.unlink(job[3])
                self.files.task_done()

    def _run(self, cursor, job):
        if job[0] == "drop":
            self._drop_keys(cursor, job[1])
            return
        _, table_name, columns, path = job
        names = ", ".join(f"`{c}`" for c in columns)
        cursor.execute(f"LOAD DATA LOCAL INFILE '{path}' INTO TABLE `{table_name}` CHARACTER SET utf8mb4 ({names})")
        self.raw.commit()
        self.count_written(table_name, cursor.rowcount)

    def _drop_keys(self, cursor, table_name):
        cursor.execute(f"SHOW CREATE TABLE `{table_name}`")
        lines = cursor.fetchone()[1].splitlines()
        keys = [line.strip().rstrip(",") for line in lines if PLAIN_KEY.match(line)]
        constraints = [line.strip().rstrip(",") for line in lines if FOREIGN_KEY.match(line)]
        drops = [f"DROP FOREIGN KEY `{FOREIGN_KEY.match(c).group(1)}`" for c in constraints]
        if drops:  # a table with foreign keys loads 5-9 times slower, even with FOREIGN_KEY_CHECKS=0
            cursor.execute(f"ALTER TABLE `{table_name}` " + ", ".join(drops))
            self.dropped[table_name] = [("constraint", c) for c in constraints]
        if keys:
            cursor.execute(f"ALTER TABLE `{table_name}` " + ", ".join(
                f"DROP KEY `{PLAIN_KEY.match(k).group(1)}`" for k in keys))
            self.dropped[table_name] = [("key", k) for k in keys] + self.dropped[table_name]

    def finish(self):
        """Wait for the loads, re-create the dropped indexes and close the connection."""
        try:
            self.files.put(None)
            self.thread.join()
        finally:
            try:
                self._restore_keys()
            finally:
                self.raw.close()
                shutil.rmtree(self.folder, ignore_errors=True)
        if self.error is not None:
            raise self.error

    def _restore_keys(self):
        """Re-create the dropped definitions, the largest tables first, on two connections at once."""
        tables = sorted((t for t, d in self.dropped.items() if d), key=lambda t: -self.counts.get(t, 0))
        with ThreadPoolExecutor(max_workers=RESTORE_THREADS) as pool:
            futures = [pool.submit(self._restore_table, table) for table in tables]
            for number, future in enumerate(futures, 1):
                future.result()
                if self.progress:
                    self.progress.set_stage(f"indexes re-created on {number}/{len(tables)} tables")

    def _restore_table(self, table_name):
        connection = mysql_connect(self.uri, make_url(self.uri).database)
        try:
            cursor = connection.cursor()
            cursor.execute("SET SESSION FOREIGN_KEY_CHECKS=0")
            for kind in ("key", "constraint"):  # a foreign key needs its index first
                adds = [f"ADD {text}" for what, text in self.dropped[table_name] if what == kind]
                if adds:
                    cursor.execute(f"ALTER TABLE `{table_name}` " + ", ".join(adds))
        finally:
            connection.close()
