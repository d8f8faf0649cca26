# SPDX-License-Identifier: LGPL-3.0-or-later
"""A real server (gunicorn on loopback) on its own copy of the reference data, and the client environments.

The clients write: each backend gets a database of its own (a copy of the SQLite reference file,
or the MariaDB reference schema loaded under another name), so the other tests' data stays as it
is. Users log in through the Keycloak plugin on the protocol-level fake realm of the auth tests:
a password (password grant) or a realm token, groups and permissions from the database.
"""

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from tests.auth import fake_keycloak
from tests.auth.conftest import Directory, keycloak_config
from tests.clients import venvs
from tests.conftest import IN_CI, MARIADB_SERVER, TEST_SECRET, database_suffix
from tests.support import reference_data as ref
from tests.test_serving import free_port, wait_for

DRIVERS = Path(__file__).parent / "drivers"
LOGIN, PASSWORD = "boaty", "boaty-kc"
BEAMLINE_PERMISSIONS = ["own_proposals", "own_sessions", "write_sessions", "write_samples", "write_datacoll",
                        "write_beamline", "set_file_paths"]  # a beamline account names the files it writes
DETECTOR = {"detectorManufacturer": "DECTRIS", "detectorModel": "EIGER2 X 16M", "detectorMode": "ROI",
            "detectorType": "Photon counting"}


@pytest.fixture(scope="session")
def realm():
    """The fake Keycloak realm with the beamline user boaty."""
    server = fake_keycloak.FakeKeycloak().start()
    server.add_user(LOGIN, PASSWORD, given_name="Boaty", family_name="McBoatface", email="boaty@example.org")
    yield server
    server.stop()


def seed(uri):
    """Give boaty the beamline permissions through a database group, and the beamline a detector."""
    engine = create_engine(uri)
    with engine.begin() as connection:
        directory = Directory(connection)
        directory.group("mxcube_beamline", BEAMLINE_PERMISSIONS)
        directory.member("boaty", "mxcube_beamline")
        detector_id = connection.execute(insert(directory.m.Detector).values(**DETECTOR)).inserted_primary_key[0]
    engine.dispose()
    return detector_id


@pytest.fixture(scope="session")
def client_database(database, tmp_path_factory):
    """A database of the backend's schema for the clients to write in; yields ``(uri, detector id)``."""
    if database.backend == "sqlite":
        path = tmp_path_factory.mktemp("clients") / "clients.sqlite"
        shutil.copy(database.uri.removeprefix("sqlite:///"), path)
        uri = f"sqlite:///{path}"
        yield uri, seed(uri)
        return
    name = f"pyispyb_clients_{database.schema_version.replace('.', '_')}_{database_suffix()}"
    ref.load_into_mariadb(MARIADB_SERVER, name, database.schema_version)
    uri = f"{MARIADB_SERVER}/{name}"
    yield uri, seed(uri)
    ref.drop_mariadb(MARIADB_SERVER, name)


@pytest.fixture(scope="session")
def live_server(client_database, realm, tmp_path_factory):
    """gunicorn serving the client database on a free loopback port; yields its base URL."""
    uri, detector_id = client_database
    folder = tmp_path_factory.mktemp("live")
    config = {"server": {
        "SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": TEST_SECRET, "LOG_LEVEL": "WARNING",
        "TEMP_FOLDER": str(folder), "LOGIN_MAX_FAILURES": 1000, "LOGIN_MAX_ADDRESS_FAILURES": 1000,
        "AUTH": [{"keycloak": {"ENABLED": True, "AUTH_MODULE": "pyispyb.kernel.auth.plugins.keycloak",
                               "AUTH_CLASS": "KeycloakDBGroupsAuthentication", "CONFIG": keycloak_config(realm)}}]}}
    (folder / "config.yml").write_text(json.dumps(config))  # JSON is YAML
    port = free_port()
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen([str(gunicorn), "-w", "2", "-b", f"127.0.0.1:{port}", "pyispyb:create_app()"],
                               env={**os.environ, "ISPYB_CONFIG": str(folder / "config.yml"), "ISPYB_RUN_MODE": "test"},
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/ispyb/api/v1/swagger.json", process)
        yield {"base": base, "detector_id": detector_id, "uri": uri}
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def client_python():
    """Return ``python(env)``: the interpreter of a client environment (a failed install skips, in CI fails)."""
    found = {}

    def python(env):
        if env.name not in found:
            try:
                found[env.name], _seconds = venvs.python_of(env)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                message = f"cannot install the client {env.name}: {exc}"
                pytest.fail(message) if IN_CI else pytest.skip(message)
        return found[env.name]

    return python


def run_driver(python, driver, settings, timeout=300):
    """Run a driver in a client environment; return its steps ``{name: {value | raised, logged}}``."""
    result = subprocess.run([str(python), str(DRIVERS / driver)], input=json.dumps(settings), capture_output=True,
                            text=True, timeout=timeout, cwd=DRIVERS, env={**os.environ, "PYTHONPATH": str(DRIVERS)})
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, f"{driver} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return json.loads(lines[-1])


def passed(step):
    """True when a client's method returned without raising or logging an error."""
    return "raised" not in step and not step["logged"]


def native(live_server, path, token):
    """GET a 1.x route with a Bearer token; return the JSON."""
    request = urllib.request.Request(f"{live_server['base']}/ispyb/api/v1/{path}",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


def native_token(live_server):
    """Log in on the 1.x root with boaty's password (Keycloak password grant); return the token."""
    request = urllib.request.Request(f"{live_server['base']}/ispyb/api/v1/auth/login", data=json.dumps(
        {"plugin": "keycloak", "username": LOGIN, "password": PASSWORD}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())["token"]
