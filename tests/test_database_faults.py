# SPDX-License-Identifier: LGPL-3.0-or-later
"""Database faults under real gunicorn: a PRIVATE mariadbd (own datadir, socket, port) is killed, frozen,
restarted and started late while clients read and write; every answer goes into a ledger checked in SQL.

Targets: no 5xx but a JSON 503 with ``Retry-After``, no lost or phantom write, no server restart,
recovery within a second of the database's return, no worker held past the database timeouts.
"""

import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import IN_CI, TEST_SECRET
from scripts.benchmarking import ledger as lg
from tests.support.private_mariadb import PrivateMariaDB, free_port, mariadb_binaries
from tests.support.reference_data import reference_dir

DATABASE = "ispyb_faults"
TIMEOUTS = {"DB_CONNECT_TIMEOUT": 2, "DB_READ_TIMEOUT": 3, "DB_WRITE_TIMEOUT": 3}
WORKER_TIMEOUT = 20  # gunicorn --timeout: the database timeouts must answer well before it
MAX_REQUESTS = 15  # gunicorn --max-requests: workers recycle again and again during an outage
PROTEINS = "/ispyb/api/v1/samples/proteins?limit=1"


def write_config(folder, server_uri):
    """The server's YAML configuration on the private database."""
    lines = [f'server:\n  SQLALCHEMY_DATABASE_URI: "{server_uri}/{DATABASE}"\n  SECRET_KEY: "{TEST_SECRET}"\n',
             "  LOG_LEVEL: WARNING\n  LOGIN_MAX_FAILURES: 100000\n  LOGIN_MAX_ADDRESS_FAILURES: 100000\n",
             "  AUTH:\n    - dummy:\n        ENABLED: true\n",
             '        AUTH_MODULE: "pyispyb.kernel.auth.DummyAuthentication"\n',
             '        AUTH_CLASS: "DummyAuthentication"\n        CONFIG: {}\n']
    lines += [f"  {key}: {value}\n" for key, value in TIMEOUTS.items()]
    path = folder / "config.yml"
    path.write_text("".join(lines))
    return path


class Gunicorn:
    """gunicorn serving py-ISPyB (2 sync workers, recycled every MAX_REQUESTS requests)."""

    def __init__(self, folder, config):
        self.folder, self.config = folder, config
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        """Start the master; return once it listens (workers may still find no database)."""
        env = {**os.environ, "ISPYB_CONFIG": str(self.config), "ISPYB_RUN_MODE": "test",
               "TMPDIR": str(self.folder)}
        self.log = open(self.folder / "gunicorn.log", "ab")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{self.port}",
             "--timeout", str(WORKER_TIMEOUT), "--max-requests", str(MAX_REQUESTS), "--graceful-timeout", "5",
             "pyispyb:create_app()"], env=env, cwd=self.folder, stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_text()
            if lg.request(self.base, "GET", "/ispyb/api/v1/swagger.json", timeout=5).status == 200:
                return
            time.sleep(0.2)
        raise AssertionError("gunicorn did not answer")

    def log_text(self):
        """The server's log."""
        return (self.folder / "gunicorn.log").read_text(errors="replace")[-5000:]

    def stop(self):
        """Stop the master and its workers."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="module")
def private_db(tmp_path_factory):
    """A private mariadbd holding the v5.0.0 reference schema and data."""
    if mariadb_binaries() is None:
        message = "mariadbd / mariadb-install-db are not installed"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    if not reference_dir().is_dir():
        message = f"reference schemas not found in {reference_dir()}"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    server = PrivateMariaDB(tmp_path_factory.mktemp("mariadb"))
    server.initialise()
    server.start()
    server.load_reference(DATABASE)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def served(private_db, tmp_path_factory):
    """gunicorn on the private database (started while the database is up)."""
    folder = tmp_path_factory.mktemp("gunicorn")
    server = Gunicorn(folder, write_config(folder, private_db.server_uri))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database_up(private_db):
    """Make sure the private database runs (thawed) before and after a test."""
    if private_db.process.poll() is not None:
        private_db.start()
    yield private_db
    private_db.thaw()
    if private_db.process.poll() is not None:
        private_db.start()


def wait_until_answered(base, token, timeout=30):
    """Poll a list until it answers 200; return the seconds it took."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        answer = lg.request(base, "GET", PROTEINS, token=token, timeout=10)
        assert answer.status in (200, 503), answer
        if answer.status == 200:
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError("the server did not recover")


