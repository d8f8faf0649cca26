# SPDX-License-Identifier: LGPL-3.0-or-later
"""Keycloak plugin against a protocol-level Keycloak: tokens, password grant, JWKS cache, forgeries, Persons."""

import base64
import hashlib
import hmac
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from pyispyb.kernel.auth.plugins.keycloak import KeycloakDBGroupsAuthentication
from pyispyb.config import ConfigError
from tests.auth import fake_keycloak
from tests.auth.conftest import keycloak_config
from tests.auth.ldap_directory import free_port

LOGIN = "/ispyb/api/v1/auth/login"
ME = "/ispyb/api/v1/auth/me"
WRONG = {"message": "Could not verify: wrong credentials"}


def plugin(config, name="test-keycloak"):
    """Return a configured Keycloak plugin."""
    instance = KeycloakDBGroupsAuthentication()
    instance.name = name
    instance.configure(config)
    return instance


def login(client, plugin_name="keycloak", **credentials):
    return client.post(LOGIN, json={"plugin": plugin_name, **credentials})


def me(client, token):
    return client.get(ME, headers={"Authorization": f"Bearer {token}"}).get_json()


def test_access_token_logs_in_with_database_groups(client, keycloak, directory):
    directory.group("kc_readers", ["own_proposals", "own_sessions"])
    directory.member("boaty", "kc_readers")
    response = login(client, token=keycloak.mint("boaty"))
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["username"] == "boaty"
    assert body["groups"] == ["kc_readers"]
    assert body["permissions"] == ["own_proposals", "own_sessions"]
    proposals = client.get("/ispyb/api/v1/proposals", headers={"Authorization": f"Bearer {body['token']}"})
    assert [row["proposalId"] for row in proposals.get_json()["data"]["rows"]] == [37027]


def test_password_goes_through_the_token_endpoint(client, keycloak):
    response = login(client, username="boaty", password="boaty-kc")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["username"] == "boaty"


@pytest.mark.parametrize("username, password", [("boaty", "wrong"), ("nobody", "boaty-kc"), ("boaty", "")])
def test_wrong_password_is_401(client, keycloak, username, password):
    response = login(client, username=username, password=password)
    assert response.status_code == 401
    assert response.get_json() == WRONG


def _forgeries(realm):
    other_key = fake_keycloak.new_key()
    public_pem = next(iter(realm.keys.values())).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    now = int(time.time())
    claims = {"iss": realm.issuer, "aud": "ispyb", "sub": "x", "preferred_username": "boaty", "typ": "Bearer",
              "iat": now, "exp": now + 300}
    return {
        "signed by another key": realm.mint("boaty", key=other_key),
        "unknown key id": realm.mint("boaty", key=other_key, kid="made-up"),
        "expired": realm.mint("boaty", iat=now - 3600, lifetime=-3000),
        "issued in the future": realm.mint("boaty", iat=now + 3600),
        "for another client": realm.mint("boaty", aud="account", azp="other-client"),
        "from another issuer": realm.mint("boaty", iss="http://evil.example.org/realms/facility"),
        "from another realm": realm.mint("boaty", iss=f"{realm.url}realms/other"),
        "an ID token": realm.mint("boaty", aud="ispyb", typ="ID"),
        "without a subject": realm.mint("boaty", sub=None),
        "without an expiry": realm.mint("boaty", exp=None),
        "alg none": jwt.encode(claims, None, algorithm="none"),
        "HS256 with the public key": _hmac_with(public_pem, claims),
        "payload edited": _edit_payload(realm.mint("stranger"), preferred_username="boaty"),
        "garbage": "not-a-jwt",
    }


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hmac_with(key_bytes, claims):
    """Sign with HS256 using the realm's public key as the secret (the algorithm-confusion attack)."""
    signing_input = f"{_b64(json.dumps({'alg': 'HS256', 'typ': 'JWT', 'kid': 'key-1'}).encode())}." \
                    f"{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(key_bytes, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def _edit_payload(token, **changes):
    """Change claims of a signed token, keeping its signature."""
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    return f"{header}.{_b64(json.dumps(claims).encode())}.{signature}"


#: forgery -> why the plugin refuses it (from its log)
FORGERY_REASONS = {
    "signed by another key": "Signature verification failed",
    "unknown key id": "no signing key 'made-up'",
    "expired": "Signature has expired",
    "issued in the future": "not yet valid",
    "for another client": "token is for ['account'] / 'other-client'",
    "from another issuer": "Invalid issuer",
    "from another realm": "Invalid issuer",
    "an ID token": "token type 'ID' is not an access token",
    "without a subject": 'missing the "sub" claim',
    "without an expiry": 'missing the "exp" claim',
    "alg none": "algorithm 'none' is not accepted",
    "HS256 with the public key": "algorithm 'HS256' is not accepted",
    "payload edited": "Signature verification failed",
    "garbage": "Not enough segments",
}


@pytest.mark.parametrize("forgery", FORGERY_REASONS)
def test_forged_and_foreign_tokens_are_refused(client, keycloak, forgery, auth_log):
    response = login(client, token=_forgeries(keycloak)[forgery])
    assert response.status_code == 401, response.get_json()
    assert response.get_json() == WRONG
    assert FORGERY_REASONS[forgery] in auth_log.text


