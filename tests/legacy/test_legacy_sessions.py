# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy proposal and session lists: Java row shapes, ownership, date windows, bounded query counts."""

import pytest
from sqlalchemy import text

from tests.legacy.conftest import MANAGER

NULL_COLUMNS = ["expSessionPk", "projectCode", "scheduled", "nbShifts", "beamLineOperator", "usedFlag", "sessionTitle",
                "structureDeterminations", "dewarTransport", "databackupFrance", "databackupEurope",
                "operatorSiteNumber", "BLSession_lastUpdate", "BLSession_protectedData"]
PROPOSAL_37027 = {"proposalId": 37027, "Proposal_title": "I03 Commissioning Directory 2016",
                  "Proposal_proposalCode": "cm", "Proposal_ProposalNumber": "14451", "Proposal_ProposalType": None,
                  "Person_personId": 1, "Person_familyName": "McBoatface", "Person_givenName": "Boaty",
                  "Person_emailAddress": None, "hplcCount": 0, "sampleChangerCount": 0, "calibrationCount": 0,
                  "EMdataCollectionGroupCount": 0, "lastEndTimeDataCollectionGroup": None,
                  **{name: None for name in NULL_COLUMNS}}


def session_55167(schema_version):
    """Session 55167 as Java answers it (v1.10.4 lacks group 5440739 and its 480 images)."""
    newer = schema_version == "v5.0.0"
    return {**PROPOSAL_37027, "sessionId": 55167, "beamLineSetupId": 1, "BLSession_startDate": "2016-01-01T09:00:00",
            "BLSession_endDate": "2016-01-01T17:00:00", "beamLineName": "i03", "comments": "ghfg", "visit_number": 1,
            "bltimeStamp": "2015-12-21T15:20:43", "energyScanCount": 21, "sampleCount": 1,
            "imagesCount": 11280.0 if newer else 10800.0, "testDataCollectionGroupCount": 0,
            "dataCollectionGroupCount": 3 if newer else 2, "xrfSpectrumCount": 57,
            "lastExperimentDataCollectionGroup": "Mesh" if newer else "SAD"}


SESSION_55168 = {**PROPOSAL_37027, "sessionId": 55168, "beamLineSetupId": 1,
                 "BLSession_startDate": "2016-03-11T09:00:00", "BLSession_endDate": "2016-03-11T17:00:00",
                 "beamLineName": "i03", "comments": "jhgjh",
                 "visit_number": 2, "bltimeStamp": "2015-12-21T15:20:44", "energyScanCount": 6, "sampleCount": 1,
                 "imagesCount": 8.0, "testDataCollectionGroupCount": 3, "dataCollectionGroupCount": 0,
                 "xrfSpectrumCount": 5, "lastExperimentDataCollectionGroup": "SAD"}
SESSION_339535 = {**PROPOSAL_37027, "sessionId": 339535, "beamLineSetupId": None,
                  "BLSession_startDate": "2018-03-27T09:00:00", "BLSession_endDate": "2018-07-27T09:00:00",
                  "beamLineName": "i02-2", "comments": None, "visit_number": 99, "bltimeStamp": "2018-04-05T15:48:37",
                  "energyScanCount": 0, "sampleCount": 0, "imagesCount": None, "testDataCollectionGroupCount": 0,
                  "dataCollectionGroupCount": 0, "xrfSpectrumCount": 0, "lastExperimentDataCollectionGroup": None}


def ids(rows, key="sessionId"):
    return [row[key] for row in rows]


def test_session_rows_have_the_43_java_keys_with_their_counts(legacy, database):
    rows = legacy.rows("/session/list")
    assert rows == [SESSION_339535, SESSION_55168, session_55167(database.schema_version)]
    assert all(len(row) == 43 for row in rows)


def test_proposal_session_rows_leave_out_null_keys_as_java(legacy, database):
    """Java answers J6 with sendResponse(rows, false): the J5 rows less their null keys."""
    expected = [SESSION_339535, SESSION_55168, session_55167(database.schema_version)]
    rows = legacy.rows("/proposal/cm14451/session/list")
    assert rows == [{key: value for key, value in row.items() if value is not None} for row in expected]
    assert any(None in row.values() for row in expected)


@pytest.mark.parametrize("proposal", ["cm14451", "CM14451", "37027"])
def test_proposal_is_named_or_numbered(legacy, proposal):
    assert ids(legacy.rows(f"/proposal/{proposal}/session/list")) == [339535, 55168, 55167]


def test_own_session_list_is_every_session_of_the_owner(legacy):
    assert ids(legacy.rows("/session/list")) == [339535, 55168, 55167]


def test_stranger_sees_no_session_and_may_not_name_the_proposal(legacy):
    assert legacy.rows("/session/list", user="stranger") == []
    response = legacy.get("/proposal/cm14451/session/list", user="stranger")
    assert response.status_code == 403
    assert "cm14451" in response.get_json()["message"]


def test_all_sessions_user_sees_every_session_in_bounded_pages(legacy):
    assert ids(legacy.rows("/session/list", user="staff", permissions=MANAGER)) == [
        339535, 339531, 339528, 339525, 55168, 55167]
    assert ids(legacy.rows("/session/list?limit=2&offset=1", user="staff", permissions=MANAGER)) == [339531, 339528]
    assert ids(legacy.rows("/proposal/cm1/session/list", user="staff", permissions=MANAGER)) == [
        339531, 339528, 339525]
    too_many = legacy.get("/session/list?limit=100000", user="staff", permissions=MANAGER)
    assert too_many.status_code == 400