def ledger_rows(database, run_id):
    """``{acronym: (proteinId, name)}`` of the proteins a run created."""
    rows = database.query(DATABASE, "SELECT acronym, proteinId, name FROM Protein WHERE acronym LIKE %s",
                          f"{run_id}-%")
    return {acronym: (key, name) for acronym, key, name in rows}


def test_short_soak_script(served, database_up):
    """``scripts/soak.py``: concurrent create/update/delete, every answer checked in SQL (the long run: 5 min)."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "soak.py"
    done = subprocess.run([sys.executable, str(script), "--url", served.base, "--database",
                           f"{database_up.server_uri}/{DATABASE}", "--clients", "6", "--seconds", "8"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problems" in done.stdout, done.stdout


def assert_outage_answers(answers):
    """Every answer is a JSON 503 with Retry-After naming the database (or a 200 once it is back)."""
    for answer in answers:
        assert answer.status in (200, 503), answer
        if answer.status == 503:
            assert "Retry-After" in answer.headers and "database" in answer.body["message"], answer


def test_start_without_database_then_serve_when_it_comes(database_up, tmp_path):
    database_up.kill()
    server = Gunicorn(tmp_path, write_config(tmp_path, database_up.server_uri))
    server.start()
    try:
        token = lg.login(server.base, "late", "all_proposals")  # the Dummy plugin needs no database
        answers = [lg.request(server.base, "GET", PROTEINS, token=token) for _ in range(2 * MAX_REQUESTS)]
        assert {a.status for a in answers} == {503}
        assert_outage_answers(answers)
        database_up.start()
        assert wait_until_answered(server.base, token) < 1.5
        assert server.process.poll() is None
        assert "Traceback" not in server.log_text()
    finally:
        server.stop()


def test_kill_restart_with_writes_in_flight(served, database_up):
    run_id = uuid.uuid4().hex[:8]
    book = lg.Ledger(served.base, lg.login(served.base), run_id)
    stop = threading.Event()
    writers = book.run(4, stop)
    time.sleep(1.5)
    database_up.kill()
    outage = time.monotonic()
    while time.monotonic() - outage < 30 and not any(a.status == 503 for a in list(book.answers)):
        time.sleep(0.1)  # the writers see the outage (503) before the database comes back
    time.sleep(1)
    database_up.start()
    back = time.monotonic()
    wait_until_answered(served.base, book.token)
    recovery = time.monotonic() - back
    time.sleep(1.5)
    stop.set()
    for writer in writers:
        writer.join(timeout=60)
    problems = book.problems(ledger_rows(database_up, run_id))
    assert not problems, (problems[:10], book.counts())
    assert book.counts().get(503), book.counts()  # the outage was seen
    assert book.counts().get(201, 0) > 10, book.counts()
    assert recovery < 5  # queued behind writes that wait for InnoDB's crash recovery (seen: up to 2.5 s)
    assert served.process.poll() is None
    assert "Traceback" not in served.log_text()  # one line per 503, no traceback for an expected outage


def test_frozen_database_answers_503_before_the_worker_timeout(served, database_up):
    token = lg.login(served.base, "frozen", "all_proposals")
    assert lg.request(served.base, "GET", PROTEINS, token=token).status == 200
    database_up.freeze()
    answers = []
    try:
        threads = [threading.Thread(target=lambda: answers.append(
            lg.request(served.base, "GET", PROTEINS, token=token, timeout=WORKER_TIMEOUT * 3))) for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(TIMEOUTS["DB_READ_TIMEOUT"] + 1)  # longer than the read timeout
        for thread in threads:
            thread.join(timeout=WORKER_TIMEOUT * 3)
    finally:
        database_up.thaw()
    assert len(answers) == 3
    assert_outage_answers(answers)
    limit = TIMEOUTS["DB_CONNECT_TIMEOUT"] + 2 * TIMEOUTS["DB_READ_TIMEOUT"] + 1
    assert max(a.seconds for a in answers) < 2 * limit < WORKER_TIMEOUT * 2, [a.seconds for a in answers]
    assert wait_until_answered(served.base, token) < 1.5
    assert "WORKER TIMEOUT" not in served.log_text()


def test_workers_recycle_during_an_outage(served, database_up):
    token = lg.login(served.base, "recycled", "all_proposals")
    database_up.kill()
    answers = [lg.request(served.base, "GET", PROTEINS, token=token) for _ in range(4 * MAX_REQUESTS)]
    assert_outage_answers(answers)
    assert {a.status for a in answers} == {503}
    database_up.start()
    assert wait_until_answered(served.base, token) < 1.5
    assert served.process.poll() is None
    log = served.log_text()
    assert "Traceback" not in log and "Worker failed to boot" not in log


def test_connection_exhaustion_is_503_not_a_hang(served, database_up):
    """With every connection of the database taken, requests answer 503 (1040) and recover when freed."""
    import MySQLdb

    token = lg.login(served.base, "exhausted", "all_proposals")
    lg.request(served.base, "GET", PROTEINS, token=token)
    database_up.query("mysql", "SET GLOBAL max_connections = 3")
    hogs = []
    try:
        for _ in range(6):
            try:
                hogs.append(MySQLdb.connect(host="127.0.0.1", port=database_up.port, user="root"))
            except MySQLdb.OperationalError:
                break
        # pooled connections of the workers still work; new ones are refused: either way no 5xx but 503
        answers = [lg.request(served.base, "GET", f"/ispyb/api/v1/samples/proteins?limit=1&offset={i}", token=token)
                   for i in range(10)]
        assert_outage_answers(answers)
    finally:
        for hog in hogs:
            hog.close()
        database_up.query("mysql", "SET GLOBAL max_connections = 60")
    assert wait_until_answered(served.base, token) < 1.5


def test_commit_lost_with_its_connection_is_checked(database_up):
    """The connection is killed just before COMMIT: the server checks on a new connection and says nothing landed."""
    from sqlalchemy import event

    from pyispyb import create_app
    from pyispyb.kernel.data import db
    from tests.conftest import Database, app_settings

    private = Database("mariadb-v5.0.0", f"{database_up.server_uri}/{DATABASE}", "v5.0.0")
    settings = app_settings(private, **TIMEOUTS)
    app = create_app(run_mode="test", overrides=settings)
    client = app.test_client()
    login = client.post("/ispyb/api/v1/auth/login", json={"plugin": "dummy", "username": "killed",
                                                          "password": lg.WRITE_PERMISSIONS})
    token = login.get_json()["token"]
    with app.app_context():
        engine = db.engine

    def kill_before_commit(connection):
        victim = connection.connection.dbapi_connection.thread_id()
        database_up.query("mysql", f"KILL CONNECTION {int(victim)}")

    acronym = f"killed-{uuid.uuid4().hex[:8]}"
    event.listen(engine, "commit", kill_before_commit)
    try:
        answer = client.post("/ispyb/api/v1/samples/proteins", headers={"Authorization": f"Bearer {token}"},
                             json={"proposalId": lg.PROPOSAL, "acronym": acronym})
    finally:
        event.remove(engine, "commit", kill_before_commit)
    assert answer.status_code == 503, answer.get_json()
    assert "nothing was changed" in answer.get_json()["message"] and answer.headers["Retry-After"]
    assert database_up.query(DATABASE, "SELECT proteinId FROM Protein WHERE acronym = %s", acronym) == ()
    again = client.post("/ispyb/api/v1/samples/proteins", headers={"Authorization": f"Bearer {token}"},
                        json={"proposalId": lg.PROPOSAL, "acronym": acronym})
    assert again.status_code == 201


def test_restart_while_idle_is_not_seen(served, database_up):
    """Pooled connections idle through a restart (longer than IDLE_PING_SECONDS) are pinged and replaced."""
    from pyispyb.kernel.data import IDLE_PING_SECONDS

    token = lg.login(served.base, "idle", "all_proposals")
    for _ in range(4):
        assert lg.request(served.base, "GET", PROTEINS, token=token).status == 200
    last_use = time.monotonic()
    database_up.stop()
    database_up.start()
    time.sleep(max(0.0, IDLE_PING_SECONDS + 0.2 - (time.monotonic() - last_use)))
    answers = [lg.request(served.base, "GET", PROTEINS, token=token) for _ in range(4)]
    assert [a.status for a in answers] == [200] * 4, answers
