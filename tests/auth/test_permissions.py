# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route guards: ``permission_required`` operators, ``authorization_rules`` tightening and opening routes."""

import pytest
from ruamel.yaml import YAML

from pyispyb import create_app
from pyispyb.kernel.exceptions import Forbidden, Unauthorized
from pyispyb.kernel.auth.decorators import authentication_required, permission_required
from pyispyb.config import ConfigError
from tests.conftest import app_settings

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")


@pytest.fixture
def call_as(app, auth):
    """Call a guarded function inside a request to ``path`` made by ``username`` holding ``names``."""

    def call(guarded, names=(), username="boaty", path=f"{API}/auth/me", method="GET", token=True):
        headers = auth.headers(username, names) if token else {}
        with app.test_request_context(path, method=method, headers=headers):
            return guarded()

    return call


def _ok():
    return "called"


@pytest.mark.parametrize("operator, required, held, allowed", [
    ("any", ["a", "b"], ["a"], True),
    ("any", ["a", "b"], ["b", "z"], True),
    ("any", ["a", "b"], ["z"], False),
    ("any", ["a"], [], False),
    ("all", ["a", "b"], ["a", "b"], True),
    ("all", ["a", "b"], ["a", "b", "c"], True),  # py-ispyb 1.x had this inverted (user's set inside required)
    ("all", ["a", "b"], ["a"], False),
    ("all", ["a", "b"], ["a", "c"], False),
    ("any", ["a", "b"], ["admin"], True),
    ("all", ["a", "b"], ["manager"], True),
])
def test_permission_operators(call_as, operator, required, held, allowed):
    guarded = permission_required(operator, required)(_ok)
    if allowed:
        assert call_as(guarded, held) == "called"
    else:
        with pytest.raises(Forbidden):
            call_as(guarded, held)


@pytest.mark.parametrize("operator, required, held, message", [
    ("any", ["a", "b"], ["z"], "user 'boaty' needs one of the permissions a, b"),
    ("any", ["a"], [], "user 'boaty' needs the permission a"),
    ("all", ["a", "b", "c"], ["b"], "user 'boaty' needs the permissions a, c"),
    ("all", ["a", "b"], ["a"], "user 'boaty' needs the permission b"),
])
def test_refusals_name_the_missing_permissions(call_as, operator, required, held, message):
    with pytest.raises(Forbidden) as info:
        call_as(permission_required(operator, required)(_ok), held)
    assert info.value.message == message


def test_a_single_permission_may_be_given_as_a_string(call_as):
    guarded = permission_required("any", "own_proposals")(_ok)
    assert call_as(guarded, ["own_proposals"]) == "called"
    with pytest.raises(Forbidden):
        call_as(guarded, ["o", "w", "n"])


@pytest.mark.parametrize("operator, permissions", [("some", ["a"]), ("any", []), ("all", [""]), ("any", [None])])
def test_malformed_guards_fail_at_import_time(operator, permissions):
    with pytest.raises(ValueError):
        permission_required(operator, permissions)


@pytest.mark.parametrize("guard", [authentication_required, permission_required("any", ["a"])])
def test_guards_without_a_token_are_401(call_as, guard):
    with pytest.raises(Unauthorized, match="Authorization header is expected"):
        call_as(guard(_ok), token=False)


@pytest.fixture
def rules(app, monkeypatch):
    """Set the ``authorization_rules`` of the test application for one test."""
    return lambda mapping: monkeypatch.setitem(app.config, "AUTHORIZATION_RULES", mapping)


def test_a_rule_tightens_a_route(client, auth, rules):
    rules({"proposals": {"get": ["staff"]}})
    response = client.get(f"{API}/proposals", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403
    assert response.get_json()["message"] == ("user 'boaty' needs one of the groups or permissions staff for GET "
                                              "proposals (site authorization rule)")
    assert client.get(f"{API}/proposals/37027", headers=auth.headers("boaty", OWNER)).status_code == 200


def test_ownership_still_applies_to_callers_a_rule_lets_in(client, auth, rules):
    rules({"proposals": {"get": ["staff"]}, "proposal_by_id": {"get": ["all"]}})
    staff = auth.headers("boaty", OWNER + ("staff",))
    assert client.get(f"{API}/proposals", headers=staff).get_json()["data"]["total"] == 1
    assert client.get(f"{API}/proposals/141666", headers=staff).status_code == 403
    response = client.get(f"{API}/proposals/37027", headers=auth.headers("boaty", ()))
    assert response.status_code == 403
    assert "own_proposals" in response.get_json()["message"]


def test_admins_pass_every_rule(client, auth, rules):
    rules({"proposals": {"get": ["staff"]}, "sessions": {"get": []}})
    assert client.get(f"{API}/proposals", headers=auth.headers("chief", ["admin"])).status_code == 200
    assert client.get(f"{API}/sessions", headers=auth.headers("chief", ["admin"])).status_code == 200
    assert client.get(f"{API}/sessions", headers=auth.headers("boaty", OWNER)).status_code == 403


def test_a_rule_applies_only_to_its_methods(client, auth, rules):
    rules({"proposals": {"post": ["nobody"]}})
    assert client.get(f"{API}/proposals", headers=auth.headers("boaty", OWNER)).status_code == 200


def test_a_rule_replaces_the_permissions_a_route_requires(call_as, rules):
    guarded = permission_required("all", ["write_proposals", "all_proposals"])(_ok)
    path = f"{API}/proposals"
    with pytest.raises(Forbidden):
        call_as(guarded, ["own_proposals"], path=path)
    rules({"proposals": {"get": ["all"]}})
    assert call_as(guarded, ["own_proposals"], path=path) == "called"
    rules({"proposals": {"get": ["reviewers"]}})
    assert call_as(guarded, ["reviewers"], path=path) == "called"
    with pytest.raises(Forbidden, match="site authorization rule"):
        call_as(guarded, ["write_proposals", "all_proposals"], path=path)


def write_config(tmp_path, database, rules):
    """Write a YAML configuration with ``authorization_rules`` and return its path."""
    path = tmp_path / "rules.yml"
    server = app_settings(database, TEMP_FOLDER=str(tmp_path))
    with path.open("w") as out:
        YAML(typ="safe", pure=True).dump({"server": server, "authorization_rules": rules}, out)
    return path


def test_rules_from_the_configuration_file_apply(tmp_path, database):
    app = create_app(write_config(tmp_path, database, {"sessions": {"GET": ["staff"]}}), run_mode="test")
    client = app.test_client()
    token = client.post(f"{API}/auth/login", json={"username": "boaty", "password": "own_sessions"}).get_json()["token"]
    assert client.get(f"{API}/sessions", headers={"Authorization": f"Bearer {token}"}).status_code == 403


def test_a_rule_for_an_unknown_endpoint_stops_the_start(tmp_path, database):
    with pytest.raises(ConfigError, match=r"authorization_rules.proposal: no route .* \(did you mean 'proposals'\?\)"):
        create_app(write_config(tmp_path, database, {"proposal": {"get": ["staff"]}}), run_mode="test")


def test_a_rule_on_a_public_route_stops_the_start(tmp_path, database):
    with pytest.raises(ConfigError, match="authorization_rules.login: this route is public"):
        create_app(write_config(tmp_path, database, {"login": {"post": ["staff"]}}), run_mode="test")
