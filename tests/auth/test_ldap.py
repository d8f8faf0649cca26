# SPDX-License-Identifier: LGPL-3.0-or-later
"""LDAP plugin against a real slapd: binds, groups, hostile usernames, empty passwords, TLS, timeouts."""

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.kernel.auth.plugins.ldap import LdapAuthentication
from pyispyb.config import ConfigError
from tests.auth.certificates import write_ca_and_server_certificate
from tests.auth.conftest import ldap_config
from tests.auth.ldap_directory import HIDDEN_PASSWORD, PEOPLE, READER_DN, READER_PASSWORD, USERS, free_port

LOGIN = "/ispyb/api/v1/auth/login"
ME = "/ispyb/api/v1/auth/me"
SEARCH = {"LDAP_USER_DN_TEMPLATE": None, "LDAP_USER_SEARCH_BASE": PEOPLE}
HOSTILE_USERNAMES = ["*", ")(uid=*", "*)(|(uid=*", "alice)(|(uid=*", "admin,ou=x", "uid=alice,ou=People",
                     "alice\x00", "alice\x00garbage", "\x00", "a" * 10000, "\\2a", "#alice", "al\nice"]


def plugin(config, name="test-ldap"):
    """Return a configured LDAP plugin."""
    instance = LdapAuthentication()
    instance.name = name
    instance.configure(config)
    return instance


def login(client, plugin_name, username, password):
    return client.post(LOGIN, json={"plugin": plugin_name, "username": username, "password": password})


def test_user_logs_in_with_directory_groups_and_their_database_permissions(client, slapd, directory):
    directory.group("staff", ["own_proposals", "own_sessions"])
    response = login(client, "ldap", "alice", USERS["alice"])
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["username"] == "alice"
    assert body["groups"] == ["mx_users", "staff"]
    assert body["permissions"] == ["own_proposals", "own_sessions"]


@pytest.mark.parametrize("plugin_name", ["ldap", "ldap_search"])
def test_wrong_password_is_401_without_details(client, slapd, plugin_name):
    response = login(client, plugin_name, "alice", "not-her-password")
    assert response.status_code == 401
    assert response.get_json() == {"message": "Could not verify: wrong credentials"}


@pytest.mark.parametrize("plugin_name", ["ldap", "ldap_search"])
@pytest.mark.parametrize("username", HOSTILE_USERNAMES)
@pytest.mark.parametrize("password", [USERS["alice"], USERS["admin"], HIDDEN_PASSWORD])
def test_hostile_usernames_never_log_in(client, slapd, plugin_name, username, password):
    response = login(client, plugin_name, username, password)
    assert response.status_code == 401, (username, response.get_json())


@pytest.mark.parametrize("config", [{}, SEARCH], ids=["template", "search"])
def test_escaped_dn_cannot_reach_another_entry(slapd, config):
    """``admin,ou=x`` unescaped would be the DN of the hidden entry uid=admin,ou=x,ou=People."""
    ldap = plugin(ldap_config(slapd.uri, **config))
    assert ldap.get_user_and_groups("admin,ou=x", HIDDEN_PASSWORD, None) is None


@pytest.mark.parametrize("pattern, owner", [("smith*", "smith, john"), ("bo*b", "bob"), ("al*", "alice")])
def test_wildcards_in_a_search_are_literal(slapd, pattern, owner):
    """Unescaped, ``(uid=al*)`` would find alice alone, and her password would log ``al*`` in as her."""
    ldap = plugin(ldap_config(slapd.uri, **SEARCH))
    assert ldap.get_user_and_groups(pattern, USERS[owner], None) is None


def test_a_search_finding_several_entries_logs_nobody_in(slapd):
    """uid=admin exists under ou=People and under ou=x,ou=People: ambiguous, so refused."""
    assert plugin(ldap_config(slapd.uri, **SEARCH)).get_user_and_groups("admin", USERS["admin"], None) is None
    assert plugin(ldap_config(slapd.uri)).get_user_and_groups("admin", USERS["admin"], None).username == "admin"


