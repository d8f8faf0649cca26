# SPDX-License-Identifier: LGPL-3.0-or-later
"""Where prepared reads run: their own pool of autocommit connections on MariaDB, else the request's session.

A read outside a transaction needs none of the ORM session's set-up and teardown, and an
autocommit connection needs no ``ROLLBACK`` round trip to end it: a prepared statement
(:mod:`.prepared`) runs on a connection of :class:`ReadPool`, checked out for the statement
and returned at once, with the same driver settings, timeouts and stale-connection checks as
the main engine. Each statement sees the data committed before it.

The session's connection is used instead when the request's session is in a transaction
(a write reads what it has not committed yet), on SQLite (one file, one writer) and when a
connection is :func:`pinned` (tests run every request inside a transaction they roll back).
"""

from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.exc import DBAPIError

_pinned = []  # the connection every read uses while a test pins one


@contextmanager
def pinned(connection):
    """Run every read on ``connection`` while the block runs (tests wrapping each request in their transaction)."""
    _pinned.append(connection)
    try:
        yield connection
    finally:
        _pinned.remove(connection)


def pinned_connection():
    """The connection pinned by :func:`pinned`, or None."""
    return _pinned[-1] if _pinned else None


class ReadPool:
    """Autocommit connections for reads, beside the main engine (MariaDB/MySQL only).

    ``fetch(sql, params)`` runs driver SQL and returns ``(type codes, rows)``. The statement
    is announced to the main engine's ``before_cursor_execute`` listeners (the request's SQL
    count, statement recorders) and a driver error is raised as SQLAlchemy's
    :class:`~sqlalchemy.exc.DBAPIError` (a lost connection is discarded from the pool), so
    callers handle it like any other database error.
    """

    def __init__(self, engine, options, prepare_engine):
        self.main = engine
        self.engine = create_engine(engine.url, **{**options, "pool_reset_on_return": None},
                                    isolation_level="AUTOCOMMIT")
        prepare_engine(self.engine)
        self.dialect = self.engine.dialect
        self.error_listeners = []

    def fetch(self, sql, params):
        """Run ``sql`` with ``params``; return the driver's type codes of the columns and the rows (tuples)."""
        try:
            connection = self.engine.raw_connection()
        except self.dialect.loaded_dbapi.Error as exc:  # no connection could be made: not wrapped by the pool
            raise self._driver_error(exc) from None
        cursor = None
        try:
            cursor = connection.cursor()
            for listener in self.main.dispatch.before_cursor_execute:
                listener(None, cursor, sql, params, None, False)
            cursor.execute(sql, params)
            codes = tuple(column[1] for column in cursor.description)
            return codes, cursor.fetchall()
        except self.dialect.loaded_dbapi.Error as exc:
            raise self._driver_error(exc, connection, cursor, sql, params) from None
        finally:
            if cursor is not None:
                try:
                    cursor.close()
                except self.dialect.loaded_dbapi.Error:
                    pass
            connection.close()

    def _driver_error(self, exc, connection=None, cursor=None, sql=None, params=None):
        """The SQLAlchemy error of driver error ``exc`` (counted); on a lost connection the whole pool is replaced.

        As SQLAlchemy does for the main engine: the other pooled connections of a restarted server
        are dead too, so none of them is handed out again. Without ``connection`` no connection
        could be made.
        """
        lost = self.dialect.is_disconnect(exc, connection.dbapi_connection if connection else None, cursor)
        if lost and connection is not None:
            connection.invalidate(exc)
            self.engine.dispose(close=False)
        for listener in self.error_listeners:
            listener(exc)
        return DBAPIError.instance(sql, params, exc, self.dialect.loaded_dbapi.Error, connection_invalidated=lost)

    def dispose(self):
        """Close the pooled connections (a forked worker, a stopping application)."""
        self.engine.dispose()


def read_pool(app):
    """The :class:`ReadPool` of ``app``, or None (SQLite)."""
    return app.extensions.get("ispyb_read_pool")


def install_read_pool(app, engine, options, prepare_engine):
    """Give ``app`` a :class:`ReadPool` beside ``engine`` when the database is MariaDB/MySQL."""
    if engine.dialect.name == "sqlite":
        app.extensions["ispyb_read_pool"] = None
        return None
    pool = app.extensions["ispyb_read_pool"] = ReadPool(engine, options, prepare_engine)
    event.listen(engine, "engine_disposed", lambda _engine: pool.dispose())
    return pool
