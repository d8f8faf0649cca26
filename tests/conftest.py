# SPDX-License-Identifier: LGPL-3.0-or-later
"""Fixture tower: database backend -> app -> per-test transaction -> client -> auth headers.

Every test that uses ``app`` runs on each backend: SQLite (reference data loaded through
the models) and MariaDB loaded with each reference schema (v5.0.0 and v1.10.4).
MariaDB backends are skipped when the server is unreachable, except with ``CI=true``
where that is a failure. Choose backends with ``--backend sqlite`` (repeatable).
"""

import hashlib
import os
import tempfile
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import scoped_session, sessionmaker

from pyispyb import register_access_rules
from pyispyb.kernel.data import StatementRecorder as QueryCounter
from tests.support import reference_data as ref

register_access_rules()  # tests read the scopes without an application too

BACKENDS = ("sqlite", "mariadb-v5.0.0", "mariadb-v1.10.4")
MARIADB_SERVER = os.environ.get("ISPYB_TEST_MARIADB", "mysql://root@127.0.0.1:3306")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Servers the tests start keep their state (dev key, auth store, markers) in a scratch folder, not in ~.
os.environ.pop("STATE_DIRECTORY", None)
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="pyispyb-test-state-")
TEST_SECRET = "test-secret-key-that-is-long-enough-for-hs256-and-even-hs512-signing-0123"
DUMMY_AUTH = [{"dummy": {"ENABLED": True, "AUTH_MODULE": "pyispyb.kernel.auth.DummyAuthentication",
                         "AUTH_CLASS": "DummyAuthentication", "CONFIG": {}}}]


def pytest_addoption(parser):
    """Add ``--backend``."""
    parser.addoption("--backend", action="append", choices=BACKENDS,
                     help="database backend(s) to run on (default: all)")


def pytest_generate_tests(metafunc):
    """Run every test that needs the database once per selected backend."""
    if "backend" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("backend") or list(BACKENDS)
        metafunc.parametrize("backend", chosen, scope="session")


def database_suffix():
    """A suffix that keeps the test databases of two checkouts apart."""
    return os.environ.get("ISPYB_TEST_DB_SUFFIX") or hashlib.sha1(str(ref.ROOT).encode()).hexdigest()[:6]


@dataclass
class Database:
    """A test database: where it is and what schema it holds."""

    backend: str
    uri: str
    schema_version: str

    @property
    def is_mariadb(self):
        """True for the MariaDB backends."""
        return self.backend.startswith("mariadb")


def mariadb_available():
    """Return None if the MariaDB server answers, else the reason."""
    try:
        ref.server_connect(MARIADB_SERVER).close()
    except Exception as exc:  # noqa: BLE001 - any failure means unavailable
        return str(exc)
    return None


@pytest.fixture(scope="session")
def database(backend, tmp_path_factory):
    """Create the test database of a backend once per test session."""
    if not ref.reference_dir().is_dir():
        message = f"reference schemas not found in {ref.reference_dir()} (set ISPYB_DATABASE_DIR)"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("sqlite") / "reference.sqlite"
        uri = f"sqlite:///{path}"
        ref.load_into_sqlite(uri, "v5.0.0")
        yield Database(backend, uri, "v5.0.0")
        return
    reason = mariadb_available()
    if reason:
        message = f"MariaDB at {MARIADB_SERVER} is unreachable: {reason}"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    version = backend.split("-", 1)[1]
    name = f"pyispyb_test_{version.replace('.', '_')}_{database_suffix()}"
    ref.load_into_mariadb(MARIADB_SERVER, name, version)
    yield Database(backend, f"{MARIADB_SERVER}/{name}", version)
    ref.drop_mariadb(MARIADB_SERVER, name)


def app_settings(database, **extra):
    """Return the ``server`` overrides of a test application on ``database``."""
    settings = {"SQLALCHEMY_DATABASE_URI": database.uri, "SECRET_KEY": TEST_SECRET, "AUTH": DUMMY_AUTH,
                "LOG_LEVEL": "WARNING", "LOGIN_MAX_FAILURES": 1000, "LOGIN_MAX_ADDRESS_FAILURES": 1000}
    settings.update(extra)
    settings.setdefault("STATE_FOLDER", tempfile.mkdtemp(prefix="pyispyb-test-app-state-"))  # own auth store
    return settings


@pytest.fixture(scope="session")
def app(database, tmp_path_factory):
    """The application on the backend's database (run mode ``test``), with its own scratch folder."""
    from pyispyb import create_app

    temp_folder = tmp_path_factory.mktemp("temp")
    return create_app(run_mode="test", overrides=app_settings(database, TEMP_FOLDER=str(temp_folder),
                                                              STATE_FOLDER=str(temp_folder / "state")))


@pytest.fixture
def db_transaction(app):
    """Run the test inside a transaction rolled back at the end (the API's commits become savepoints)."""
    from pyispyb.kernel.data import db
    from pyispyb.kernel.data.reads import pinned

    with app.app_context():  # not kept pushed: each request must get its own app context and g
        connection = db.engine.connect()
    outer = connection.begin()
    original = db.session
    factory = sessionmaker(bind=connection, join_transaction_mode="create_savepoint")
    db.session = scoped_session(factory, scopefunc=original.registry.scopefunc)
    try:
        with pinned(connection):  # the prepared reads too
            yield connection
    finally:
        db.session = original
        outer.rollback()
        connection.close()


@pytest.fixture
def client(app, db_transaction):
    """Flask test client; every request runs inside the test's transaction."""
    return app.test_client()


class Auth:
    """Log in through the API with the Dummy plugin and build headers."""

    def __init__(self, client):
        self.client = client
        self.tokens = {}

    def token(self, username="boaty", permissions=("own_proposals", "own_sessions")):
        """Return a token for ``username`` holding ``permissions`` (and groups of the same names)."""
        key = (username, tuple(permissions))
        if key not in self.tokens:
            response = self.client.post("/ispyb/api/v1/auth/login", json={
                "plugin": "dummy", "username": username, "password": ",".join(permissions)})
            assert response.status_code == 200, response.get_json()
            self.tokens[key] = response.get_json()["token"]
        return self.tokens[key]

    def headers(self, username="boaty", permissions=("own_proposals", "own_sessions")):
        """Return ``Authorization`` headers for a user."""
        return {"Authorization": f"Bearer {self.token(username, permissions)}"}


@pytest.fixture
def auth(client):
    """Token helper (``auth.headers("boaty", ["own_proposals"])``)."""
    return Auth(client)


@pytest.fixture
def count_queries(app, db_transaction):
    """Context manager counting SQL statements: ``with count_queries() as q: ...; q.count``."""
    from pyispyb.kernel.data import db

    with app.app_context():
        engine = db.engine
    return lambda: QueryCounter(engine)
