# SPDX-License-Identifier: LGPL-3.0-or-later
"""Logout and revocation, failed-login throttling (429), login logs, client addresses behind proxies."""

import pytest

from pyispyb import create_app
from tests.conftest import app_settings

LOGIN = "/ispyb/api/v1/auth/login"
LOGOUT = "/ispyb/api/v1/auth/logout"
ME = "/ispyb/api/v1/auth/me"
SECRET_PASSWORD = "Sup3r-Secret-Passw0rd!"


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def dummy_token(client, username="boaty", permissions="own_proposals"):
    response = client.post(LOGIN, json={"plugin": "dummy", "username": username, "password": permissions})
    return response.get_json()["token"]


def keycloak_login(client, password, address, username="boaty"):
    return client.post(LOGIN, json={"plugin": "keycloak", "username": username, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def test_logout_revokes_the_token_and_only_that_token(client):
    token, other = dummy_token(client), dummy_token(client)
    assert client.get(ME, headers=bearer(token)).status_code == 200
    assert client.post(LOGOUT, headers=bearer(token)).status_code == 204
    response = client.get(ME, headers=bearer(token))
    assert response.status_code == 401
    assert "revoked" in response.get_json()["message"]
    assert client.post(LOGOUT, headers=bearer(token)).status_code == 401
    assert client.get(ME, headers=bearer(other)).status_code == 200


def test_revoked_token_is_refused_by_data_routes(client):
    token = dummy_token(client)
    client.post(LOGOUT, headers=bearer(token))
    assert client.get("/ispyb/api/v1/proposals", headers=bearer(token)).status_code == 401


def test_logout_needs_a_token(client):
    response = client.post(LOGOUT)
    assert response.status_code == 401
    assert response.get_json() == {"message": "Authorization header is expected"}


def test_revocation_is_seen_by_another_app_sharing_the_store(client, app, database):
    token = dummy_token(client)
    client.post(LOGOUT, headers=bearer(token))
    twin = create_app(run_mode="test", overrides=app_settings(database, TEMP_FOLDER=app.config["TEMP_FOLDER"],
                                                                    STATE_FOLDER=app.config["STATE_FOLDER"]))
    assert twin.test_client().get(ME, headers=bearer(token)).status_code == 401
    assert twin.test_client().get(ME, headers=bearer(dummy_token(client))).status_code == 200


THROTTLED_KEYS = ["user:boaty", "user:stranger"] + [f"user:guess{i}" for i in range(5)]


@pytest.fixture
def limits(app, monkeypatch):
    """Low login limits for one test (3 failures per user name, 5 per address, in 60 s), from a clean slate."""
    monkeypatch.setitem(app.config, "LOGIN_MAX_FAILURES", 3)
    monkeypatch.setitem(app.config, "LOGIN_MAX_ADDRESS_FAILURES", 5)
    monkeypatch.setitem(app.config, "LOGIN_FAILURE_WINDOW", 60)
    store = app.extensions["ispyb_auth"].store
    for key in THROTTLED_KEYS:
        store.clear_failures(key)
    yield
    for key in THROTTLED_KEYS:
        store.clear_failures(key)


def test_repeated_failures_for_a_user_name_are_429_even_with_the_right_password(client, keycloak, limits):
    for _ in range(3):
        assert keycloak_login(client, "wrong", "10.0.1.1").status_code == 401
    response = keycloak_login(client, "boaty-kc", "10.0.1.2")
    assert response.status_code == 429
    assert "this user name" in response.get_json()["message"]
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert keycloak_login(client, "stranger-kc", "10.0.1.2", username="stranger").status_code == 200


def test_user_names_are_counted_case_insensitively(client, keycloak, limits):
    for name in ("Boaty", "BOATY", "boaty"):
        keycloak_login(client, "wrong", "10.0.2.1", username=name)
    assert keycloak_login(client, "boaty-kc", "10.0.2.1").status_code == 429


def test_repeated_failures_from_an_address_are_429_for_every_user_name(client, keycloak, limits):
    for index in range(5):
        assert keycloak_login(client, "wrong", "10.0.3.1", username=f"guess{index}").status_code == 401
    response = keycloak_login(client, "stranger-kc", "10.0.3.1", username="stranger")
    assert response.status_code == 429
    assert "this address" in response.get_json()["message"]
    assert keycloak_login(client, "stranger-kc", "10.0.3.2", username="stranger").status_code == 200


def test_a_successful_login_clears_the_user_names_failures(client, keycloak, limits):
    for _ in range(2):
        keycloak_login(client, "wrong", "10.0.4.1")
    assert keycloak_login(client, "boaty-kc", "10.0.4.1").status_code == 200
    for _ in range(2):
        keycloak_login(client, "wrong", "10.0.4.1")
    assert keycloak_login(client, "boaty-kc", "10.0.4.1").status_code == 200


def test_logins_and_failures_are_logged_with_the_address_never_the_password(client, keycloak, auth_log):
    keycloak_login(client, SECRET_PASSWORD, "192.0.2.7")
    client.post(LOGIN, json={"plugin": "dummy", "username": "boaty", "password": SECRET_PASSWORD},
                environ_base={"REMOTE_ADDR": "192.0.2.8"})
    token = client.post(LOGIN, json={"plugin": "keycloak", "username": "boaty", "password": "boaty-kc"},
                        environ_base={"REMOTE_ADDR": "192.0.2.9"}).get_json()["token"]
    client.post(LOGOUT, headers=bearer(token), environ_base={"REMOTE_ADDR": "192.0.2.10"})
    messages = [record.getMessage() for record in auth_log.records]
    assert ("login failed: user='boaty' plugin='keycloak' from 192.0.2.7: Could not verify: wrong credentials"
            in messages)
    assert "login: user='boaty' plugin='dummy' from 192.0.2.8" in messages
    assert "login: user='boaty' plugin='keycloak' from 192.0.2.9" in messages
    assert "logout: user='boaty' from 192.0.2.10" in messages
    assert not [m for m in messages if SECRET_PASSWORD in m or "boaty-kc" in m]


@pytest.mark.parametrize("trusted, expected", [(0, "203.0.113.1"), (1, "198.51.100.4")])
def test_forwarded_address_is_trusted_only_behind_configured_proxies(database, tmp_path, auth_log, trusted, expected):
    proxied = create_app(run_mode="test", overrides=app_settings(database, TRUSTED_PROXIES=trusted, LOG_LEVEL="INFO",
                                                                 TEMP_FOLDER=str(tmp_path)))
    proxied.test_client().post(LOGIN, json={"plugin": "dummy", "username": "boaty", "password": "x"},
                               headers={"X-Forwarded-For": "198.51.100.4"},
                               environ_base={"REMOTE_ADDR": "203.0.113.1"})
    assert f"login: user='boaty' plugin='dummy' from {expected}" in auth_log.text
