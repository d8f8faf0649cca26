# SPDX-License-Identifier: LGPL-3.0-or-later
"""Configuration: YAML loading, key checks, run modes, production refusals, example files."""

from pathlib import Path

import pytest

from pyispyb.config import (
    SETTINGS, ConfigError, build_config, current_module_name, load_config, read_yaml, resolve_run_mode,
)

ROOT = Path(__file__).resolve().parents[1]
STRONG = "a-production-secret-key-with-plenty-of-entropy-0123456789"
SQLITE = "sqlite:///:memory:"


def write(tmp_path, text):
    path = tmp_path / "config.yml"
    path.write_text(text)
    return path


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.yml", "dev")


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "server:\n  API_ROOT: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML at line"):
        read_yaml(path)


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "server: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(ConfigError):
        load_config(path, "dev")


def test_unknown_key_is_named(tmp_path):
    path = write(tmp_path, f"server:\n  SQLALCHEMY_DATABASE_URI: '{SQLITE}'\n  TOKEN_LIFETIME: 5\n")
    with pytest.raises(ConfigError, match="unknown configuration key server.TOKEN_LIFETIME"):
        load_config(path, "dev")


def test_unknown_section_is_named(tmp_path):
    path = write(tmp_path, f"server:\n  SQLALCHEMY_DATABASE_URI: '{SQLITE}'\nclients: {{}}\n")
    with pytest.raises(ConfigError, match="unknown configuration section 'clients'"):
        load_config(path, "dev")


@pytest.mark.parametrize("key, value, message", [
    ("TOKEN_EXP_TIME", "'ten'", "TOKEN_EXP_TIME must be an integer"),
    ("TOKEN_EXP_TIME", "true", "TOKEN_EXP_TIME must be an integer"),
    ("SERVICES", "core", "SERVICES must be a list"),
    ("SERVICES", "[core, mx]", "'mx' is not one of"),
    ("LOG_LEVEL", "LOUD", "LOG_LEVEL"),
    ("AUTH", "[{dummy: {ENABLED: yes-please}}]", "AUTH"),
])
def test_wrong_types_are_named(tmp_path, key, value, message):
    path = write(tmp_path, f"server:\n  SQLALCHEMY_DATABASE_URI: '{SQLITE}'\n  {key}: {value}\n")
    with pytest.raises(ConfigError, match=message):
        load_config(path, "dev")


@pytest.mark.parametrize("uri, message", [
    ("not a uri", "not a valid database URI"),
    ("postgresql://localhost/ispyb", "not supported"),
])
def test_bad_database_uri(uri, message):
    with pytest.raises(ConfigError, match=message):
        build_config({"server": {"SQLALCHEMY_DATABASE_URI": uri}}, "dev", environ={})


def test_environment_overrides_uri_and_secret():
    config = build_config({"server": {"SQLALCHEMY_DATABASE_URI": "mysql://a@b/c"}}, "prod",
                          environ={"ISPYB_DATABASE_URI": SQLITE, "ISPYB_SECRET_KEY": STRONG})
    assert config.server["SQLALCHEMY_DATABASE_URI"] == SQLITE
    assert config.server["SECRET_KEY"] == STRONG


@pytest.mark.parametrize("secret", [None, "short", "a" * 64])
def test_prod_refuses_weak_secret(secret):
    server = {"SQLALCHEMY_DATABASE_URI": SQLITE, "SECRET_KEY": secret}
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        build_config({"server": server}, "prod", environ={})


def test_prod_refuses_dummy_plugin_but_dev_allows_it():
    dummy = [{"dummy": {"ENABLED": True, "AUTH_MODULE": "pyispyb.kernel.auth.DummyAuthentication",
                        "AUTH_CLASS": "DummyAuthentication", "CONFIG": {}}}]
    server = {"SQLALCHEMY_DATABASE_URI": SQLITE, "SECRET_KEY": STRONG, "AUTH": dummy}
    with pytest.raises(ConfigError, match="Dummy"):
        build_config({"server": server}, "prod", environ={})
    assert build_config({"server": server}, "dev", environ={}).server["AUTH"] == dummy


def test_disabled_dummy_plugin_is_fine_in_prod():
    dummy = [{"dummy": {"ENABLED": False, "AUTH_MODULE": "x", "AUTH_CLASS": "DummyAuthentication"}}]
    config = build_config({"server": {"SQLALCHEMY_DATABASE_URI": SQLITE, "SECRET_KEY": STRONG, "AUTH": dummy}},
                          "prod", environ={})
    assert config.run_mode == "prod"


def test_dev_generates_a_secret_when_none_is_given():
    config = build_config({"server": {"SQLALCHEMY_DATABASE_URI": SQLITE}}, "dev", environ={})
    assert len(config.server["SECRET_KEY"]) >= 32


def test_run_mode_resolution(monkeypatch):
    monkeypatch.delenv("ISPYB_RUN_MODE", raising=False)
    assert resolve_run_mode() == "prod"
    monkeypatch.setenv("ISPYB_RUN_MODE", "test")
    assert resolve_run_mode() == "test"
    assert resolve_run_mode("dev") == "dev"
    with pytest.raises(ConfigError, match="run mode"):
        resolve_run_mode("staging")


def test_authorization_rules_are_checked():
    server = {"SQLALCHEMY_DATABASE_URI": SQLITE}
    with pytest.raises(ConfigError, match="not an HTTP method"):
        build_config({"server": server, "authorization_rules": {"proposals": {"fetch": ["x"]}}}, "dev", environ={})
    config = build_config({"server": server, "authorization_rules": {"proposals": {"GET": ["staff"]}}},
                          "dev", environ={})
    assert config.authorization_rules == {"proposals": {"get": ["staff"]}}


@pytest.mark.parametrize("name", ["ispyb_core_config_example.yml", "ispyb_ssx_config_example.yml"])
def test_example_configs_document_every_key_and_load(name):
    text = (ROOT / name).read_text()
    undocumented = [key for key in SETTINGS if f"  {key}:" not in text]
    assert not undocumented, f"{name} does not document {undocumented}"
    config = build_config(read_yaml(ROOT / name), "prod", environ={"ISPYB_SECRET_KEY": STRONG})
    assert config.server["API_ROOT"] == "/ispyb/api/v1"


@pytest.mark.parametrize("old, new", [
    ("pyispyb.app.extensions.auth.plugins.ldap", "pyispyb.kernel.auth.plugins.ldap"),
    ("pyispyb.app.extensions.auth.DummyAuthentication", "pyispyb.kernel.auth.DummyAuthentication"),
    ("pyispyb.app.extensions.user_office.json_documents", "pyispyb.kernel.user_office.json_documents"),
    ("site.auth", "site.auth"),
    ("pyispyb.app.extensions.authority", "pyispyb.app.extensions.authority"),
])
def test_module_paths_of_older_configurations_still_load(old, new):
    assert current_module_name(old) == new