def test_unknown_proposal_gives_an_empty_list(legacy):
    assert legacy.rows("/proposal/zz999/session/list") == []
    assert legacy.rows("/proposal/999999/session/list") == []


def test_session_by_id_within_its_proposal(legacy, database):
    assert legacy.rows("/proposal/cm14451/session/sessionId/55167/list") == [session_55167(database.schema_version)]
    assert legacy.rows("/proposal/cm14451/session/sessionId/339525/list", permissions=MANAGER) == []


@pytest.mark.parametrize("start, end, expected", [
    ("20160101", "20160101", []),  # both bounds at 00:00 as Java: the 09:00-17:00 session is outside
    ("20160101", "20160102", [55167]),
    ("20151231", "20160311", [55167]),  # ends at 00:00 on 2016-03-11, before 55168 starts
    ("20160102", "20160312", [55168]),
    ("20180401", "20180501", [339535]),  # inside a long session
    ("2015-01-01", "2020-01-01", [339535, 55168, 55167]),
])
def test_date_window_overlap_edges(legacy, start, end, expected):
    assert ids(legacy.rows(f"/proposal/cm14451/session/date/{start}/{end}/list")) == expected
    assert ids(legacy.rows(f"/proposal/session/date/{start}/{end}/list")) == expected


def test_bad_date_is_400(legacy):
    response = legacy.get("/proposal/session/date/2016/20160102/list")
    assert response.status_code == 400
    assert "YYYYMMDD" in response.get_json()["message"]


def test_date_list_of_an_all_sessions_user_spans_every_proposal(legacy):
    rows = legacy.rows("/proposal/session/date/20150101/20200101/list", user="staff", permissions=MANAGER)
    assert ids(rows) == [339535, 55168, 55167]  # 141666's sessions have no dates


def test_beamline_operator_filter_matches_part_of_the_name(legacy, client):
    assert legacy.rows("/proposal/session/beamlineoperator/nobody/list") == []
    token = legacy.auth.token("admin", ("admin", "write_sessions"))
    changed = client.patch("/ispyb/api/v1/sessions/55168", json={"beamLineOperator": "Jane 50% Doe"},
                           headers={"Authorization": f"Bearer {token}"})
    assert changed.status_code == 200, changed.get_json()
    assert ids(legacy.rows("/proposal/session/beamlineoperator/50%25/list")) == [55168]
    assert ids(legacy.rows("/proposal/session/beamlineoperator/e 5/list")) == [55168]


def test_own_proposals_alone_does_not_read_sessions(legacy):
    response = legacy.get("/session/list", permissions=("own_proposals",))
    assert response.status_code == 403
    assert "own_sessions" in response.get_json()["message"]


def test_proposal_list_and_info(legacy):
    assert legacy.rows("/proposal/list") == [{
        "Proposal_proposalId": 37027, "Proposal_personId": 1, "Proposal_title": "I03 Commissioning Directory 2016",
        "Proposal_proposalCode": "cm", "Proposal_proposalNumber": "14451", "Proposal_proposalType": None}]
    assert ids(legacy.rows("/proposal/list", user="staff", permissions=MANAGER), "Proposal_proposalId") == [
        37027, 141666]
    assert legacy.rows("/proposal/list", user="stranger") == []
    [info] = legacy.rows("/proposal/CM14451/info/get")
    assert info["proposal"] == [{"proposalId": 37027, "title": "I03 Commissioning Directory 2016", "code": "cm",
                                 "number": "14451", "type": None, "externalId": None,
                                 "timeStamp": "2015-12-21T15:20:43"}]
    assert {p["acronym"] for p in info["proteins"]} >= {"therm", "thau"}
    assert all(c["proteinVO"]["proteinId"] for c in info["crystals"])
    assert info["buffers"] == [] and "labcontacts" in info
    assert legacy.rows("/proposal/nope1/info/get") == []
    assert legacy.get("/proposal/cm1/info/get").status_code == 403


@pytest.mark.parametrize("user, permissions, one, many, rows", [
    ("boaty", ("own_proposals", "own_sessions"), "/proposal/cm14451/session/sessionId/55167/list",
     "/proposal/cm14451/session/list", 3),
    ("staff", MANAGER, "/session/list?limit=1", "/session/list", 6),
])
def test_session_list_costs_the_same_queries_for_one_or_many_sessions(legacy, count_queries, user, permissions, one,
                                                                       many, rows):
    one_url, many_url = legacy.url(one, user, permissions), legacy.url(many, user, permissions)
    with count_queries() as one_count:
        assert len(legacy.client.get(one_url).get_json()) == 1
    with count_queries() as many_count:
        assert len(legacy.client.get(many_url).get_json()) == rows
    assert one_count.count == many_count.count <= 9  # v1.10.4 adds one: its SAXS Experiment counts


def test_columns_of_older_schemas_are_read_where_the_site_has_them(legacy, db_transaction, database):
    if database.schema_version == "v1.10.4":
        db_transaction.execute(text("UPDATE BLSession SET projectCode = 'mx-lysozyme', operatorSiteNumber = '42' "
                                    "WHERE sessionId = 55167"))
        expected = ("mx-lysozyme", "42")
    else:  # v5.0.0 dropped these columns: the keys stay, with null
        expected = (None, None)
    [row] = legacy.rows("/proposal/cm14451/session/sessionId/55167/list")
    assert (row["projectCode"], row["operatorSiteNumber"]) == expected
