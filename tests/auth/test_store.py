# SPDX-License-Identifier: LGPL-3.0-or-later
"""The shared store of revoked tokens and failed logins: processes, gunicorn workers, files, plug-ins."""

import multiprocessing
import os
import sqlite3
import stat

import pytest
import requests

from pyispyb import create_app
from pyispyb.kernel.exceptions import TooManyRequests
from pyispyb.kernel.auth.store import AuthStore, SQLiteAuthStore, load_store
from pyispyb.kernel.auth.throttle import LoginThrottle
from pyispyb.config import ConfigError
from tests.conftest import app_settings
from tests import test_serving
from tests.test_serving import BIN, free_port, wait_for, write_config

run = test_serving.run  # the fixture that starts (and stops) a server process

WORKERS, FAILURES_EACH = 4, 25


def record_from_another_process(path, worker):
    """Record failures and revoke a token from a separate process (run by multiprocessing)."""
    store = SQLiteAuthStore({"AUTH_STORE_PATH": path})
    for _ in range(FAILURES_EACH):
        store.record_failure(["user:shared", f"addr:10.0.0.{worker}"], now=1000.0 + worker, window=10 ** 9)
    store.revoke(f"token-{worker}", expires_at=4_000_000_000)


def test_processes_share_revocations_and_failure_counts(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    SQLiteAuthStore({"AUTH_STORE_PATH": path})
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=record_from_another_process, args=(path, w)) for w in range(WORKERS)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    store = SQLiteAuthStore({"AUTH_STORE_PATH": path})
    assert len(store.recent_failures("user:shared", 0, 10 ** 6)) == WORKERS * FAILURES_EACH
    assert all(store.is_revoked(f"token-{w}") for w in range(WORKERS))
    assert not store.is_revoked("token-never")


def test_gunicorn_workers_share_logouts_and_login_limits(run, tmp_path, database):
    port = free_port()
    config = write_config(tmp_path, database.uri)
    config.write_text(config.read_text() + f"  STATE_FOLDER: '{tmp_path / 'state'}'\n  LOGIN_MAX_ADDRESS_FAILURES: 3\n")
    process = run([str(BIN / "gunicorn"), "-w", "3", "-b", f"127.0.0.1:{port}", "pyispyb:create_app()"],
                  ISPYB_CONFIG=str(config), ISPYB_RUN_MODE="test")
    root = f"http://127.0.0.1:{port}/ispyb/api/v1"
    assert wait_for(f"{root}/swagger.json", process) == 200
    token = requests.post(f"{root}/auth/login", json={"plugin": "dummy", "username": "boaty", "password": "x"},
                          timeout=10).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert requests.post(f"{root}/auth/logout", headers=headers, timeout=10).status_code == 204
    for _ in range(12):  # whichever worker answers, the token stays revoked
        assert requests.get(f"{root}/auth/me", headers=headers, timeout=10).status_code == 401
    bad = {"plugin": "dummy", "username": " ", "password": "x"}  # the Dummy plugin refuses a blank user name
    statuses = [requests.post(f"{root}/auth/login", json=bad, timeout=10).status_code for _ in range(9)]
    assert statuses == [401] * 3 + [429] * 6


def test_failures_older_than_the_window_no_longer_count(tmp_path):
    config = {"AUTH_STORE_PATH": str(tmp_path / "s.sqlite"), "LOGIN_MAX_FAILURES": 2,
              "LOGIN_MAX_ADDRESS_FAILURES": 100, "LOGIN_FAILURE_WINDOW": 60}
    throttle = LoginThrottle(SQLiteAuthStore(config), config)
    throttle.failed("alice", "10.0.0.1", now=1000)
    throttle.failed("alice", "10.0.0.1", now=1030)
    with pytest.raises(TooManyRequests) as info:
        throttle.check("alice", "10.0.0.1", now=1040)
    assert info.value.headers == {"Retry-After": "20"}  # the first failure leaves the window at 1060
    throttle.check("alice", "10.0.0.1", now=1061)
    throttle.check("bob", "10.0.0.1", now=1040)