def test_audience_may_be_the_client_in_aud_or_azp(keycloak):
    kc = plugin(keycloak_config(keycloak))
    assert kc.validate(keycloak.mint("boaty", aud="account", azp="ispyb"))
    assert kc.validate(keycloak.mint("boaty", aud=["ispyb", "account"], azp="other"))
    assert kc.validate(keycloak.mint("boaty", aud="account", azp="other")) is None
    api = plugin(keycloak_config(keycloak, KEYCLOAK_AUDIENCE=["ispyb-api"]))
    assert api.validate(keycloak.mint("boaty", aud="ispyb-api", azp="portal"))
    assert api.validate(keycloak.mint("boaty", aud="account", azp="ispyb")) is None


def test_ended_keycloak_session_is_refused_by_userinfo(client, keycloak):
    token = keycloak.mint("stranger")
    assert login(client, token=token).status_code == 200
    keycloak.ended_subjects.add(keycloak.users["stranger"][1]["sub"])
    try:
        assert login(client, token=token).get_json() == WRONG
    finally:
        keycloak.ended_subjects.clear()


def test_unknown_login_gets_no_person_unless_the_plugin_creates_it(client, keycloak):
    token = login(client, token=keycloak.mint("newcomer")).get_json()["token"]
    assert me(client, token)["person"] is None
    token = login(client, "keycloak_create", token=keycloak.mint("newcomer")).get_json()["token"]
    person = me(client, token)["person"]
    assert (person["login"], person["givenName"], person["familyName"]) == ("newcomer", "New", "Comer")
    again = login(client, "keycloak_create", token=keycloak.mint("newcomer")).get_json()["token"]
    assert me(client, again)["person"]["personId"] == person["personId"]


def test_existing_person_is_reused(client, keycloak):
    token = login(client, "keycloak_create", token=keycloak.mint("boaty")).get_json()["token"]
    assert me(client, token)["person"]["personId"] == 1


def test_jwks_is_cached_and_refetched_for_a_new_key():
    realm = fake_keycloak.FakeKeycloak().start()
    try:
        realm.add_user("boaty", "pw")
        kc = plugin(keycloak_config(realm, KEYCLOAK_USERINFO=False))
        for _ in range(5):
            assert kc.get_person(None, None, realm.mint("boaty")).login == "boaty"
        assert realm.requests["certs"] == 1
        for _ in range(5):  # made-up key ids do not make the plugin hammer Keycloak
            assert kc.get_person(None, None, realm.mint("boaty", key=fake_keycloak.new_key(), kid="x")) is None
        assert realm.requests["certs"] == 1
        realm.rotate_key()
        kc.jwks.fetched_at -= 60  # the last refresh is older than the flood guard
        assert kc.get_person(None, None, realm.mint("boaty")).login == "boaty"
        assert realm.requests["certs"] == 2
    finally:
        realm.stop()


def closed_config():
    """Return a plugin CONFIG naming a Keycloak that does not answer."""
    return {"KEYCLOAK_SERVER_URL": f"http://127.0.0.1:{free_port()}/", "KEYCLOAK_REALM_NAME": fake_keycloak.REALM,
            "KEYCLOAK_CLIENT_ID": fake_keycloak.CLIENT_ID, "KEYCLOAK_TIMEOUT": 2}


@pytest.mark.parametrize("credentials", [{"username": "boaty", "password": "boaty-kc"}, {"token": "signed"}])
def test_unreachable_keycloak_is_503_without_internals(client, app, monkeypatch, credentials):
    down = plugin(closed_config())
    kc = app.extensions["ispyb_auth"].plugins["keycloak"]
    monkeypatch.setattr(kc, "options", down.options)
    monkeypatch.setattr(kc, "jwks", down.jwks)
    if "token" in credentials:
        credentials = {"token": jwt.encode({"sub": "x"}, fake_keycloak.new_key(), algorithm="RS256")}
    response = login(client, **credentials)
    assert response.status_code == 503
    assert response.get_json() == {"message": "the Keycloak server is unavailable, try again later"}


@pytest.mark.parametrize("change, message", [
    ({"KEYCLOAK_ALGORITHMS": ["HS256"]}, "KEYCLOAK_ALGORITHMS"),
    ({"KEYCLOAK_ALGORITHMS": []}, "KEYCLOAK_ALGORITHMS"),
    ({"KEYCLOAK_REALM_NAME": None}, "KEYCLOAK_REALM_NAME is required"),
    ({"KEYCLOAK_CREATE_PERSON": "yes"}, "wrong type"),
    ({"KEYCLOAK_SECRET": "x"}, "unknown CONFIG key"),
])
def test_bad_configuration_is_refused(keycloak, change, message):
    with pytest.raises(ConfigError, match="Keycloak plugin 'test-keycloak'") as info:
        plugin(keycloak_config(keycloak, **change))
    assert message in str(info.value)


def test_client_secret_may_come_from_the_environment(keycloak, monkeypatch):
    monkeypatch.setenv("ISPYB_KEYCLOAK_CLIENT_SECRET", fake_keycloak.CLIENT_SECRET)
    kc = plugin(keycloak_config(keycloak, KEYCLOAK_CLIENT_SECRET_KEY=None))
    assert kc.get_person("boaty", "boaty-kc", None).login == "boaty"
