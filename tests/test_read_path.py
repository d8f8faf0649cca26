# SPDX-License-Identifier: LGPL-3.0-or-later
"""The read path: one SQL statement for an item read and for a plain list page, the caller's ownership included."""

import pytest

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
STAFF = ("all_proposals", "all_sessions")


@pytest.mark.parametrize("path, status", [
    ("/proposals/37027", 200),  # boaty is a member of 37027
    ("/proposals/141666", 403),
    ("/proposals/999999999", 404),
    ("/sessions/55167", 200),
    ("/sessions/339525", 403),
    ("/shipments?proposalId=37027", 200),
])
def test_an_owners_item_read_is_one_statement(client, auth, count_queries, path, status):
    headers = auth.headers("boaty", OWNER)
    with count_queries() as queries:
        response = client.get(f"{API}{path}", headers=headers)
    assert response.status_code == status
    assert queries.count == 1, queries.statements


@pytest.mark.parametrize("path", ["/proposals", "/sessions?limit=2", "/sessions?proposalId=37027", "/dewars",
                                  "/data_collections/groups?sessionId=55167"])
@pytest.mark.parametrize("permissions", [OWNER, STAFF], ids=["owner", "staff"])
def test_a_plain_list_page_is_one_statement(client, auth, count_queries, database, path, permissions):
    headers = auth.headers("boaty", permissions)
    with count_queries() as queries:
        response = client.get(f"{API}{path}", headers=headers)
    assert response.status_code == 200
    full_page = "limit=2" in path and len(response.get_json()["data"]["rows"]) == 2
    # on MariaDB a full page's rows carry the list's count; SQLite counts it with a second statement
    assert queries.count == (2 if full_page and not database.is_mariadb else 1), queries.statements


def test_a_full_page_carries_the_total_and_an_empty_page_past_the_end_counts(client, auth, count_queries, database):
    headers = auth.headers("boaty", OWNER)
    with count_queries() as queries:
        full = client.get(f"{API}/sessions?limit=2", headers=headers).get_json()["data"]
    assert full["total"] == 3 and len(full["rows"]) == 2 and queries.count == (1 if database.is_mariadb else 2)
    assert all("_page_total" not in row for row in full["rows"])
    with count_queries() as queries:
        past = client.get(f"{API}/sessions?limit=2&offset=10", headers=headers).get_json()["data"]
    assert past == {"total": 3, "rows": []} and queries.count == 2


def test_the_owners_rows_are_those_of_his_proposals_and_sessions(client, auth):
    headers = auth.headers("boaty", OWNER)
    proposals = client.get(f"{API}/proposals", headers=headers).get_json()["data"]["rows"]
    assert [p["proposalId"] for p in proposals] == [37027]
    sessions = client.get(f"{API}/sessions", headers=headers).get_json()["data"]["rows"]
    assert {s["sessionId"] for s in sessions} == {55167, 55168, 339535}
