# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions by date range and by proposal; who may delete sessions and proposals."""

import pytest

from tests.core.world import API

STAFF = ("all_sessions",)


def ids(response):
    assert response.status_code == 200, response.get_json()
    return [row["sessionId"] for row in response.get_json()["data"]["rows"]]


@pytest.mark.parametrize("query, expected", [
    ("start_date=20160101&end_date=20160101", [55167]),  # the whole last day is included
    ("start_date=20160102&end_date=20160310", []),
    ("start_date=20160102&end_date=20160311", [55168]),
    ("start_date=20160101&end_date=20181231", [55167, 55168, 339535]),
    ("start_date=20180601", [339535]),  # still running on that day
    ("end_date=20160201", [55167]),
    ("start_date=20160101&end_date=20181231&beamline=i02-2", [339535]),
    ("start_date=20160101&end_date=20181231&beamline=i03&limit=1&offset=1", [55168]),
])
def test_sessions_overlapping_a_range_of_days(client, auth, query, expected):
    assert ids(client.get(f"{API}/sessions/date?{query}", headers=auth.headers("staff", STAFF))) == expected


def test_date_list_total_counts_every_page(client, auth):
    body = client.get(f"{API}/sessions/date?start_date=20160101&end_date=20181231&limit=1",
                      headers=auth.headers("staff", STAFF)).get_json()["data"]
    assert body["total"] == 3 and len(body["rows"]) == 1


def test_date_list_in_the_path(client, auth):
    assert ids(client.get(f"{API}/sessions/date/20160301/20160401", headers=auth.headers("staff", STAFF))) \
        == [55168]


def test_date_list_shows_only_the_callers_sessions(client, as_user):
    assert ids(client.get(f"{API}/sessions/date?start_date=20000101", headers=as_user("owner"))) \
        == [55167, 55168, 339535]
    assert ids(client.get(f"{API}/sessions/date?start_date=20000101", headers=as_user("stranger"))) == []


@pytest.mark.parametrize("path, word", [
    ("/sessions/date", "start_date"),
    ("/sessions/date?start_date=2016-01-01", "YYYYMMDD"),
    ("/sessions/date?start_date=20161301", "start_date"),
    ("/sessions/date?end_date=2016", "end_date"),
    ("/sessions/date?start_date=20160201&end_date=20160101", "before"),
    ("/sessions/date?start_date=20160101&colour=red", "colour"),
    ("/sessions/date/20160101/tomorrow", "end_date"),
    ("/sessions/date/20160231/20160301", "start_date"),
])
def test_bad_dates_are_400(client, auth, path, word):
    response = client.get(API + path, headers=auth.headers("staff", STAFF))
    assert response.status_code == 400
    assert word in response.get_json()["message"]


@pytest.mark.parametrize("proposal", ["37027", "cm14451"])
def test_sessions_of_a_proposal_by_id_or_name(client, as_user, proposal):
    assert ids(client.get(f"{API}/sessions/proposal/{proposal}", headers=as_user("owner"))) == [55167, 55168, 339535]


def test_sessions_of_a_proposal_page_and_filter(client, as_user):
    headers = as_user("admin")
    body = client.get(f"{API}/sessions/proposal/cm1?limit=2&order=desc", headers=headers).get_json()["data"]
    assert body["total"] == 3 and [r["sessionId"] for r in body["rows"]] == [339531, 339528]
    assert ids(client.get(f"{API}/sessions/proposal/cm14451?beamLineName=i02-2", headers=headers)) == [339535]


def test_sessions_of_another_or_unknown_proposal(client, as_user):
    foreign = client.get(f"{API}/sessions/proposal/cm1", headers=as_user("owner"))
    assert foreign.status_code == 403 and "141666" in foreign.get_json()["message"]
    assert client.get(f"{API}/sessions/proposal/zz9", headers=as_user("owner")).status_code == 404
    assert client.get(f"{API}/sessions/proposal/999999", headers=as_user("owner")).status_code == 404


def test_a_session_participant_sees_only_his_sessions_of_the_proposal(client, world, auth):
    from pyispyb import models as m

    guest = world.insert(m.Person, login="guest")
    world.insert(m.SessionHasPerson, sessionId=339535, personId=guest, role="Team Member")
    assert ids(client.get(f"{API}/sessions/proposal/37027", headers=auth.headers("guest", ["own_sessions"]))) \
        == [339535]


def test_deleting_a_session_or_proposal_needs_admin_proposals(client, world, as_user):
    session, proposal = world.own("spare_session"), world.own("spare_proposal")
    refused = client.delete(f"{API}/sessions/{session}", headers=as_user("owner"))
    assert refused.status_code == 403 and "admin_proposals" in refused.get_json()["message"]
    assert client.delete(f"{API}/sessions/{session}", headers=as_user("manager")).status_code == 204
    assert client.delete(f"{API}/proposals/{proposal}", headers=as_user("owner")).status_code == 403
    assert client.delete(f"{API}/proposals/{proposal}", headers=as_user("manager")).status_code == 204


def test_value_too_long_for_the_sites_column_is_422(client, as_user, database):
    operator = "o" * 100  # varchar(255) in v5.0.0, varchar(45) in v1.10.4
    response = client.patch(f"{API}/sessions/55167", json={"beamLineOperator": operator}, headers=as_user("admin"))
    if database.schema_version == "v1.10.4":
        assert response.status_code == 422
        assert "beamLineOperator" in response.get_json()["errors"]
        after = client.get(f"{API}/sessions/55167", headers=as_user("admin")).get_json()
        assert after["beamLineOperator"] != operator
    else:
        assert response.status_code == 200 and response.get_json()["beamLineOperator"] == operator


def test_columns_the_site_lacks_are_left_out(client, as_user, database):
    row = client.get(f"{API}/sessions/55167", headers=as_user("owner")).get_json()
    assert ("riskRating" in row) == (database.schema_version == "v5.0.0")