@pytest.mark.parametrize("plugin_name", ["ldap", "ldap_search"])
@pytest.mark.parametrize("username", ["alice", "nopass", "admin,ou=x"])
@pytest.mark.parametrize("password", ["", None])
def test_empty_password_never_binds(client, slapd, plugin_name, username, password):
    response = login(client, plugin_name, username, password)
    assert response.status_code == 401


def test_empty_password_is_refused_before_contacting_the_directory():
    closed = plugin(ldap_config(f"ldap://127.0.0.1:{free_port()}"))
    assert closed.get_user_and_groups("alice", "", None) is None  # not a 503: nothing was sent
    with pytest.raises(ServiceUnavailable):
        closed.get_user_and_groups("alice", "some-password", None)


@pytest.mark.parametrize("config", [{}, SEARCH], ids=["template", "search"])
@pytest.mark.parametrize("username", ["smith, john", "star*"])
def test_usernames_with_special_characters_are_escaped_not_refused(slapd, config, username):
    identity = plugin(ldap_config(slapd.uri, **config)).get_user_and_groups(username, USERS[username], None)
    assert identity is not None and identity.username == username


def test_search_then_bind_adds_database_and_default_groups(client, slapd, directory):
    directory.group("readers", ["all_proposals"])
    directory.member("boaty", "readers")
    response = login(client, "ldap_search", "boaty", USERS["boaty"])
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["groups"] == ["ldap_users", "readers"]
    assert response.get_json()["permissions"] == ["all_proposals"]


@pytest.mark.parametrize("plugin_name", ["ldap", "ldap_search"])
@pytest.mark.parametrize("spelling", ["ALICE", " alice", "alice "])
def test_login_takes_the_directory_spelling_of_the_name(client, slapd, plugin_name, spelling):
    """The directory matches uid case- and space-insensitively; the token carries its spelling."""
    response = login(client, plugin_name, spelling, USERS["alice"])
    assert response.status_code == 200
    assert response.get_json()["username"] == "alice"


def test_directory_admin_group_makes_an_admin(client, slapd):
    token = login(client, "ldap", "admin", USERS["admin"]).get_json()["token"]
    me = client.get(ME, headers={"Authorization": f"Bearer {token}"}).get_json()
    assert me["is_admin"] is True and me["groups"] == ["admin"]


def test_unreachable_directory_is_503_without_internals(client, app, monkeypatch):
    ldap = app.extensions["ispyb_auth"].plugins["ldap"]
    monkeypatch.setattr(ldap, "server", plugin(ldap_config(f"ldap://127.0.0.1:{free_port()}")).server)
    response = login(client, "ldap", "alice", "whatever")
    assert response.status_code == 503
    assert response.get_json() == {"message": "the LDAP directory is unavailable, try again later"}


def test_a_silent_directory_times_out():
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        ldap = plugin(ldap_config(f"ldap://127.0.0.1:{silent.getsockname()[1]}", LDAP_RECEIVE_TIMEOUT=1))
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable):
            ldap.get_user_and_groups("alice", "secret", None)
        assert time.monotonic() - started < 5


def test_search_account_with_a_wrong_password_is_503(slapd):
    ldap = plugin(ldap_config(slapd.uri, **SEARCH, LDAP_BIND_DN=READER_DN, LDAP_BIND_PASSWORD="wrong"))
    with pytest.raises(ServiceUnavailable):
        ldap.get_user_and_groups("alice", USERS["alice"], None)


@pytest.mark.parametrize("transport", ["ldaps", "starttls"])
def test_tls_with_the_directory_ca(slapd, transport):
    uri = slapd.tls_uri if transport == "ldaps" else slapd.uri
    ldap = plugin(ldap_config(uri, LDAP_START_TLS=transport == "starttls", LDAP_TLS_CA_FILE=slapd.ca_file))
    assert ldap.get_user_and_groups("bob", USERS["bob"], None).groups == ["mx_users"]


