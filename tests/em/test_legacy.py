# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy EM routes (EXI, EXI2): the keys of the Java views, the token in the path, the same ownership."""

import pytest

from pyispyb.em.services.legacy_rows import CLASSIFICATION_KEYS, MOVIE_KEYS, STATS_KEYS
from tests.em.conftest import API, OWNER, PROPOSAL, SESSION, STRANGER, build_em_session
from tests.em.test_images import files  # noqa: F401 (fixture)


def legacy(auth, user=("boaty", OWNER), proposal=PROPOSAL):
    return f"{API}/legacy/{auth.token(*user)}/proposal/{proposal}/em"


def keys(rows_keys):
    return {key for key, *_ in rows_keys}


@pytest.mark.parametrize("proposal", [PROPOSAL, "cm14451", "CM14451"])
def test_movies_of_a_data_collection(client, auth, em_session, proposal):
    dc = em_session.collections[0]
    response = client.get(f"{legacy(auth, proposal=proposal)}/datacollection/{dc}/movie/all")
    assert response.status_code == 200
    rows = response.get_json()
    assert response.headers["X-Total-Count"] == "3"
    assert [r["Movie_movieId"] for r in rows] == em_session.movies[dc]
    assert all(set(r) == keys(MOVIE_KEYS) for r in rows)
    first = rows[0]
    assert first["MotionCorrection_motionCorrectionId"] == em_session.corrections[first["Movie_movieId"]]
    assert first["CTF_defocusU"] == pytest.approx(16100.0) and first["CTF_defocusV"] == pytest.approx(15900.0)
    assert first["CTF_resolutionLimit"] == pytest.approx(3.1)
    assert first["Proposal_proposalId"] == PROPOSAL and first["BLSession_sessionId"] == SESSION
    assert first["Movie_xmlMetaDataFullPath"] is None
    assert rows[2]["MotionCorrection_motionCorrectionId"] is None  # not processed yet


def test_limit_and_offset(client, auth, em_session):
    dc = em_session.collections[1]
    response = client.get(f"{legacy(auth)}/datacollection/{dc}/movie/all?limit=2&offset=1")
    assert [r["Movie_movieId"] for r in response.get_json()] == em_session.movies[dc][1:3]
    assert response.headers["X-Total-Count"] == "4"


def test_session_stats_rows(client, auth, em_session):
    rows = client.get(f"{legacy(auth)}/session/{SESSION}/stats").get_json()
    assert len(rows) == len(em_session.ctfs) == 5
    assert all(set(r) == keys(STATS_KEYS) for r in rows)
    assert {r["motionCorrectionId"] for r in rows} == set(em_session.ctfs)
    assert all(r["sessionId"] == SESSION and r["proposalId"] == PROPOSAL for r in rows)


def test_classification_rows(client, auth, em_session, database):
    response = client.get(f"{legacy(auth)}/session/{SESSION}/classification")
    if database.schema_version != "v5.0.0":
        assert response.status_code == 501
        return
    rows = response.get_json()
    assert [r["particleClassificationId"] for r in rows] == em_session.classes
    assert all(set(r) == keys(CLASSIFICATION_KEYS) for r in rows)
    assert rows[0]["numberOfParticles"] == 5120 and rows[2]["particlesPerClass"] == 3000


def test_group_list_with_stats_in_a_fixed_number_of_queries(client, auth, em_session, db_transaction, database,
                                                            count_queries):
    url = f"{legacy(auth)}/datacollection/session/{SESSION}/list"
    client.get(url)
    with count_queries() as one:
        rows = client.get(url).get_json()
    group = next(r for r in rows if r["DataCollectionGroup_dataCollectionGroupId"] == em_session.group)
    first, second = em_session.collections
    assert group["stats"] == [
        {"dataCollectionId": first, "movieCount": 3, "motionCorrectionCount": 2, "ctfCorrectionCount": 2},
        {"dataCollectionId": second, "movieCount": 4, "motionCorrectionCount": 3, "ctfCorrectionCount": 3}]
    for _ in range(2):
        build_em_session(client, auth, db_transaction, database, with_classification=False)
    with count_queries() as three:
        more = client.get(url).get_json()
    assert len(more) == len(rows) + 2
    assert one.count == three.count