def test_zero_turns_a_limit_off(tmp_path):
    config = {"AUTH_STORE_PATH": str(tmp_path / "s.sqlite"), "LOGIN_MAX_FAILURES": 0,
              "LOGIN_MAX_ADDRESS_FAILURES": 0, "LOGIN_FAILURE_WINDOW": 60}
    throttle = LoginThrottle(SQLiteAuthStore(config), config)
    for _ in range(20):
        throttle.failed("alice", "10.0.0.1", now=1000)
    throttle.check("alice", "10.0.0.1", now=1001)


def test_expired_revocations_are_purged(tmp_path):
    store = SQLiteAuthStore({"AUTH_STORE_PATH": str(tmp_path / "s.sqlite")})
    store.revoke("old", expires_at=1)
    store.revoke("new", expires_at=4_000_000_000)
    assert not store.is_revoked("old") and store.is_revoked("new")


def test_store_file_is_private_and_in_wal_mode(tmp_path):
    store = SQLiteAuthStore({"STATE_FOLDER": str(tmp_path / "state")})
    assert store.path == tmp_path / "state" / "auth-state.sqlite"
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.path.parent).st_mode) == 0o700
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_default_store_is_in_the_persistent_state_folder_not_tmp(tmp_path, monkeypatch):
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert SQLiteAuthStore({}).path == tmp_path / "xdg" / "pyispyb" / "auth-state.sqlite"
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "systemd"))  # systemd's StateDirectory=
    assert SQLiteAuthStore({"TEMP_FOLDER": str(tmp_path / "t")}).path == tmp_path / "systemd" / "auth-state.sqlite"


def test_a_store_folder_others_may_write_is_refused(tmp_path):
    (tmp_path / "pyispyb-auth").mkdir()
    (tmp_path / "pyispyb-auth").chmod(0o777)  # prepared by someone else to read or swap the file
    with pytest.raises(ConfigError, match="writable by other users"):
        SQLiteAuthStore({"STATE_FOLDER": str(tmp_path / "pyispyb-auth")})
    with pytest.raises(ConfigError, match="writable by other users"):
        SQLiteAuthStore({"AUTH_STORE_PATH": str(tmp_path / "pyispyb-auth" / "state.sqlite")})


class ProcessLocalStore(AuthStore):
    """A store a site could plug in (this one keeps everything in the process)."""

    def __init__(self, config):
        super().__init__(config)
        self.revoked, self.failures = set(), {}

    def revoke(self, token_id, expires_at):
        """Remember the token id."""
        self.revoked.add(token_id)

    def is_revoked(self, token_id):
        """Look the token id up."""
        return token_id in self.revoked

    def record_failure(self, keys, now, window):
        """Append the time to each key."""
        for key in keys:
            self.failures.setdefault(key, []).append(now)

    def recent_failures(self, key, since, limit):
        """Return the latest times after ``since``."""
        return [t for t in self.failures.get(key, []) if t > since][-limit:]

    def clear_failures(self, key):
        """Forget a key."""
        self.failures.pop(key, None)


def test_a_site_may_plug_in_its_own_store(database):
    app = create_app(run_mode="test", overrides=app_settings(
        database, AUTH_STORE=f"{__name__}.ProcessLocalStore"))
    assert isinstance(app.extensions["ispyb_auth"].store, ProcessLocalStore)
    client = app.test_client()
    token = client.post("/ispyb/api/v1/auth/login", json={"username": "boaty", "password": "x"}).get_json()["token"]
    client.post("/ispyb/api/v1/auth/logout", headers={"Authorization": f"Bearer {token}"})
    assert app.extensions["ispyb_auth"].store.revoked


@pytest.mark.parametrize("name", ["no.such.module.Store", "pyispyb.config.Config", "Store"])
def test_a_store_that_is_not_an_auth_store_is_refused(name):
    with pytest.raises(ConfigError, match="AUTH_STORE"):
        load_store({"AUTH_STORE": name})