@pytest.mark.parametrize("transport", ["ldaps", "starttls"])
def test_tls_with_an_unknown_ca_is_refused(slapd, transport, tmp_path):
    other_ca = write_ca_and_server_certificate(tmp_path, "another CA").ca
    uri = slapd.tls_uri if transport == "ldaps" else slapd.uri
    ldap = plugin(ldap_config(uri, LDAP_START_TLS=transport == "starttls", LDAP_TLS_CA_FILE=str(other_ca)))
    with pytest.raises(ServiceUnavailable):
        ldap.get_user_and_groups("bob", USERS["bob"], None)


def test_concurrent_logins_each_get_their_own_identity(slapd):
    ldap = plugin(ldap_config(slapd.uri, **SEARCH, LDAP_BIND_DN=READER_DN, LDAP_BIND_PASSWORD=READER_PASSWORD))
    attempts = [(u, USERS[u]) for u in ("alice", "bob", "boaty", "smith, john", "star*")] * 8
    attempts += [("bob", USERS["alice"]), ("alice", USERS["bob"])] * 5
    barrier = threading.Barrier(8)

    def attempt(credentials):
        username, password = credentials
        try:
            barrier.wait(timeout=5)
        except threading.BrokenBarrierError:
            pass
        identity = ldap.get_user_and_groups(username, password, None)
        return credentials, identity.username if identity else None

    with ThreadPoolExecutor(max_workers=8) as pool:
        for (username, password), result in pool.map(attempt, attempts):
            assert result == (username if USERS[username] == password else None)


@pytest.mark.parametrize("change, message", [
    ({"LDAP_USER_SEARCH_BASE": PEOPLE}, "one of them"),
    ({"LDAP_USER_DN_TEMPLATE": None}, "one of them"),
    ({"LDAP_USER_DN_TEMPLATE": "uid=x,ou=People"}, "{username}"),
    ({"LDAP_USER_DN_TEMPLATE": "uid={user},ou=People"}, "placeholder"),
    ({"LDAP_GROUP_FILTER": "(member={dn})"}, "placeholders"),
    ({"LDAP_BIND_DN": READER_DN}, "LDAP_BIND_PASSWORD"),
    ({"LDAP_URI": None}, "LDAP_URI is required"),
    ({"LDAP_PASWORD": "typo"}, "unknown CONFIG key LDAP_PASWORD"),
    ({"LDAP_RECEIVE_TIMEOUT": "ten"}, "wrong type"),
])
def test_bad_configuration_is_refused_with_the_plugin_name(change, message, monkeypatch):
    monkeypatch.delenv("ISPYB_LDAP_BIND_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="LDAP plugin 'test-ldap'") as info:
        plugin(ldap_config("ldap://127.0.0.1:1", **change))
    assert message in str(info.value)


def test_bind_password_may_come_from_the_environment(monkeypatch, slapd):
    monkeypatch.setenv("ISPYB_LDAP_BIND_PASSWORD", READER_PASSWORD)
    ldap = plugin(ldap_config(slapd.uri, **SEARCH, LDAP_BIND_DN=READER_DN))
    assert ldap.get_user_and_groups("alice", USERS["alice"], None).username == "alice"


@pytest.mark.parametrize("name", ["ispyb_core_config_example.yml", "ispyb_ssx_config_example.yml"])
def test_example_configuration_of_the_plugin_is_valid(name):
    data = YAML(typ="safe").load((Path(__file__).parents[2] / name).read_text())
    entry = next(e["ldap"] for e in data["server"]["AUTH"] if "ldap" in e)
    assert entry["AUTH_CLASS"] == "LdapAuthentication"
    assert plugin(entry["CONFIG"]).options["LDAP_URI"] == "ldaps://ldap.example.org"
