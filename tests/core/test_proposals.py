# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proposals: ownership, lists, name resolution, validation, writes."""

import pytest

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
WRITER = ("own_proposals", "write_proposals")
STAFF = ("all_proposals", "all_sessions")


def test_list_requires_a_token(client):
    response = client.get(f"{API}/proposals")
    assert response.status_code == 401
    assert response.get_json()["message"]


def test_owner_sees_only_his_proposals(client, auth):
    response = client.get(f"{API}/proposals", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200
    body = response.get_json()
    assert body["message"] is None
    assert body["data"]["total"] == 1
    assert [r["proposalId"] for r in body["data"]["rows"]] == [37027]
    assert body["data"]["rows"][0]["proposalCode"] == "cm"


def test_all_proposals_sees_every_proposal_in_key_order(client, auth):
    body = client.get(f"{API}/proposals", headers=auth.headers("staff", STAFF)).get_json()
    assert [r["proposalId"] for r in body["data"]["rows"]] == [37027, 141666]
    assert body["data"]["total"] == 2


def test_user_without_permission_is_refused(client, auth):
    response = client.get(f"{API}/proposals", headers=auth.headers("boaty", ()))
    assert response.status_code == 403
    assert "own_proposals" in response.get_json()["message"]


@pytest.mark.parametrize("name", ["37027", "cm14451", "CM14451"])
def test_item_by_id_or_name(client, auth, name):
    response = client.get(f"{API}/proposals/{name}", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200
    assert response.get_json()["proposalId"] == 37027


def test_item_of_another_proposal_is_forbidden(client, auth):
    response = client.get(f"{API}/proposals/cm1", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403
    assert "141666" in response.get_json()["message"]


@pytest.mark.parametrize("name", ["999999", "zz42", "nonsense"])
def test_unknown_proposal_is_404(client, auth, name):
    response = client.get(f"{API}/proposals/{name}", headers=auth.headers("staff", STAFF))
    assert response.status_code == 404


def test_filters_pagination_and_order(client, auth):
    headers = auth.headers("staff", STAFF)
    body = client.get(f"{API}/proposals?proposalCode=cm&limit=1&offset=1", headers=headers).get_json()
    assert body["data"]["total"] == 2
    assert [r["proposalId"] for r in body["data"]["rows"]] == [141666]
    body = client.get(f"{API}/proposals?order_by=proposalNumber&order=desc", headers=headers).get_json()
    assert [r["proposalNumber"] for r in body["data"]["rows"]] == ["14451", "1"]
    body = client.get(f"{API}/proposals?proposalId=37027&proposalId=141666", headers=headers).get_json()
    assert body["data"]["total"] == 2


@pytest.mark.parametrize("query, word", [
    ("colour=red", "colour"), ("limit=0", "limit"), ("limit=100000", "limit"), ("offset=-1", "offset"),
    ("proposalId=abc", "proposalId"), ("order=sideways", "order"), ("order_by=nope", "order_by"),
])
def test_bad_list_parameters_are_400(client, auth, query, word):
    response = client.get(f"{API}/proposals?{query}", headers=auth.headers("staff", STAFF))
    assert response.status_code == 400
    assert word in response.get_json()["message"]


def test_dates_are_iso_8601(client, auth):
    row = client.get(f"{API}/proposals/37027", headers=auth.headers("boaty", OWNER)).get_json()
    assert row["bltimeStamp"] == "2015-12-21T15:20:43"


def test_create_update_delete_round_trip(client, auth):
    headers = auth.headers("admin", ("admin",))
    payload = {"personId": 1, "proposalCode": "mx", "proposalNumber": "4242", "title": "New", "state": "Open"}
    created = client.post(f"{API}/proposals", json=payload, headers=headers)
    assert created.status_code == 201, created.get_json()
    proposal_id = created.get_json()["proposalId"]
    patched = client.patch(f"{API}/proposals/mx4242", json={"title": "Renamed"}, headers=headers)
    assert patched.status_code == 200
    assert patched.get_json()["title"] == "Renamed"
    assert patched.get_json()["proposalNumber"] == "4242"
    put = client.put(f"{API}/proposals/{proposal_id}", json={**payload, "title": "Again"}, headers=headers)
    assert put.status_code == 200 and put.get_json()["title"] == "Again"
    assert client.delete(f"{API}/proposals/{proposal_id}", headers=headers).status_code == 204
    assert client.get(f"{API}/proposals/{proposal_id}", headers=headers).status_code == 404


@pytest.mark.parametrize("payload, field", [
    ({"personId": 1, "proposalCode": "mx", "proposalNumber": "1", "colour": "red"}, "colour"),
    ({"personId": "one", "proposalCode": "mx", "proposalNumber": "1"}, "personId"),
    ({"personId": 1, "proposalCode": "mx" * 30, "proposalNumber": "1"}, "proposalCode"),
    ({"personId": 1, "proposalCode": "mx", "proposalNumber": "1", "state": "Sleeping"}, "state"),
    ({"proposalCode": "mx", "proposalNumber": "1"}, "personId"),
    ({"personId": 1, "proposalCode": "mx", "proposalNumber": "1", "proposalId": 5}, "proposalId"),
])
def test_invalid_payloads_name_the_field(client, auth, payload, field):
    response = client.post(f"{API}/proposals", json=payload, headers=auth.headers("admin", ("admin",)))
    assert response.status_code == 422
    body = response.get_json()
    assert field in body["errors"]
    assert field in body["message"]


def test_body_must_be_json_object(client, auth):
    response = client.post(f"{API}/proposals", data="[1, 2]", content_type="application/json",
                           headers=auth.headers("admin", ("admin",)))
    assert response.status_code == 400


def test_reference_to_missing_person_is_409_and_writes_nothing(client, auth):
    headers = auth.headers("admin", ("admin",))
    response = client.post(f"{API}/proposals", json={"personId": 987654, "proposalCode": "mx",
                                                      "proposalNumber": "77"}, headers=headers)
    assert response.status_code == 409
    assert "personId" in response.get_json()["message"]
    assert client.get(f"{API}/proposals/mx77", headers=headers).status_code == 404


def test_write_needs_write_permission_and_ownership(client, auth):
    reader = client.patch(f"{API}/proposals/37027", json={"title": "x"}, headers=auth.headers("boaty", OWNER))
    assert reader.status_code == 403
    assert "write_proposals" in reader.get_json()["message"]
    stranger = client.patch(f"{API}/proposals/141666", json={"title": "x"}, headers=auth.headers("boaty", WRITER))
    assert stranger.status_code == 403
    owner = client.patch(f"{API}/proposals/37027", json={"title": "Mine"}, headers=auth.headers("boaty", WRITER))
    assert owner.status_code == 200


def test_list_runs_a_bounded_number_of_queries(client, auth, count_queries):
    headers = auth.headers("boaty", OWNER)
    with count_queries() as small:
        client.get(f"{API}/proposals?limit=1", headers=headers)
    with count_queries() as large:
        client.get(f"{API}/proposals?limit=1000", headers=headers)
    assert large.count <= small.count <= 3  # a short page needs no count query
