# SPDX-License-Identifier: LGPL-3.0-or-later
"""Database extension: the Flask-SQLAlchemy handle, engine set-up and the live schema check."""

import hashlib
import logging
import re
import time
from contextlib import contextmanager
from datetime import date, datetime

from flask import current_app, g, has_app_context
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, DBAPIError, DisconnectionError, IntegrityError, OperationalError

from pyispyb.app.exceptions import Conflict, NotAvailable, ValidationFailed
from pyispyb.app.extensions.db.base import Base
from pyispyb.app.extensions.db.schema_info import inspect_schema
from pyispyb.config import ConfigError

log = logging.getLogger(__name__)

db = SQLAlchemy(model_class=Base)

MYSQL_ENGINE_DEFAULTS = {"pool_recycle": 3600, "pool_reset_on_return": None}  # see install_single_reset
IDLE_PING_SECONDS = 10  # a pooled connection idle longer than this is pinged before use


def init_app(app):
    """Bind the database to ``app``, check that it answers and read its schema."""
    import pyispyb.models  # noqa: F401  (register every table in the metadata)

    uri = app.config["SQLALCHEMY_DATABASE_URI"] = with_installed_driver(app.config["SQLALCHEMY_DATABASE_URI"])
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if not uri.startswith("sqlite"):
        options = {**MYSQL_ENGINE_DEFAULTS, **options}
        conversions = driver_conversions(make_url(uri).get_driver_name())
        if conversions:
            options["connect_args"] = {"conv": conversions, **options.get("connect_args", {})}
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    db.init_app(app)
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            install_sqlite_behaviour(engine)
        else:
            if options.get("pool_reset_on_return", "rollback") is None:
                install_single_reset(engine)
            if not options.get("pool_pre_ping"):
                install_idle_ping(engine)
        event.listen(engine, "before_cursor_execute", count_statement)
        try:
            schema = inspect_schema(engine)
        except (OperationalError, DBAPIError) as exc:
            reason = getattr(exc.orig, "args", [exc])[-1]
            raise ConfigError(f"cannot connect to database {engine.url!r}: {reason}") from None
    app.extensions["ispyb_schema"] = schema
    if schema.is_complete:
        log.info("database %r matches the models (%d tables)", engine.url, len(schema.tables))
    else:
        log_schema_differences(app, engine, [line for line in schema.report_lines() if line.startswith("missing")])


def log_schema_differences(app, engine, lines):
    """Log what the site's schema lacks, once per server: the first gunicorn worker does, the others say so."""
    from pyispyb import state

    digest = hashlib.sha256("\n".join([engine.url.render_as_string(), *lines]).encode()).hexdigest()[:16]
    try:
        first = state.first_in_server(state.state_folder(app.config), f"schema-{digest}")
    except (state.StateFolderError, OSError):
        first = True
    if not first:
        log.info("schema: %d differences with the models (logged by the first worker of this server)", len(lines))
        return
    for line in lines:
        log.warning("schema: %s", line)


def install_sqlite_behaviour(engine):
    """Enforce foreign keys and give SQLite real transactions (savepoints work)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if engine.url.database and engine.url.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def install_idle_ping(engine, idle_seconds=IDLE_PING_SECONDS):
    """Ping a pooled connection at checkout only if it sat idle for ``idle_seconds``; replace it if dead.

    ``pool_pre_ping`` would cost one round trip on every request; a connection in steady
    use is known to be alive, so only one back from a pause (when the server may have
    closed it or restarted) is checked.
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection, record):
        record.info["checked_in"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy):
        last = record.info.get("checked_in")
        if last is not None and time.monotonic() - last > idle_seconds:
            try:
                dbapi_connection.ping()
            except Exception as exc:  # noqa: BLE001 - any failure means the connection is unusable
                raise DisconnectionError(f"stale pooled connection: {exc}") from exc


def with_installed_driver(uri):
    """Return ``uri`` with a MySQL driver that is installed: mysqlclient when present, else PyMySQL.

    mysqlclient (``pip install "pyispyb[mysql]"``) is the fast driver but needs the MariaDB client
    headers to build; PyMySQL, pure Python, is always installed so that a plain ``pip install`` works.
    """
    url = make_url(uri)
    if url.get_backend_name() not in ("mysql", "mariadb") or "+" in url.drivername:
        return uri
    try:
        import MySQLdb  # noqa: F401
    except ImportError:
        log.warning("mysqlclient is not installed: using the slower pure-Python PyMySQL driver "
                    "(pip install \"pyispyb[mysql]\" for the fast one)")
        return url.set(drivername=f"{url.get_backend_name()}+pymysql").render_as_string(hide_password=False)
    return uri


