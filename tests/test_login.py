# SPDX-License-Identifier: LGPL-3.0-or-later
"""Login and token checks (Dummy plugin): transports, response shape, forged and expired tokens."""

import base64
import json
import time

import jwt
import pytest

from tests.conftest import TEST_SECRET

LOGIN = "/ispyb/api/v1/auth/login"
ME = "/ispyb/api/v1/auth/me"


def test_login_with_json_answers_the_token_response(client):
    response = client.post(LOGIN, json={"plugin": "dummy", "username": "boaty", "password": "own_proposals,staff"})
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) == {"username", "token", "iat", "exp", "groups", "permissions", "roles"}
    assert body["username"] == "boaty"
    assert body["permissions"] == ["own_proposals", "staff"]
    assert body["roles"] == body["groups"] == ["own_proposals", "staff"]
    claims = jwt.decode(body["token"], TEST_SECRET, algorithms=["HS256"], issuer="pyispyb")
    assert claims["username"] == "boaty" and claims["exp"] > claims["iat"]


@pytest.mark.parametrize("transport", ["form", "headers", "basic", "login-alias"])
def test_login_transports(client, transport):
    if transport == "form":
        response = client.post(LOGIN, data={"plugin": "dummy", "username": "boaty", "password": "own_sessions"})
    elif transport == "headers":
        response = client.post(LOGIN, headers={"plugin": "dummy", "username": "boaty", "password": "own_sessions"})
    elif transport == "basic":
        credentials = base64.b64encode(b"boaty:own_sessions").decode()
        response = client.post(LOGIN, headers={"Authorization": f"Basic {credentials}"})
    else:
        response = client.post(LOGIN, json={"login": "boaty", "password": "own_sessions"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["permissions"] == ["own_sessions"]


def test_credentials_in_query_string_are_ignored(client):
    response = client.post(f"{LOGIN}?plugin=dummy&username=boaty&password=own_proposals")
    assert response.status_code == 401


@pytest.mark.parametrize("payload", [{"plugin": "nope", "username": "a", "password": "b"},
                                     {"plugin": "dummy", "username": "", "password": "x"},
                                     {"plugin": "dummy", "password": "x"}])
def test_bad_credentials_are_401_with_a_message(client, payload):
    response = client.post(LOGIN, json=payload)
    assert response.status_code == 401
    assert response.get_json()["message"]


def test_login_with_get_is_405(client):
    assert client.get(LOGIN).status_code == 405


def _forge(claims, key=TEST_SECRET, algorithm="HS256"):
    return jwt.encode(claims, key, algorithm=algorithm)


def _claims(**changes):
    now = int(time.time())
    claims = {"username": "boaty", "groups": [], "permissions": ["all_proposals"], "iat": now, "exp": now + 600,
              "iss": "pyispyb", "jti": "0123456789abcdef"}
    claims.update(changes)
    return claims


@pytest.mark.parametrize("make_token, message", [  # forged when the test runs: a long suite outlives "exp"
    (lambda: _forge(_claims(), key="another-secret-key-of-sufficient-length-xxxx"), "Invalid token"),
    (lambda: _forge(_claims(exp=int(time.time()) - 3600)), "expired"),
    (lambda: _forge(_claims(), algorithm="HS512"), "Invalid token"),
    (lambda: jwt.encode(_claims(), None, algorithm="none"), "Invalid token"),
    (lambda: _forge({k: v for k, v in _claims().items() if k != "exp"}), "Invalid token"),
    (lambda: _forge(_claims(iss="someone-else")), "Invalid token"),
    (lambda: "not-a-token", "Invalid token"),
], ids=["other-key", "expired", "other-algorithm", "alg-none", "no-exp", "other-issuer", "not-a-token"])
def test_forged_and_expired_tokens_are_refused(client, make_token, message):
    response = client.get(ME, headers={"Authorization": f"Bearer {make_token()}"})
    assert response.status_code == 401
    assert message in response.get_json()["message"]


@pytest.mark.parametrize("header", ["Token abc", "Bearer", "Basic Ym9hdHk6eA=="])
def test_malformed_authorization_header(client, header):
    response = client.get(ME, headers={"Authorization": header})
    assert response.status_code == 401


def test_edited_token_payload_is_refused(client):
    token = client.post(LOGIN, json={"username": "boaty", "password": "own_proposals"}).get_json()["token"]
    header, payload, signature = token.split(".")
    claims = _claims(permissions=["all_proposals"])
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    response = client.get(ME, headers={"Authorization": f"Bearer {header}.{forged_payload}.{signature}"})
    assert response.status_code == 401


def test_me_describes_the_caller(client, auth):
    body = client.get(ME, headers=auth.headers("boaty", ("own_proposals", "admin"))).get_json()
    assert body["username"] == "boaty"
    assert body["is_admin"] is True


def test_legacy_authenticate_with_a_form_answers_token_and_roles(client):
    response = client.post("/ispyb/api/v1/legacy/authenticate?site=ESRF",
                           data={"plugin": "dummy", "login": "boaty", "password": "own_proposals"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["token"] and body["roles"] == ["own_proposals"]


def test_legacy_authenticate_get_is_405(client):
    assert client.get("/ispyb/api/v1/legacy/authenticate").status_code == 405
