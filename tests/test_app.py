# SPDX-License-Identifier: LGPL-3.0-or-later
"""Application factory: run modes, embedded demo, services, Swagger, JSON errors."""

import tempfile
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV2SpecValidator

from pyispyb import create_app
from pyispyb.config import ConfigError
from tests.conftest import DUMMY_AUTH, TEST_SECRET

STRONG = "a-production-secret-key-with-plenty-of-entropy-0123456789"


@pytest.fixture
def no_env(monkeypatch):
    """Clear the environment variables create_app reads."""
    for name in ("ISPYB_CONFIG", "ISPYB_RUN_MODE", "ISPYB_DATABASE_URI", "ISPYB_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_prod_without_configuration_is_refused(no_env):
    with pytest.raises(ConfigError, match="no configuration file"):
        create_app()


def test_dev_without_configuration_serves_the_demo(no_env, monkeypatch, tmp_path):
    monkeypatch.setenv("ISPYB_DEMO_DIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # a private default auth store (failed logins)
    app = create_app(run_mode="dev")
    assert app.config["DEMO_DATABASE"]
    assert (tmp_path / "demo.sqlite").exists()
    client = app.test_client()
    token = client.post("/ispyb/api/v1/auth/login", json={"username": "demo_pi", "password": "own_proposals"})
    assert token.status_code == 200
    headers = {"Authorization": f"Bearer {token.get_json()['token']}"}
    proposals = client.get("/ispyb/api/v1/proposals", headers=headers).get_json()
    assert proposals["data"]["total"] >= 1
    again = create_app(run_mode="dev")  # second start reuses the database and the key
    assert again.config["SECRET_KEY"] == app.config["SECRET_KEY"]


def test_unreachable_database_starts_and_answers_503(no_env, caplog):
    app = create_app(run_mode="test", overrides={"SQLALCHEMY_DATABASE_URI": "mysql://nobody:hunter2@127.0.0.1:1/ispyb",
                                                 "SECRET_KEY": TEST_SECRET, "AUTH": DUMMY_AUTH})
    client = app.test_client()
    login = client.post("/ispyb/api/v1/auth/login",
                        json={"plugin": "dummy", "username": "a", "password": "all_proposals"})
    token = login.get_json()["token"]
    answer = client.get("/ispyb/api/v1/proposals", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 503
    assert answer.headers["Retry-After"].isdecimal()
    assert "database" in answer.get_json()["message"]
    assert "hunter2" not in caplog.text and "Traceback" not in caplog.text


def test_wrong_credentials_stop_the_start_without_echoing_the_password(no_env):
    from tests.conftest import IN_CI, MARIADB_SERVER, mariadb_available

    reason = mariadb_available()
    if reason:
        pytest.fail(reason) if IN_CI else pytest.skip(reason)
    uri = MARIADB_SERVER.replace("://root@", "://nobody_at_all:hunter2@") + "/ispyb"
    with pytest.raises(ConfigError, match="cannot use database") as info:
        create_app(run_mode="test", overrides={"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": TEST_SECRET})
    assert "hunter2" not in str(info.value)


def test_prod_refuses_dummy_plugin(no_env, tmp_path):
    with pytest.raises(ConfigError, match="Dummy"):
        create_app(run_mode="prod", overrides={"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.sqlite",
                                               "SECRET_KEY": STRONG, "AUTH": DUMMY_AUTH})


def test_configuration_file_from_environment(no_env, monkeypatch, tmp_path):
    config = tmp_path / "config.yml"
    config.write_text(f"server:\n  SQLALCHEMY_DATABASE_URI: 'sqlite:///{tmp_path}/site.sqlite'\n  SERVICES: [core]\n")
    monkeypatch.setenv("ISPYB_CONFIG", str(config))
    monkeypatch.setenv("ISPYB_SECRET_KEY", STRONG)
    app = create_app()
    assert app.config["RUN_MODE"] == "prod"
    assert app.config["SERVICES"] == ["core"]
    assert app.config["SECRET_KEY"] == STRONG


def test_swagger_ui_and_valid_spec(app):
    client = app.test_client()
    assert client.get("/ispyb/api/v1/docs").status_code == 200
    spec = client.get("/ispyb/api/v1/swagger.json").get_json()
    validate(spec, cls=OpenAPIV2SpecValidator)
    assert spec["securityDefinitions"]["bearer"]["in"] == "header"
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert operation.get("summary"), f"{method.upper()} {path} has no summary"


def test_root_redirects_to_the_documentation(app):
    response = app.test_client().get("/")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/ispyb/api/v1/docs")


def test_unknown_route_and_method_answer_json(app):
    client = app.test_client()
    missing = client.get("/ispyb/api/v1/nothing-here")
    assert missing.status_code == 404 and "message" in missing.get_json()
    wrong = client.delete("/ispyb/api/v1/auth/login")
    assert wrong.status_code == 405 and "message" in wrong.get_json()


def test_cors_preflight(app):
    response = app.test_client().options("/ispyb/api/v1/proposals", headers={
        "Origin": "https://exi.example.org", "Access-Control-Request-Method": "GET"})
    assert response.headers.get("Access-Control-Allow-Origin") in ("*", "https://exi.example.org")


@pytest.mark.parametrize("name", ["ispyb_core_config_example.yml", "ispyb_ssx_config_example.yml"])
def test_example_configurations_start_in_production(no_env, monkeypatch, database, name):
    monkeypatch.setenv("ISPYB_DATABASE_URI", database.uri)
    monkeypatch.setenv("ISPYB_SECRET_KEY", STRONG)
    app = create_app(str(Path(__file__).resolve().parents[1] / name), "prod")
    assert app.config["AUTHORIZATION_RULES"]["proposals"] == {"post": ["admin", "manager"]}
    assert app.test_client().get("/ispyb/api/v1/swagger.json").status_code == 200


def test_db_check_says_the_database_is_unavailable(tmp_path):
    import subprocess
    import sys

    config = tmp_path / "config.yml"
    config.write_text(f'server:\n  SQLALCHEMY_DATABASE_URI: "mysql://nobody:hunter2@127.0.0.1:1/ispyb"\n'
                      f'  SECRET_KEY: "{TEST_SECRET}"\n')
    result = subprocess.run([str(Path(sys.executable).parent / "pyispyb"), "db", "check", "--config", str(config),
                             "--run-mode", "test"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "unavailable" in result.stderr and "Traceback" not in result.stderr and "hunter2" not in result.stderr
