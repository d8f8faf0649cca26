# SPDX-License-Identifier: LGPL-3.0-or-later
"""Where the server remembers revoked tokens and failed logins between requests and workers.

The default :class:`SQLiteAuthStore` is one small SQLite file (WAL mode) in the state
folder, shared by every gunicorn worker of one host; the ISPyB schema is left untouched.
Several hosts behind a load balancer do not see each other's file: give them one Redis
(``AUTH_STORE: "redis://host:6379/0"``, :class:`RedisAuthStore`) or a store class of
their own (``AUTH_STORE: "site.module.Class"``, a subclass of :class:`AuthStore`).
"""

import importlib
import logging
import os
import secrets
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from contextlib import contextmanager
from pathlib import Path

from pyispyb import state
from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.config import ConfigError, current_module_name

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

    def check(self):
        """Return True if the store answers (health route)."""
        return True


def default_store_path(config):
    """Return the SQLite file of the default store: ``AUTH_STORE_PATH``, else ``STATE_FOLDER/auth-state.sqlite``.

    Its folder must be private to the server's user.
    """
    try:
        if config.get("AUTH_STORE_PATH"):
            path = Path(config["AUTH_STORE_PATH"])
            state.private_folder(path.parent)
            return path
        return state.state_folder(config) / FILE_NAME
    except state.StateFolderError as exc:
        raise ConfigError(f"auth store: {exc} (choose another AUTH_STORE_PATH or STATE_FOLDER)") from None


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

    def check(self):
        """Return True if the SQLite file can be read."""
        try:
            self._connection().execute("SELECT 1 FROM revoked_token LIMIT 1").fetchall()
        except sqlite3.Error:
            return False
        return True


class RedisAuthStore(AuthStore):
    """The store in Redis, shared by every host: revoked ids expire with their token, failures with the window.

    Keys: ``<prefix>revoked:<token id>`` (a string with a TTL) and ``<prefix>failures:<key>``
    (a sorted set of failure times). An unreachable Redis makes the requests that need it
    answer 503.
    """

    TIMEOUT_SECONDS = 2

    def __init__(self, config):
        super().__init__(config)
        import redis

        self.errors = (redis.RedisError,)
        self.prefix = config.get("AUTH_STORE_PREFIX") or "pyispyb:"
        self.url = config["AUTH_STORE"]
        try:
            self.redis = redis.Redis.from_url(self.url, socket_timeout=self.TIMEOUT_SECONDS,
                                              socket_connect_timeout=self.TIMEOUT_SECONDS,
                                              health_check_interval=30)
        except ValueError as exc:
            raise ConfigError(f"server.AUTH_STORE: {exc}") from None
        self.location = self.redis.connection_pool.connection_kwargs
        try:
            self.redis.ping()
        except self.errors as exc:
            log.error("the auth store %s does not answer (%s): logins and logouts answer 503 until it does",
                      self.describe(), type(exc).__name__)
        else:
            log.info("revoked tokens and failed logins are kept in %s", self.describe())
        if not config.get("UPLOAD_FOLDER"):
            log.warning("a shared auth store suggests several hosts, but UPLOAD_FOLDER is not set: uploads go to "
                        "this host's TEMP_FOLDER and the other hosts will not find them (use a shared folder)")

    def describe(self):
        """Return where the store is, without its password."""
        where = self.location.get("path") or f"{self.location.get('host')}:{self.location.get('port')}"
        return f"redis {where} db {self.location.get('db', 0)} (keys {self.prefix}*)"

    @contextmanager
    def _available(self):
        """Turn a Redis failure into a 503 that names the store, not its address or password."""
        try:
            yield
        except self.errors as exc:
            log.error("auth store unavailable: %s", type(exc).__name__)
            raise ServiceUnavailable("the token store is unavailable; try again later") from None

    def revoke(self, token_id, expires_at):
        """Remember the token id until its expiry."""
        ttl = max(1, int(expires_at - time.time()) + 60)
        with self._available():
            self.redis.set(f"{self.prefix}revoked:{token_id}", b"1", ex=ttl)

    def is_revoked(self, token_id):
        """Return True if the token id was revoked on any host."""
        with self._available():
            return bool(self.redis.exists(f"{self.prefix}revoked:{token_id}"))

    def record_failure(self, keys, now, window):
        """Add one failure per key (one atomic pipeline) and drop those older than the window."""
        with self._available():
            pipe = self.redis.pipeline(transaction=True)
            for key in keys:
                name = f"{self.prefix}failures:{key}"
                pipe.zadd(name, {f"{now:.6f}:{secrets.token_hex(4)}": now})
                pipe.zremrangebyscore(name, "-inf", now - window)
                pipe.expire(name, int(window) + 1)
            pipe.execute()

    def recent_failures(self, key, since, limit):
        """Return the key's latest failure times after ``since`` (at most ``limit``, ascending)."""
        with self._available():
            rows = self.redis.zrevrangebyscore(f"{self.prefix}failures:{key}", "+inf", f"({since}",
                                               start=0, num=limit, withscores=True)
        return sorted(score for _member, score in rows)

    def clear_failures(self, key):
        """Forget a key's failures on every host."""
        with self._available():
            self.redis.delete(f"{self.prefix}failures:{key}")

    def check(self):
        """Return True if Redis answers (health route)."""
        try:
            return bool(self.redis.ping())
        except self.errors:
            return False


REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


def load_store(config):
    """Instantiate the store ``AUTH_STORE`` names: a Redis URL, a class, or (default) :class:`SQLiteAuthStore`."""
    name = config.get("AUTH_STORE")
    if not name:
        return SQLiteAuthStore(config)
    if name.startswith(REDIS_SCHEMES):
        return RedisAuthStore(config)
    module_name, _, class_name = name.rpartition(".")
    try:
        module = current_module_name(module_name)
        cls = getattr(importlib.import_module(module), class_name, None) if module_name else None
    except ImportError:
        cls = None
    if not (isinstance(cls, type) and issubclass(cls, AuthStore)):
        raise ConfigError(f"server.AUTH_STORE: {name!r} is neither a redis:// URL nor an importable AuthStore class")
    return cls(config)