def parse_datetime(text):
    """Parse a DATETIME/TIMESTAMP value at C speed (6x faster than the drivers' parsers); zero dates give None."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_date(text):
    """Parse a DATE value; zero dates give None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def driver_conversions(driver):
    """The driver's type conversions with :func:`parse_datetime`/:func:`parse_date`, or None for other drivers."""
    if driver == "mysqldb":
        from MySQLdb.constants import FIELD_TYPE
        from MySQLdb.converters import conversions
    elif driver == "pymysql":
        from pymysql.constants import FIELD_TYPE
        from pymysql.converters import conversions
    else:
        return None
    conv = dict(conversions)
    conv[FIELD_TYPE.DATETIME] = conv[FIELD_TYPE.TIMESTAMP] = parse_datetime
    conv[FIELD_TYPE.DATE] = parse_date
    return conv


def install_single_reset(engine):
    """Roll a connection back when it returns to the pool only if its transaction was not ended already.

    A request's session ends its transaction (rollback or commit) before the connection
    goes back to the pool, where the default reset would send a second ROLLBACK: one
    round trip per request for nothing.
    """

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.info["transaction_ended"] = False

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _on_end(connection):
        connection.info["transaction_ended"] = True

    @event.listens_for(engine, "reset")
    def _on_reset(dbapi_connection, record, reset_state):
        if reset_state.terminate_only:
            return
        if not record.info.pop("transaction_ended", False):
            dbapi_connection.rollback()


def count_statement(_conn, _cursor, statement, *_args):
    """Count the SQL statements of the current request (reported in the access log)."""
    if has_app_context() and not statement.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK TO", "BEGIN")):
        g.sql_statements = g.get("sql_statements", 0) + 1


class StatementRecorder:
    """Record the SQL statements (and their parameters) an engine runs while the context is active.

    Savepoint and transaction statements are left out: they are the same whatever a request does.
    """

    def __init__(self, engine):
        self.engine = engine
        self.statements = []
        self.parameters = []

    def _record(self, _conn, _cursor, statement, parameters, *_args):
        if not statement.startswith(("SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN")):
            self.statements.append(statement)
            self.parameters.append(parameters)

    def __enter__(self):
        self.statements, self.parameters = [], []
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._record)

    @property
    def count(self):
        """Statements recorded."""
        return len(self.statements)


def schema_info():
    """Return the :class:`SchemaInfo` of the current application's database."""
    return current_app.extensions["ispyb_schema"]


def require_tables(*models):
    """Raise :class:`NotAvailable` if the site's schema lacks the table of any model."""
    info = schema_info()
    missing = [m.__table__.name for m in models if not info.has_table(m.__table__.name)]
    if missing:
        raise NotAvailable(
            f"not available on this database schema: table {', '.join(missing)} is missing")


@contextmanager
def transaction(deleting=False):
    """Commit the session's work or roll it back; integrity errors become :class:`Conflict`."""
    try:
        yield db.session
        db.session.commit()
    except IntegrityError as exc:
        db.session.rollback()
        log.info("integrity error: %s", exc.orig)
        raise Conflict(integrity_message(exc, deleting)) from None
    except DataError as exc:
        db.session.rollback()
        log.info("data error: %s", exc.orig)
        raise data_error(exc) from None
    except Exception:
        db.session.rollback()
        raise


def data_error(exc):
    """Turn a value the site's column refuses (too long, out of range) into a 422 naming the column."""
    found = re.search(r"column '([^']+)'", str(getattr(exc, "orig", exc)))
    if not found:
        return ValidationFailed("a value does not fit this site's database columns")
    name = found.group(1)
    return ValidationFailed(f"invalid fields: {name}",
                            errors={name: ["Does not fit this site's database column (too long or out of range)."]})


def integrity_message(exc, deleting=False):
    """Describe an integrity error to the client without echoing SQL."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "foreign key" in text or "parent row" in text:
        if deleting or "cannot delete" in text:
            return "the object is still referenced by other rows; delete or detach them first"
        return "a referenced object does not exist"
    if "duplicate" in text or "unique" in text:
        return "an object with the same unique values already exists"
    if "null" in text:
        return "a required value is missing"
    return "the write conflicts with the data in the database"