@pytest.mark.parametrize("proposal", ["zz99", "{proposal}"])
def test_unknown_proposal_segment_is_ignored_as_in_1x(client, auth, em_session, proposal):
    """ispyb-client sends the unfilled template {proposal}: the session's own access rules decide."""
    response = client.get(f"{legacy(auth, user=('x', ('all_sessions',)), proposal=proposal)}/session/{SESSION}/stats")
    assert response.status_code == 200 and len(response.get_json()) == 5
    stranger = client.get(f"{legacy(auth, user=('stranger', STRANGER), proposal=proposal)}/session/{SESSION}/stats")
    assert stranger.status_code == 403


def test_unknown_query_parameters_are_ignored(client, auth, em_session, database):
    """ispyb-client's classification call sends ?self=&kwargs=, as the MX legacy routes allow."""
    assert client.get(f"{legacy(auth)}/session/{SESSION}/stats?self=&kwargs=").status_code == 200
    classification = client.get(f"{legacy(auth)}/session/{SESSION}/classification?self=&kwargs=").status_code
    assert classification == (200 if database.schema_version == "v5.0.0" else 501)  # v1.10.4 has no such tables
    assert client.get(f"{legacy(auth)}/session/{SESSION}/stats?limit=x").status_code == 400


def test_rows_of_another_proposal_are_not_mixed_in(client, auth, em_session):
    staff = ("staff", ("all_proposals", "all_sessions"))
    assert client.get(f"{legacy(auth, user=staff, proposal='cm1')}/session/{SESSION}/stats").get_json() == []
    assert len(client.get(f"{legacy(auth, user=staff)}/session/{SESSION}/stats").get_json()) == 5


def test_stranger_is_refused_everywhere(client, auth, em_session):
    base = legacy(auth, user=("stranger", STRANGER))
    movie = em_session.movies[em_session.collections[0]][0]
    for path in (f"datacollection/session/{SESSION}/list", f"session/{SESSION}/stats",
                 f"session/{SESSION}/classification", f"datacollection/{em_session.collections[0]}/movie/all",
                 f"datacollection/{em_session.collections[0]}/movie/{movie}/ctf/thumbnail"):
        assert client.get(f"{base}/{path}").status_code == 403, path


def test_owner_of_the_path_proposal_still_needs_the_session(client, auth, em_session):
    response = client.get(f"{legacy(auth)}/session/339525/stats")
    assert response.status_code == 403


def test_token_in_path_and_header(client, auth, em_session):
    url = f"{API}/legacy/not-a-token/proposal/{PROPOSAL}/em/session/{SESSION}/stats"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=auth.headers("boaty", OWNER)).status_code == 200


def test_movie_images(client, auth, em_session, files):  # noqa: F811
    dc = em_session.collections[0]
    movie = em_session.movies[dc][0]
    micrograph = files(f"/dls/m02/processed/mc/{movie}.jpg", b"micrograph")
    drift = files(f"/dls/m02/processed/mc/{movie}_drift.png", b"drift")
    spectrum = files(f"/dls/m02/processed/ctf/{movie}.jpg", b"spectrum")
    base = f"{legacy(auth)}/datacollection/{dc}/movie/{movie}"
    assert client.get(f"{base}/thumbnail").data == micrograph
    assert client.get(f"{base}/motioncorrection/thumbnail").data == micrograph
    assert client.get(f"{base}/motioncorrection/drift").data == drift
    assert client.get(f"{base}/ctf/thumbnail").data == spectrum
    wrong_dc = f"{legacy(auth)}/datacollection/{em_session.collections[1]}/movie/{movie}/thumbnail"
    assert client.get(wrong_dc).status_code == 404
    staff = ("staff", ("all_proposals", "all_sessions"))
    assert client.get(f"{legacy(auth, user=staff, proposal='cm1')}/datacollection/{dc}/movie/{movie}/thumbnail"
                      ).status_code == 404
    lenient = f"{legacy(auth, proposal='{proposal}')}/datacollection/%7Bdatacollection_id%7D/movie/{movie}/thumbnail"
    assert client.get(lenient).data == micrograph
    stranger = legacy(auth, user=("stranger", STRANGER), proposal="zz99")
    assert client.get(f"{stranger}/datacollection/x/movie/{movie}/thumbnail").status_code == 403


def test_browsers_may_read_the_total(client, auth, em_session):
    dc = em_session.collections[0]
    response = client.get(f"{legacy(auth)}/datacollection/{dc}/movie/all", headers={"Origin": "https://exi.example.org"})
    assert "X-Total-Count" in response.headers.get("Access-Control-Expose-Headers", "")
