# SPDX-License-Identifier: LGPL-3.0-or-later
"""Where the server remembers revoked tokens and failed logins between requests and workers.

The default :class:`SQLiteAuthStore` is one small SQLite file (WAL mode) shared by every
gunicorn worker of one host; the ISPyB schema is left untouched. Several hosts behind a
load balancer do not see each other's file: give them a shared store class
(``AUTH_STORE: "site.module.Class"``, a subclass of :class:`AuthStore`).
"""

import getpass
import importlib
import logging
import os
import sqlite3
import stat
import tempfile
import threading
import time
from abc import ABC, abstractmethod
from contextlib import contextmanager
from pathlib import Path

from pyispyb.config import ConfigError

log = logging.getLogger(__name__)

FILE_NAME = "auth-state.sqlite"
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS revoked_token (token_id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS login_failure (key TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS login_failure_key_at ON login_failure (key, at)",
)


class AuthStore(ABC):
    """Revoked token ids (until they expire) and recent failed logins, keyed by user or address."""

    def __init__(self, config):
        self.config = config

    @abstractmethod
    def revoke(self, token_id, expires_at):
        """Remember that the token ``token_id`` is revoked until ``expires_at`` (epoch seconds)."""

    @abstractmethod
    def is_revoked(self, token_id):
        """Return True if the token was revoked."""

    @abstractmethod
    def record_failure(self, keys, now, window):
        """Record one failed login for each key; forget failures older than ``window`` seconds."""

    @abstractmethod
    def recent_failures(self, key, since, limit):
        """Return the times (epoch seconds, ascending) of the key's ``limit`` latest failures after ``since``."""

    @abstractmethod
    def clear_failures(self, key):
        """Forget the failures of a key (after a successful login)."""


def private_folder(path):
    """Create ``path`` (mode 0700) if needed and refuse a folder another user owns or may write."""
    path = Path(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise ConfigError(f"{path} belongs to another user: choose another AUTH_STORE_PATH or TEMP_FOLDER")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ConfigError(f"{path} is writable by other users: choose another AUTH_STORE_PATH or TEMP_FOLDER")
    return path


def default_store_path(config):
    """Return the SQLite file of the default store, in a folder only this user may enter.

    ``AUTH_STORE_PATH`` if set (its folder must be private), else ``TEMP_FOLDER/pyispyb-auth/``,
    else ``pyispyb-<uid>/`` in the system temp dir.
    """
    if config.get("AUTH_STORE_PATH"):
        path = Path(config["AUTH_STORE_PATH"])
        private_folder(path.parent)
        return path
    if config.get("TEMP_FOLDER"):
        Path(config["TEMP_FOLDER"]).mkdir(parents=True, exist_ok=True)
        return private_folder(Path(config["TEMP_FOLDER"]) / "pyispyb-auth") / FILE_NAME
    user = os.getuid() if hasattr(os, "getuid") else getpass.getuser()
    return private_folder(Path(tempfile.gettempdir()) / f"pyispyb-{user}") / FILE_NAME


def use_wal(conn, attempts=50):
    """Put the file in WAL mode; workers booting together retry (the switch ignores the busy timeout)."""
    for attempt in range(attempts):
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


class SQLiteAuthStore(AuthStore):
    """The store in one SQLite file: every worker process of a host opens the same file."""

    def __init__(self, config):
        super().__init__(config)
        self.path = default_store_path(config)
        self._local = threading.local()
        use_wal(self._connection())
        with self._writing() as writer:
            for statement in SCHEMA:
                writer.execute(statement)
        os.chmod(self.path, 0o600)
        log.info("revoked tokens and failed logins are kept in %s", self.path)

    def _connection(self):
        """Return this thread's connection (a new one after a fork)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    @contextmanager
    def _writing(self):
        """Run the block's statements in one immediate (write-locked) transaction."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def revoke(self, token_id, expires_at):
        """Remember a revoked token and drop the entries of tokens that expired anyway."""
        with self._writing() as conn:
            conn.execute("DELETE FROM revoked_token WHERE expires_at < ?", (int(time.time()),))
            conn.execute("INSERT OR REPLACE INTO revoked_token VALUES (?, ?)", (token_id, int(expires_at)))

    def is_revoked(self, token_id):
        """Return True if the token id is in the revocation list."""
        row = self._connection().execute("SELECT 1 FROM revoked_token WHERE token_id = ?", (token_id,)).fetchone()
        return row is not None

    def record_failure(self, keys, now, window):
        """Add one failure per key and purge failures older than the window."""
        with self._writing() as conn:
            conn.execute("DELETE FROM login_failure WHERE at < ?", (now - window,))
            conn.executemany("INSERT INTO login_failure VALUES (?, ?)", [(key, now) for key in keys])

    def recent_failures(self, key, since, limit):
        """Return the key's latest failure times after ``since`` (at most ``limit``, ascending)."""
        rows = self._connection().execute(
            "SELECT at FROM login_failure WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?",
            (key, since, limit)).fetchall()
        return sorted(row[0] for row in rows)

    def clear_failures(self, key):
        """Forget a key's failures."""
        with self._writing() as conn:
            conn.execute("DELETE FROM login_failure WHERE key = ?", (key,))


def load_store(config):
    """Instantiate the store named by ``AUTH_STORE`` (default :class:`SQLiteAuthStore`)."""
    name = config.get("AUTH_STORE")
    if not name:
        return SQLiteAuthStore(config)
    module_name, _, class_name = name.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), class_name, None) if module_name else None
    except ImportError:
        cls = None
    if not (isinstance(cls, type) and issubclass(cls, AuthStore)):
        raise ConfigError(f"server.AUTH_STORE: {name!r} is not an importable AuthStore class")
    return cls(config)
