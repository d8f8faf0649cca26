# SPDX-License-Identifier: LGPL-3.0-or-later
"""Real HTTP: gunicorn on each backend, the ``pyispyb`` command (serve, db check)."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import TEST_SECRET

BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.communicate()[1]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except (urllib.error.URLError, ConnectionError, TimeoutError):  # TimeoutError: workers still booting
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {timeout} s")


def call(url, body=None, token=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def write_config(tmp_path, uri):
    path = tmp_path / "config.yml"
    path.write_text(
        f'server:\n  SQLALCHEMY_DATABASE_URI: "{uri}"\n  SECRET_KEY: "{TEST_SECRET}"\n'
        "  AUTH:\n    - dummy:\n        ENABLED: true\n"
        '        AUTH_MODULE: "pyispyb.kernel.auth.DummyAuthentication"\n'
        '        AUTH_CLASS: "DummyAuthentication"\n        CONFIG: {}\n')
    return path


@pytest.fixture
def run(tmp_path):
    """Start a server process; stop it after the test."""
    processes = []

    def start(args, **env):
        # each server its own state folder (auth store, markers) and TMPDIR unless the test names them
        full_env = {**os.environ, "ISPYB_STATE_FOLDER": str(tmp_path / "server-state"), "TMPDIR": str(tmp_path),
                    **env}
        process = subprocess.Popen(args, env=full_env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        processes.append(process)
        return process

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def test_gunicorn_serves_the_database(run, tmp_path, database):
    port = free_port()
    config = write_config(tmp_path, database.uri)
    process = run([str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "pyispyb:create_app()"],
                  ISPYB_CONFIG=str(config), ISPYB_RUN_MODE="test")
    root = f"http://127.0.0.1:{port}/ispyb/api/v1"
    assert wait_for(f"{root}/swagger.json", process) == 200
    status, body = call(f"{root}/auth/login", {"plugin": "dummy", "username": "boaty",
                                               "password": "own_proposals,own_sessions"})
    assert status == 200
    for _ in range(4):  # both workers accept the token: the key comes from the configuration
        status, page = call(f"{root}/proposals", token=body["token"])
        assert status == 200 and page["data"]["rows"][0]["proposalId"] == 37027


def test_gunicorn_with_a_bad_configuration_prints_one_line(tmp_path):
    config = tmp_path / "bad.yml"
    config.write_text('server:\n  SQLALCHEMY_DATABASE_URI: "sqlite:///x.sqlite"\n  TOKEN_LIFETIME: 3\n')
    result = subprocess.run([str(BIN / "gunicorn"), "-b", f"127.0.0.1:{free_port()}", "pyispyb:create_app()"],
                            env={**os.environ, "ISPYB_CONFIG": str(config)}, cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0
    assert "unknown configuration key server.TOKEN_LIFETIME" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_runs_the_embedded_demo(run, tmp_path):
    port = free_port()
    process = run([str(BIN / "pyispyb"), "serve", "--port", str(port)], ISPYB_DEMO_DIR=str(tmp_path / "demo"))
    assert wait_for(f"http://127.0.0.1:{port}/ispyb/api/v1/swagger.json", process, timeout=60) == 200
    status, body = call(f"http://127.0.0.1:{port}/ispyb/api/v1/auth/login",
                        {"username": "demo_pi", "password": "own_proposals"})
    assert status == 200
    status, page = call(f"http://127.0.0.1:{port}/ispyb/api/v1/proposals", token=body["token"])
    assert status == 200 and page["data"]["total"] >= 1


def test_demo_refuses_to_listen_beyond_loopback(tmp_path):
    result = subprocess.run([str(BIN / "pyispyb"), "serve", "--host", "0.0.0.0", "--port", str(free_port())],
                            env={**os.environ, "ISPYB_DEMO_DIR": str(tmp_path)}, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    assert "loopback" in result.stderr


def test_serve_with_a_missing_configuration_file(tmp_path):
    result = subprocess.run([str(BIN / "pyispyb"), "serve", "--config", str(tmp_path / "none.yml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().endswith("does not exist")
    assert "Traceback" not in result.stderr


def test_db_check_reports_what_the_schema_lacks(tmp_path, database):
    config = write_config(tmp_path, database.uri)
    result = subprocess.run([str(BIN / "pyispyb"), "db", "check", "--config", str(config), "--run-mode", "test"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    if database.schema_version == "v5.0.0":
        assert "the schema has every table and column of the models" in result.stdout
    else:
        assert "missing columns in BLSession:" in result.stdout
        assert "SSXDataCollection" in result.stdout
