# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every CLI and start-up error a user can cause is one line on stderr, with a non-zero exit status."""

import os
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pyispyb import create_app
from pyispyb.config import ConfigError, build_config
from pyispyb.demo import build_database
from tests.conftest import TEST_SECRET

BIN = Path(sys.executable).parent
TINY = 0.001
ENV = {key: value for key, value in os.environ.items()
       if key not in ("ISPYB_CONFIG", "ISPYB_DATABASE_URI", "ISPYB_RUN_MODE")}


def pyispyb(*args, tmp_path, python_prelude=None, timeout=120):
    """Run the ``pyispyb`` command (optionally after a line of Python run first); return the finished process."""
    env = {**ENV, "ISPYB_DEMO_DIR": str(tmp_path / "demo")}
    if python_prelude:
        command = [sys.executable, "-c", f"{python_prelude}; from pyispyb.cli import main; main()", *args]
    else:
        command = [str(BIN / "pyispyb"), *args]
    return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=timeout)


def assert_one_line(result, expected):
    """The command failed with status 2 and printed only ``error: <expected>`` on stderr."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.splitlines() == [f"error: {expected}"], result.stderr
    assert not re.search(r"\bready\b", result.stdout + result.stderr)


@pytest.fixture(scope="module")
def site_database(tmp_path_factory):
    """A small generated SQLite database to point configurations at."""
    path = tmp_path_factory.mktemp("site") / "site.sqlite"
    build_database(f"sqlite:///{path}", TINY)
    return path


def write_config(tmp_path, uri, extra="", enabled="true"):
    config = tmp_path / "config.yml"
    config.write_text(f"""server:
  SQLALCHEMY_DATABASE_URI: "{uri}"
  SECRET_KEY: "{TEST_SECRET}"
  AUTH:
    - dummy:
        ENABLED: {enabled}
        AUTH_MODULE: "pyispyb.kernel.auth.DummyAuthentication"
        AUTH_CLASS: "DummyAuthentication"
{extra}""")
    return config


def test_mysqldb_uri_without_the_mysql_extra(tmp_path):
    config = write_config(tmp_path, "mysql+mysqldb://root@127.0.0.1:3306/ispyb")
    result = pyispyb("serve", "--config", str(config), tmp_path=tmp_path,
                     python_prelude="import sys; sys.modules['MySQLdb'] = None")  # as if mysqlclient were absent
    assert_one_line(result, "database driver 'mysqldb' of the URI is not installed (pip install \"pyispyb[mysql]\"); "
                            "or write mysql:// without a driver to use the one installed")


def test_unknown_driver_in_the_uri():
    with pytest.raises(ConfigError, match="^database driver 'nosuch' of the URI is unknown"):
        build_config({"server": {"SQLALCHEMY_DATABASE_URI": "mysql+nosuch://h/db"}}, "test")


def test_misspelled_configuration_key_gets_a_suggestion(tmp_path, site_database):
    config = write_config(tmp_path, f"sqlite:///{site_database}", extra="  TOKEN_EXPIRY_TIME: 30\n")
    result = pyispyb("serve", "--config", str(config), tmp_path=tmp_path)
    assert_one_line(result, "unknown configuration key server.TOKEN_EXPIRY_TIME (did you mean 'TOKEN_EXP_TIME'?)")
    with pytest.raises(ConfigError, match=r"unknown key ENABLE \(did you mean 'ENABLED'\?\)"):
        build_config({"server": {"SQLALCHEMY_DATABASE_URI": "sqlite://", "AUTH": [
            {"x": {"ENABLE": True, "AUTH_MODULE": "m", "AUTH_CLASS": "C"}}]}}, "test")
    with pytest.raises(ConfigError, match=r"section 'servers' \(did you mean 'server'\?\)"):
        build_config({"servers": {}}, "test")


def test_serve_without_an_enabled_login_plugin(tmp_path, site_database):
    config = write_config(tmp_path, f"sqlite:///{site_database}", enabled="false")
    result = pyispyb("serve", "--config", str(config), "--port", "1", tmp_path=tmp_path)
    assert_one_line(result, "no authentication plugin is enabled in server.AUTH, so nobody can log in: set "
                            "ENABLED: true on one (see the AUTH section of ispyb_core_config_example.yml)")


def test_login_without_an_enabled_plugin_says_so(site_database, tmp_path):
    app = create_app(run_mode="test", overrides={"SQLALCHEMY_DATABASE_URI": f"sqlite:///{site_database}",
                                                 "SECRET_KEY": TEST_SECRET, "AUTH": [],
                                                 "TEMP_FOLDER": str(tmp_path)})  # its own login throttle
    response = app.test_client().post("/ispyb/api/v1/auth/login", json={"username": "a", "password": "b"})
    assert response.status_code == 401
    assert response.get_json()["message"] == "no authentication plugin is enabled on this server: nobody can log in"


def test_serve_on_a_port_in_use_fails_before_saying_ready(tmp_path, site_database):
    config = write_config(tmp_path, f"sqlite:///{site_database}")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = pyispyb("serve", "--config", str(config), "--port", str(port), tmp_path=tmp_path)
    assert_one_line(result, f"port {port} on 127.0.0.1 is already in use: stop what listens there or pick another "
                            "with --port")
    assert result.stdout == ""


def test_user_office_sync_without_a_plugin(tmp_path, site_database):
    config = write_config(tmp_path, f"sqlite:///{site_database}")
    result = pyispyb("user-office", "sync", "--config", str(config), "--run-mode", "test", tmp_path=tmp_path)
    assert_one_line(result, "no user-office plug-in is configured: set server.USER_OFFICE (MODULE, CLASS, CONFIG) "
                            "in the configuration, or import files with --document FILE")
    assert result.stdout == ""


def test_db_check_reports_once(tmp_path, site_database):
    lacking = tmp_path / "lacking.sqlite"
    lacking.write_bytes(site_database.read_bytes())
    with sqlite3.connect(lacking) as connection:
        connection.execute("DROP TABLE Screening")
    config = write_config(tmp_path, f"sqlite:///{lacking}")
    result = pyispyb("db", "check", "--config", str(config), "--run-mode", "test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Screening") == 1 and "missing tables (1): Screening" in result.stdout
    assert result.stderr == ""  # not again as log warnings


def test_db_check_on_an_unreachable_database(tmp_path):
    config = write_config(tmp_path, "mysql://nobody:hunter2@127.0.0.1:1/ispyb")
    result = pyispyb("db", "check", "--config", str(config), "--run-mode", "test", tmp_path=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: cannot connect to database") and "hunter2" not in result.stderr


def test_demo_data_on_mariadb_without_mysqlclient(tmp_path):
    schema = tmp_path / "schema"
    schema.mkdir()
    for name in ("tables.sql", "lookups.sql"):
        (schema / name).write_text("SELECT 1;\n")
    result = pyispyb("demo-data", "--database", "mysql://root@127.0.0.1:3306/pyispyb_never_created", "--load-schema",
                     str(schema), tmp_path=tmp_path, python_prelude="import sys; sys.modules['MySQLdb'] = None")
    assert_one_line(result, 'loading MariaDB/MySQL in bulk needs mysqlclient: pip install "pyispyb[mysql]" '
                            "(on Debian first apt-get install pkg-config libmariadb-dev gcc)")


def test_demo_data_on_an_unreachable_server(tmp_path):
    schema = tmp_path / "schema"
    schema.mkdir()
    for name in ("tables.sql", "lookups.sql"):
        (schema / name).write_text("SELECT 1;\n")
    result = pyispyb("demo-data", "--database", "mysql://root@127.0.0.1:1/ispyb", "--load-schema", str(schema),
                     tmp_path=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: database error: Can't connect to") and "Traceback" not in result.stderr


@pytest.mark.parametrize("args, expected", [
    (["demo-data", "--database", "sqlite://", "--scale", "abc"],
     "Invalid value for '--scale': 'abc' is not a valid float (see 'pyispyb demo-data --help')"),
    (["demo-data"], "Missing option '--database' (see 'pyispyb demo-data --help')"),
    (["serv"], "No such command 'serv'. Did you mean 'serve'? (see 'pyispyb --help')"),
])
def test_usage_errors_are_one_line(tmp_path, args, expected):
    assert_one_line(pyispyb(*args, tmp_path=tmp_path), expected)


def test_a_bare_command_prints_its_help(tmp_path):
    result = pyispyb(tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Usage: pyispyb [OPTIONS] COMMAND")
