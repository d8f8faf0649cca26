# SPDX-License-Identifier: LGPL-3.0-or-later
"""The shipped deploy/gunicorn.conf.py: long downloads, metrics over several workers, JSON logs."""

import json
import os
import re
import socket
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from tests.support.deployment import start_gunicorn, write_host_config
from tests.test_serving import call, run  # noqa: F401 (fixture)

DC = 993677  # a data collection of boaty's proposal 37027
LOGIN = {"plugin": "dummy", "username": "boaty", "password": "own_proposals,own_sessions"}


def only_one_schema(database):
    """Servers started per test are slow: SQLite and one MariaDB schema are enough."""
    if database.backend == "mariadb-v1.10.4":
        pytest.skip("served on SQLite and MariaDB v5.0.0")


def snapshot_path(database):
    """Return the path the database records for the first snapshot of ``DC``."""
    engine = create_engine(database.uri.replace("mysql://", "mysql+pymysql://"))
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT xtalSnapshotFullPath1 FROM DataCollection "
                                            "WHERE dataCollectionId = :id"), {"id": DC}).scalar()
    finally:
        engine.dispose()


def slow_get(port, path, token, rate_bytes_per_second):
    """GET ``path`` over a raw socket with a small receive buffer, reading at most ``rate`` bytes per second."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                 "Connection: close\r\n\r\n".encode())
    sock.settimeout(30)
    received, started, chunk = bytearray(), time.monotonic(), 256 * 1024
    while True:
        data = sock.recv(chunk)
        if not data:
            break
        received += data
        ahead = len(received) / rate_bytes_per_second - (time.monotonic() - started)
        if ahead > 0:
            time.sleep(ahead)
    sock.close()
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    return head.decode(), body, time.monotonic() - started


def test_a_download_longer_than_the_worker_timeout_completes(run, tmp_path, database):  # noqa: F811
    only_one_schema(database)
    disk = tmp_path / "dls"
    recorded = snapshot_path(database)
    target = disk / recorded.removeprefix("/dls/")
    target.parent.mkdir(parents=True)
    size = 100 * 1024 * 1024
    with open(target, "wb") as out:
        block = os.urandom(1024 * 1024)
        for _ in range(size // len(block)):
            out.write(block)
    extra = f'  PATH_MAP: {{"/dls/": "{disk}/"}}\n  FILE_ROOTS: ["{disk}"]\n  LOG_LEVEL: WARNING\n'
    config = write_host_config(tmp_path / "config.yml", database.uri, extra)
    process, root = start_gunicorn(run, config, workers=1, timeout_seconds=2, state=tmp_path / "state")
    port = int(root.split(":")[2].split("/")[0])
    token = call(f"{root}/auth/login", LOGIN)[1]["token"]
    head, body, seconds = slow_get(port, f"/ispyb/api/v1/data_collections/{DC}/snapshot/1", token,
                                   rate_bytes_per_second=20 * 1024 * 1024)
    assert head.startswith("HTTP/1.1 200"), head
    assert seconds > 3  # longer than the worker timeout (2 s)
    assert len(body) == size and body[:1024 * 1024] == block
    process.terminate()
    assert "WORKER TIMEOUT" not in process.communicate(timeout=30)[1]


def metric_value(text_body, name, **labels):
    """Return the value of one series in a Prometheus text exposition (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text_body.splitlines():
        match = re.fullmatch(r"(\w+)\{(.*)\} (\S+)", line)
        if match and match.group(1) == name and ",".join(sorted(match.group(2).split(","))) == wanted:
            return float(match.group(3))
    return 0.0


def test_metrics_add_up_every_worker(run, tmp_path, database):  # noqa: F811
    only_one_schema(database)
    metrics_dir = tmp_path / "metrics"
    config = write_host_config(tmp_path / "config.yml", database.uri, "  LOG_LEVEL: WARNING\n")
    _process, root = start_gunicorn(run, config, workers=2, state=tmp_path / "state",
                                    PROMETHEUS_MULTIPROC_DIR=str(metrics_dir))
    base = root.removesuffix("/ispyb/api/v1")
    token = call(f"{root}/auth/login", LOGIN)[1]["token"]
    calls = 40
    for index in range(calls):  # a new connection each time: both workers answer
        assert requests.get(f"{root}/proposals/37027", headers={"Authorization": f"Bearer {token}"},
                            timeout=10).status_code == 200
        assert requests.get(f"{root}/proposals/{900000 + index}", headers={"Authorization": f"Bearer {token}"},
                            timeout=10).status_code == 404
    worker_files = {name.rsplit("_", 1)[1] for name in os.listdir(metrics_dir) if name.startswith("counter_")}
    assert len(worker_files) == 2, worker_files  # two workers wrote counters
    route = "/ispyb/api/v1/proposals/<proposal_id>"
    for _ in range(4):  # whichever worker answers the scrape, the totals are the server's
        scrape = requests.get(f"{base}/metrics", timeout=10)
        assert scrape.status_code == 200 and scrape.headers["Content-Type"].startswith("text/plain")
        body = scrape.text
        assert metric_value(body, "pyispyb_http_requests_total", method="GET", route=route, status="200") == calls
        assert metric_value(body, "pyispyb_http_requests_total", method="GET", route=route, status="404") == calls
        assert metric_value(body, "pyispyb_http_request_duration_seconds_count", method="GET", route=route) \
            == 2 * calls
        assert metric_value(body, "pyispyb_sql_statements_per_request_count", route=route) == 2 * calls
        assert metric_value(body, "pyispyb_sql_statements_per_request_sum", route=route) >= 2 * calls
        assert "pyispyb_database_errors_total" in body
        assert token not in body and "proposals/900001" not in body  # templates, never concrete URLs


def test_json_logs_carry_the_request_id_on_every_line_and_never_a_token(run, tmp_path, database):  # noqa: F811
    only_one_schema(database)
    config = write_host_config(tmp_path / "config.yml", database.uri, "  LOG_FORMAT: json\n  LOG_LEVEL: INFO\n")
    process, root = start_gunicorn(run, config, workers=2, state=tmp_path / "state", PYISPYB_LOG_FORMAT="json")
    login = requests.post(f"{root}/auth/login", json=LOGIN, headers={"X-Request-ID": "login-1"}, timeout=10)
    token = login.json()["token"]
    assert login.headers["X-Request-ID"] == "login-1"
    failed = requests.post(f"{root}/auth/login", json={"plugin": "nope", "username": "eve", "password": "x"},
                           headers={"X-Request-ID": "guess-7"}, timeout=10)
    assert failed.status_code == 401 and failed.headers["X-Request-ID"] == "guess-7"
    legacy = requests.get(f"{root}/legacy/{token}/proposal/list", timeout=10)
    made = legacy.headers["X-Request-ID"]
    process.terminate()
    stderr = process.communicate(timeout=30)[1]
    entries = [json.loads(line) for line in stderr.splitlines() if line.strip()]  # every line, gunicorn's too
    assert any(entry["logger"] == "gunicorn.error" and "Booting worker" in entry["message"] for entry in entries)
    by_id = {}
    for entry in entries:
        assert {"time", "level", "logger", "message", "request_id"} <= set(entry)
        by_id.setdefault(entry["request_id"], []).append(entry)
    assert [e["logger"] for e in by_id["guess-7"]] == ["pyispyb.kernel.auth", "pyispyb.access"]
    assert "login failed" in by_id["guess-7"][0]["message"]
    access = by_id["login-1"][-1]
    assert access["logger"] == "pyispyb.access" and access["method"] == "POST" and access["status"] == 200
    assert access["path"] == "/ispyb/api/v1/auth/login" and isinstance(access["duration_ms"], float)
    assert by_id[made][-1]["path"] == "/ispyb/api/v1/legacy/***/proposal/list"
    assert token not in stderr


def test_schema_differences_are_logged_once_per_server_not_once_per_worker(run, tmp_path, database):  # noqa: F811
    if database.schema_version != "v1.10.4":
        pytest.skip("only the old schema differs from the models")
    config = write_host_config(tmp_path / "config.yml", database.uri, "  LOG_LEVEL: INFO\n")
    logs = []
    for _ in range(2):  # a restart (a new gunicorn master) logs them again, once
        process, _root = start_gunicorn(run, config, workers=3, state=tmp_path / "state")
        time.sleep(5)  # one worker answers: let the two others finish booting
        process.terminate()
        logs.append(process.communicate(timeout=30)[1])
    for stderr in logs:
        missing = [line for line in stderr.splitlines() if "schema: missing" in line]
        assert missing and len(missing) == len(set(missing))  # each difference once
        assert stderr.count("logged by the first worker of this server") == 2  # the two other workers
    assert os.listdir(tmp_path / "state" / "servers") == [str(process.pid)]  # markers of stopped servers removed


def test_systemd_unit_keeps_state_in_a_persistent_state_directory():
    from tests.support.deployment import ROOT

    lines = Path(ROOT, "deploy", "pyispyb.service").read_text().splitlines()
    settings = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
    assert settings["StateDirectory"] == "pyispyb" and settings["StateDirectoryMode"] == "0700"
    assert settings["PrivateTmp"] == "true"  # fine: nothing that must last is kept in /tmp any more
    assert "--config /opt/pyispyb/gunicorn.conf.py" in settings["ExecStart"]


def test_the_metrics_folder_of_a_server_is_removed_when_it_stops(run, tmp_path, database):  # noqa: F811
    if database.backend != "sqlite":
        pytest.skip("the folder does not depend on the database")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    config = write_host_config(tmp_path / "config.yml", database.uri, "  LOG_LEVEL: WARNING\n")
    process, root = start_gunicorn(run, config, workers=2, state=tmp_path / "state", TMPDIR=str(scratch))
    requests.get(f"{root}/health", timeout=10)
    (folder,) = scratch.glob("pyispyb-metrics-*")
    assert any(name.startswith("counter_") for name in os.listdir(folder))
    process.terminate()
    process.communicate(timeout=30)
    assert not folder.exists()
