# SPDX-License-Identifier: LGPL-3.0-or-later
"""The token travels in the path; a Bearer header wins; bad tokens are 401 with a JSON message."""

import pytest

from pyispyb.kernel.auth.tokens import encode_token
from tests.conftest import TEST_SECRET
from tests.legacy.conftest import LEGACY, OWNER


def login(client, **form):
    return client.post(f"{LEGACY}/authenticate?site=ESRF", data=form)


def test_token_from_a_form_login_works_in_the_path(client):
    token = login(client, plugin="dummy", login="boaty", password="own_proposals,own_sessions").get_json()["token"]
    response = client.get(f"{LEGACY}/{token}/proposal/list")
    assert response.status_code == 200
    assert [row["Proposal_proposalId"] for row in response.get_json()] == [37027]


def test_bearer_header_is_accepted_with_any_path_token(client, auth):
    response = client.get(f"{LEGACY}/not-a-token/proposal/list", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200
    assert response.get_json()[0]["Proposal_proposalCode"] == "cm"


def test_bearer_header_wins_over_the_path_token(client, auth):
    good = auth.token("boaty", OWNER)
    response = client.get(f"{LEGACY}/{good}/proposal/list", headers={"Authorization": "Bearer forged"})
    assert response.status_code == 401
    assert response.get_json() == {"message": "Invalid token. Please log in again"}


@pytest.mark.parametrize("path", ["/session/list", "/proposal/cm14451/mx/datacollection/session/55167/list",
                                  "/proposal/cm14451/shipping/list", "/proposal/cm14451/mx/image/284718118/thumbnail"])
def test_invalid_path_token_is_401_json(client, path):
    response = client.get(f"{LEGACY}/garbage{path}")
    assert response.status_code == 401
    assert response.is_json and "log in again" in response.get_json()["message"]


def test_expired_path_token_is_401(client):
    token, _claims = encode_token(username="boaty", groups=[], permissions=list(OWNER), secret=TEST_SECRET,
                                  algorithm="HS256", lifetime_minutes=-5)
    response = client.get(f"{LEGACY}/{token}/session/list")
    assert response.status_code == 401
    assert response.get_json() == {"message": "Token expired. Please log in again"}


def test_writes_take_the_path_token_too(client, auth):
    token = auth.token("boaty", OWNER)
    response = client.get(f"{LEGACY}/{token}/proposal/cm14451/shipping/6988/status/sent/update")
    assert response.status_code == 403
    assert "write_shipments" in response.get_json()["message"]
