# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions: who sees which, filters, writes."""

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")


def ids(body):
    return [row["sessionId"] for row in body["data"]["rows"]]


def test_participant_and_proposal_owner_see_their_sessions(client, auth):
    body = client.get(f"{API}/sessions", headers=auth.headers("boaty", OWNER)).get_json()
    assert ids(body) == [55167, 55168, 339535]
    assert body["data"]["total"] == 3


def test_all_sessions_sees_every_session(client, auth):
    body = client.get(f"{API}/sessions?proposalId=141666", headers=auth.headers("x", ("all_sessions",))).get_json()
    assert ids(body) == [339525, 339528, 339531]


def test_session_of_another_proposal_is_forbidden(client, auth):
    response = client.get(f"{API}/sessions/339525", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403
    assert "339525" in response.get_json()["message"]


def test_own_proposals_alone_does_not_read_sessions(client, auth):
    response = client.get(f"{API}/sessions", headers=auth.headers("boaty", ("own_proposals",)))
    assert response.status_code == 403
    assert "own_sessions" in response.get_json()["message"]


def test_unknown_session_is_404(client, auth):
    assert client.get(f"{API}/sessions/1", headers=auth.headers("x", ("all_sessions",))).status_code == 404


def test_create_session_in_own_proposal_only(client, auth):
    headers = auth.headers("boaty", ("own_proposals", "own_sessions", "write_sessions"))
    payload = {"proposalId": 37027, "beamLineName": "i03", "visit_number": 100,
               "startDate": "2026-01-01T09:00:00", "endDate": "2026-01-02T09:00:00+01:00"}
    created = client.post(f"{API}/sessions", json=payload, headers=headers)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["endDate"] == "2026-01-02T08:00:00"
    foreign = client.post(f"{API}/sessions", json={**payload, "proposalId": 141666}, headers=headers)
    assert foreign.status_code == 403
    assert "proposalId" in foreign.get_json()["message"]
    moved = client.patch(f"{API}/sessions/55167", json={"proposalId": 141666}, headers=headers)
    assert moved.status_code == 403


def test_duplicate_visit_number_is_409_where_the_schema_forbids_it(client, auth, database):
    headers = auth.headers("admin", ("admin",))
    response = client.post(f"{API}/sessions", json={"proposalId": 37027, "visit_number": 1}, headers=headers)
    if database.schema_version == "v1.10.4":  # no unique (proposalId, visit_number) key in that schema
        assert response.status_code == 201
        return
    assert response.status_code == 409
    assert "same unique values" in response.get_json()["message"]


def test_delete_session(client, auth):
    headers = auth.headers("admin", ("admin",))
    created = client.post(f"{API}/sessions", json={"proposalId": 37027, "visit_number": 555}, headers=headers)
    session_id = created.get_json()["sessionId"]
    assert client.delete(f"{API}/sessions/{session_id}", headers=headers).status_code == 204
    assert client.get(f"{API}/sessions/{session_id}", headers=headers).status_code == 404
