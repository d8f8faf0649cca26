# SPDX-License-Identifier: LGPL-3.0-or-later
"""Groups and permissions from the database (UserGroup_has_Person, UserGroup_has_Permission), on every backend."""

import pytest

from pyispyb.kernel.auth.groups import find_person, group_permissions, user_groups

LOGIN = "/ispyb/api/v1/auth/login"
ME = "/ispyb/api/v1/auth/me"


@pytest.fixture
def ctx(app, db_transaction):
    """An application context whose session sees the test's rows."""
    with app.app_context():
        yield


def test_reference_vocabulary_gives_the_groups_permissions(ctx):
    permissions = group_permissions(["super_admin"])
    assert {"mx_admin", "super_admin", "em_admin", "all_dewars"} <= set(permissions)
    assert permissions == sorted(permissions)


@pytest.mark.parametrize("groups", [["no_such_group"], [], None, ["x" * 500], [None, 42], ["'; DROP TABLE x; --"]])
def test_unknown_or_malformed_groups_give_no_permission_and_never_fail(ctx, groups):
    assert group_permissions(groups) == []


def test_known_and_unknown_groups_mix(ctx, directory):
    directory.group("beamline_staff", ["all_sessions", "write_beamline"])
    assert group_permissions(["beamline_staff", "nobody_knows"]) == ["all_sessions", "write_beamline"]


def test_short_stored_spellings_stand_for_the_long_names(ctx, directory):
    directory.group("pipelines", ["write_datacoll", "write_process"])
    assert group_permissions(["pipelines"]) == ["write_data_collections", "write_processing"]


def test_person_groups_come_from_user_group_has_person(ctx, directory):
    directory.member("boaty", "mx_admin")
    directory.member("boaty", "reviewers")
    directory.member("someone_else", "prop_admin")
    assert user_groups("boaty") == ["mx_admin", "reviewers"]
    assert user_groups("nobody") == []
    assert user_groups(None) == []


def test_person_lookup_by_login(ctx):
    assert find_person("boaty")["personId"] == 1
    assert find_person("nobody") is None


def test_group_permissions_is_one_query(ctx, count_queries):
    with count_queries() as counted:
        group_permissions(["super_admin", "mx_admin", "unknown"])
    assert counted.count == 1


def test_database_groups_and_default_permissions_make_the_token(client, app, keycloak, directory, monkeypatch):
    monkeypatch.setitem(app.config, "DEFAULT_PERMISSIONS", ["own_sessions"])
    directory.group("proposal_readers", ["own_proposals"])
    directory.member("boaty", "proposal_readers")
    body = client.post(LOGIN, json={"plugin": "keycloak", "token": keycloak.mint("boaty")}).get_json()
    assert body["groups"] == ["proposal_readers"]
    assert body["permissions"] == ["own_proposals", "own_sessions"]


@pytest.mark.parametrize("group", ["admin", "manager"])
def test_admin_groups_hold_every_permission(client, keycloak, directory, group):
    directory.member("stranger", group)
    token = client.post(LOGIN, json={"plugin": "keycloak", "token": keycloak.mint("stranger")}).get_json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get(ME, headers=headers).get_json()["is_admin"] is True
    assert client.get("/ispyb/api/v1/proposals", headers=headers).get_json()["data"]["total"] == 2
    assert client.get("/ispyb/api/v1/sessions/339525", headers=headers).status_code == 200
