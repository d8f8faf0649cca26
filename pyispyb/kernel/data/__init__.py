# SPDX-License-Identifier: LGPL-3.0-or-later
"""Database extension: the Flask-SQLAlchemy handle, engine set-up and the live schema check."""

import hashlib
import logging
import threading
import time
from contextlib import contextmanager
from datetime import date, datetime

from flask import current_app, g, has_app_context
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, IntegrityError, SQLAlchemyError

from pyispyb.kernel.exceptions import Conflict, NotAvailable
from pyispyb.models.base import Base
from pyispyb.kernel.data.errors import DatabaseUnavailable, classify, error_code, is_unavailable
from pyispyb.kernel.data.reads import install_read_pool
from pyispyb.kernel.data.schema_info import inspect_schema
from pyispyb.config import ConfigError

log = logging.getLogger(__name__)

db = SQLAlchemy(model_class=Base)

MYSQL_ENGINE_DEFAULTS = {"pool_recycle": 3600, "pool_reset_on_return": None}  # see install_single_reset
IDLE_PING_SECONDS = 1  # a pooled connection idle longer than this is pinged before use (a restart is unseen)
CONFIGURATION_CODES = {1044, 1045, 1049, 1698}  # access denied, unknown database: the start must stop
SCHEMA_RETRY_SECONDS = 0.2  # during an outage, the live schema is read again at most this often
_schema_lock = threading.Lock()


def init_app(app):
    """Bind the database to ``app`` and read its schema; an unreachable database is waited for, not fatal.

    A wrong password or database name stops the start (:class:`ConfigError`); a database that
    is down, frozen or out of connections only delays the schema check to the first request
    that finds it back, and requests answer 503 until then.
    """
    import pyispyb.models  # noqa: F401  (register every table in the metadata)

    uri = app.config["SQLALCHEMY_DATABASE_URI"] = with_installed_driver(app.config["SQLALCHEMY_DATABASE_URI"])
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options = engine_options(app.config, uri)
    db.init_app(app)
    app.extensions["ispyb_schema"] = None
    app.extensions["ispyb_schema_attempt"] = 0.0
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
        install_read_pool(app, engine, options, lambda pool_engine: prepare_read_engine(pool_engine, options))
        try:
            load_schema(app, engine)
        except DatabaseUnavailable:
            log.warning("database %r is unavailable at start: serving 503 until it answers", engine.url)


def prepare_read_engine(engine, options):
    """Give the read pool's engine the main engine's stale-connection check."""
    if not options.get("pool_pre_ping"):
        install_idle_ping(engine)


def engine_options(config, uri):
    """Return the SQLAlchemy engine options: the site's, MariaDB defaults, driver conversions and timeouts."""
    options = dict(config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    if uri.startswith("sqlite"):
        return options
    options = {**MYSQL_ENGINE_DEFAULTS, "pool_timeout": config.get("DB_POOL_TIMEOUT", 10), **options}
    connect_args = {"connect_timeout": config.get("DB_CONNECT_TIMEOUT", 5),
                    "read_timeout": config.get("DB_READ_TIMEOUT", 10),
                    "write_timeout": config.get("DB_WRITE_TIMEOUT", 10)}
    conversions = driver_conversions(make_url(uri).get_driver_name())
    if conversions:
        connect_args["conv"] = conversions
    options["connect_args"] = {**connect_args, **options.get("connect_args", {})}
    return options


def load_schema(app, engine):
    """Read the live schema into ``app`` once; :class:`DatabaseUnavailable` while the database does not answer."""
    try:
        schema = inspect_schema(engine)
    except SQLAlchemyError as exc:
        if error_code(exc) in CONFIGURATION_CODES or not is_unavailable(exc):
            reason = getattr(getattr(exc, "orig", None), "args", [exc])[-1]
            raise ConfigError(f"cannot use database {engine.url!r}: {reason}") from None
        raise DatabaseUnavailable() from None
    app.extensions["ispyb_schema"] = schema
    if schema.is_complete:
        log.info("database %r matches the models (%d tables)", engine.url, len(schema.tables))
    else:
        log_schema_differences(app, engine, [line for line in schema.report_lines() if line.startswith("missing")])
    return schema


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
        if connection.invalidated or connection.closed:  # lost mid-request: the pool discards it anyway
            return
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
    """Return the :class:`SchemaInfo` of the current application's database (503 until it could be read)."""
    schema = current_app.extensions["ispyb_schema"]
    if schema is not None:
        return schema
    app = current_app._get_current_object()
    with _schema_lock:
        schema = app.extensions["ispyb_schema"]
        if schema is not None:
            return schema
        if time.monotonic() - app.extensions["ispyb_schema_attempt"] < SCHEMA_RETRY_SECONDS:
            raise DatabaseUnavailable()
        app.extensions["ispyb_schema_attempt"] = time.monotonic()
        schema = load_schema(app, db.engine)
        log.warning("database %r answers again: schema read", db.engine.url)
        return schema


def require_tables(*models):
    """Raise :class:`NotAvailable` if the site's schema lacks the table of any model."""
    info = schema_info()
    missing = [m.__table__.name for m in models if not info.has_table(m.__table__.name)]
    if missing:
        raise NotAvailable(
            f"not available on this database schema: table {', '.join(missing)} is missing")


LOST_WHILE_SAVING = ("the connection to the database was lost while saving: the change may or may not "
                     "have been applied; check before retrying")
NOT_SAVED = "the database failed while saving: nothing was changed, try again later"


@contextmanager
def transaction(deleting=False, applied=None):
    """Commit the session's work or roll it back, mapping database errors to the client's answer.

    Integrity errors become 409, values a column refuses 422/400, an unavailable database 503.
    When the connection is lost during the commit, ``applied()`` (if given) is asked on a new
    connection whether the write landed: if it did the commit is a success, if not the 503 says
    nothing was saved; when nobody can tell, the 503 says so.
    """
    committing = False
    try:
        yield db.session
        committing = True
        db.session.commit()
    except IntegrityError as exc:
        discard_session()
        log.info("integrity error: %s", exc.orig)
        raise Conflict(integrity_message(exc, deleting)) from None
    except SQLAlchemyError as exc:
        discard_session()
        error = classify(exc)
        if error is None:
            raise
        if isinstance(error, DatabaseUnavailable) and committing:
            landed = commit_outcome(applied)
            if landed:
                log.warning("database connection lost during a commit that landed: %s", getattr(exc, "orig", exc))
                return
            raise DatabaseUnavailable(NOT_SAVED if landed is False else LOST_WHILE_SAVING) from None
        raise error from None
    except Exception:
        discard_session()
        raise


def discard_session():
    """Roll the session back, ignoring a connection that is already gone."""
    try:
        db.session.rollback()
    except SQLAlchemyError as exc:
        log.info("rollback on a lost connection: %s", getattr(exc, "orig", exc))
        db.session.close()


def commit_outcome(applied):
    """After a commit lost with its connection: True/False from ``applied()`` on a new connection, None if unknown."""
    if applied is None:
        return None
    try:
        return bool(applied())
    except SQLAlchemyError as exc:
        log.info("cannot tell whether the lost commit landed: %s", getattr(exc, "orig", exc))
        discard_session()
        return None


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
