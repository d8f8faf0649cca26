# SPDX-License-Identifier: LGPL-3.0-or-later
"""The read path: one SQL statement for an item read and for a plain list page, the caller's ownership included."""

import pytest

from tests.conftest import Auth

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
                                  "/data_collections/groups?sessionId=55167",
                                  "/samples"])  # a sample is reached through its container or its crystal
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


def test_a_prepared_statement_takes_each_callers_login(client, auth):
    """An item or list statement built once for one caller answers every later caller with his own rows."""
    boaty, stranger = auth.headers("boaty", OWNER), auth.headers("nobody-owns-this", OWNER)
    assert client.get(f"{API}/proposals/37027", headers=boaty).status_code == 200  # built with boaty's login
    assert client.get(f"{API}/proposals/37027", headers=stranger).status_code == 403
    assert client.get(f"{API}/proposals", headers=stranger).get_json()["data"] == {"total": 0, "rows": []}
    assert [p["proposalId"] for p in client.get(f"{API}/proposals", headers=boaty).get_json()["data"]["rows"]] \
        == [37027]
    assert client.get(f"{API}/sessions/55167", headers=stranger).status_code == 403
    assert client.get(f"{API}/sessions/55167", headers=boaty).status_code == 200


def test_a_prepared_statement_is_built_once_per_shape(client, auth, app):
    """The same read with other values (key, caller, filter value, page) reuses the statement it built."""
    from pyispyb.kernel.data import schema_info

    boaty = auth.headers("boaty", OWNER)
    client.get(f"{API}/sessions/55167", headers=boaty)
    client.get(f"{API}/sessions?proposalId=37027&limit=5", headers=boaty)
    with app.app_context():
        kept = dict(schema_info().__dict__["_prepared"])
    for path, headers in [("/sessions/55168", boaty), ("/sessions/339525", boaty), ("/sessions/999999999", boaty),
                          ("/sessions?proposalId=141666&limit=7&offset=3", boaty)]:
        client.get(f"{API}{path}", headers=headers)
    with app.app_context():
        assert dict(schema_info().__dict__["_prepared"]) == kept


def test_reads_outside_a_transaction_run_on_the_read_pool(app, database):
    """On MariaDB a plain read runs on the autocommit read pool, is counted, and sees committed rows."""
    from pyispyb.kernel.data import StatementRecorder, db
    from pyispyb.kernel.data.reads import read_pool

    if not database.is_mariadb:
        pytest.skip("SQLite reads on the session's connection")
    client = app.test_client()  # no test transaction: the server as it runs
    headers = {"Authorization": f"Bearer {Auth(client).token('boaty', OWNER)}"}
    pool = read_pool(app).engine.pool
    with app.app_context():
        engine = db.engine
    before = engine.pool.checkedout()
    with StatementRecorder(engine) as queries:
        item = client.get(f"{API}/proposals/37027", headers=headers)
        page = client.get(f"{API}/sessions?limit=2", headers=headers)
    assert item.status_code == 200 and item.get_json()["proposalId"] == 37027
    assert page.get_json()["data"]["total"] == 3
    assert queries.count == 2, queries.statements
    assert pool.checkedin() >= 1 and pool.checkedout() == 0 and engine.pool.checkedout() == before
