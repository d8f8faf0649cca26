# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM reads and pipeline writes: movies, motion correction, CTF, particle picking, classification."""

import pytest

from tests.em.conftest import API, OTHER_SESSION, OWNER, PIPELINE, SESSION, STAFF, STRANGER, insert_collection


def rows(response):
    assert response.status_code == 200, response.get_json()
    return response.get_json()["data"]["rows"]


def test_movies_of_a_data_collection_are_listed_in_key_order(client, auth, em_session):
    dc = em_session.collections[1]
    body = client.get(f"{API}/em/movies?dataCollectionId={dc}", headers=auth.headers("boaty", OWNER)).get_json()
    assert body["data"]["total"] == 4
    assert [r["movieId"] for r in body["data"]["rows"]] == em_session.movies[dc]
    assert body["data"]["rows"][0]["movieFullPath"].endswith("movie_1.tiff")


@pytest.mark.parametrize("selector", ["sessionId", "dataCollectionGroupId"])
def test_movies_by_session_or_group(client, auth, em_session, selector):
    value = SESSION if selector == "sessionId" else em_session.group
    body = client.get(f"{API}/em/movies?{selector}={value}&limit=2", headers=auth.headers("boaty", OWNER)).get_json()
    assert body["data"]["total"] == 7
    assert len(body["data"]["rows"]) == 2


def test_motion_corrections_of_a_data_collection_are_those_of_its_movies(client, auth, em_session):
    dc = em_session.collections[0]
    found = rows(client.get(f"{API}/em/motion_corrections?dataCollectionId={dc}", headers=auth.headers("boaty", OWNER)))
    expected = [em_session.corrections[m] for m in em_session.movies[dc] if m in em_session.corrections]
    assert [r["motionCorrectionId"] for r in found] == sorted(expected)
    assert all(r["dataCollectionId"] == dc for r in found)  # recorded from the movie


def test_ctf_by_session_and_by_program(client, auth, em_session):
    headers = auth.headers("boaty", OWNER)
    assert len(rows(client.get(f"{API}/em/ctf?sessionId={SESSION}", headers=headers))) == len(em_session.ctfs) == 5
    assert rows(client.get(f"{API}/em/ctf?sessionId={SESSION}&autoProcProgramId=1", headers=headers)) == []
    one = next(iter(em_session.ctfs.values()))
    assert client.get(f"{API}/em/ctf/{one}", headers=headers).get_json()["astigmatism"] == 200.0


def test_classification_chain(client, auth, em_session, database):
    headers = auth.headers("boaty", OWNER)
    if database.schema_version != "v5.0.0":
        response = client.get(f"{API}/em/classifications?sessionId={SESSION}", headers=headers)
        assert response.status_code == 501
        assert "not available on this database schema" in response.get_json()["message"]
        return
    assert [r["particlePickerId"] for r in rows(client.get(
        f"{API}/em/particle_pickers?sessionId={SESSION}", headers=headers))] == [em_session.picker]
    groups = rows(client.get(f"{API}/em/classification_groups?dataCollectionGroupId={em_session.group}",
                             headers=headers))
    wanted = [(em_session.classification_group, "2D")]
    assert [(g["particleClassificationGroupId"], g["type"]) for g in groups] == wanted
    classes = rows(client.get(f"{API}/em/classifications?particleClassificationGroupId="
                              f"{em_session.classification_group}&order_by=classNumber&order=desc", headers=headers))
    assert [c["classNumber"] for c in classes] == [3, 2, 1]


def test_tomograms_grid_squares_and_foil_holes_are_501_on_the_old_schema(client, auth, database):
    headers = auth.headers("boaty", OWNER)
    for path in ("tomograms", "grid_squares", "foil_holes"):
        response = client.get(f"{API}/em/{path}?sessionId={SESSION}", headers=headers)
        if database.schema_version == "v5.0.0":
            assert response.get_json()["data"] == {"total": 0, "rows": []}
        else:
            assert response.status_code == 501, path


@pytest.mark.parametrize("path, body, field", [
    ("/em/movies", {"movieNumber": 1}, "dataCollectionId"),
    ("/em/motion_corrections", {"dataCollectionId": 1, "totalMotion": 1.0}, "movieId"),
    ("/em/ctf", {"estimatedResolution": 3.1}, "motionCorrectionId"),
    ("/em/movies", {"dataCollectionId": "many"}, "dataCollectionId"),
    ("/em/movies", {"dataCollectionId": 1, "movieId": 5}, "movieId"),
    ("/em/movies", {"dataCollectionId": 1, "colour": "red"}, "colour"),
    ("/em/motion_corrections", {"movieId": 1, "imageNumber": 70000}, "imageNumber"),
])
def test_invalid_bodies_are_422_naming_the_field(client, auth, path, body, field):
    response = client.post(f"{API}{path}", json=body, headers=auth.headers("boaty", PIPELINE))
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_picker_and_group_must_hang_off_something(client, auth, database):
    if database.schema_version != "v5.0.0":
        pytest.skip("no particle picking tables in this schema")
    headers = auth.headers("boaty", PIPELINE)
    response = client.post(f"{API}/em/particle_pickers", json={"numberOfParticles": 3}, headers=headers)
    assert response.status_code == 422 and "firstMotionCorrectionId" in response.get_json()["errors"]
    response = client.post(f"{API}/em/classification_groups", json={"type": "2D"}, headers=headers)
    assert response.status_code == 422 and "particlePickerId" in response.get_json()["errors"]


def test_movie_of_another_collection_is_refused(client, auth, em_session):
    movie = em_session.movies[em_session.collections[0]][0]
    response = client.post(f"{API}/em/motion_corrections", headers=auth.headers("boaty", PIPELINE),
                           json={"movieId": movie, "dataCollectionId": em_session.collections[1]})
    assert response.status_code == 422
    assert "does not belong" in response.get_json()["message"]


def test_missing_parent_is_409(client, auth):
    response = client.post(f"{API}/em/ctf", json={"motionCorrectionId": 999999999},
                           headers=auth.headers("boaty", PIPELINE))
    assert response.status_code == 409


def test_writes_need_an_em_permission(client, auth, em_session):
    dc = em_session.collections[0]
    response = client.post(f"{API}/em/movies", json={"dataCollectionId": dc}, headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403
    assert "em_admin or write_data_collections" in response.get_json()["message"]
    processing = auth.headers("boaty", OWNER + ("write_processing",))
    movie = em_session.movies[dc][2]
    assert client.post(f"{API}/em/motion_corrections", json={"movieId": movie}, headers=processing
                       ).status_code == 201
    assert client.post(f"{API}/em/movies", json={"dataCollectionId": dc}, headers=processing).status_code == 403


def test_stranger_sees_nothing_and_writes_nothing(client, auth, em_session, database):
    headers = auth.headers("stranger", STRANGER)
    dc = em_session.collections[0]
    movie = em_session.movies[dc][0]
    correction = em_session.corrections[movie]
    for path in ("movies", "motion_corrections", "ctf", "particle_pickers", "classification_groups",
                 "classifications", "tomograms", "grid_squares", "foil_holes"):
        response = client.get(f"{API}/em/{path}?sessionId={SESSION}", headers=headers)
        assert response.status_code in (200, 501), path
        if response.status_code == 200:
            assert response.get_json()["data"] == {"total": 0, "rows": []}, path
    items = [f"movies/{movie}", f"motion_corrections/{correction}", f"ctf/{em_session.ctfs[correction]}"]
    if database.schema_version == "v5.0.0":
        items += [f"particle_pickers/{em_session.picker}", f"classification_groups/{em_session.classification_group}",
                  f"classifications/{em_session.classes[0]}"]
    for item in items:
        assert client.get(f"{API}/em/{item}", headers=headers).status_code == 403, item
    for path, body in (("movies", {"dataCollectionId": dc}), ("motion_corrections", {"movieId": movie}),
                       ("ctf", {"motionCorrectionId": correction})):
        response = client.post(f"{API}/em/{path}", json=body, headers=headers)
        assert response.status_code == 403, path
    assert client.get(f"{API}/em/movies?sessionId={SESSION}", headers=auth.headers("staff", STAFF)
                      ).get_json()["data"]["total"] == 7


def test_owner_cannot_write_into_another_proposal(client, auth, db_transaction):
    _, (foreign_dc, _) = insert_collection(db_transaction, OTHER_SESSION)
    response = client.post(f"{API}/em/movies", json={"dataCollectionId": foreign_dc},
                           headers=auth.headers("boaty", PIPELINE + ("write_data_collections",)))
    assert response.status_code == 403
    assert "dataCollectionId" in response.get_json()["message"]


def test_a_failed_write_leaves_nothing_behind(client, auth, em_session):
    headers = auth.headers("boaty", PIPELINE)
    before = client.get(f"{API}/em/ctf?sessionId={SESSION}", headers=headers).get_json()["data"]["total"]
    response = client.post(f"{API}/em/ctf", json={"motionCorrectionId": 999999999, "ccValue": 0.5}, headers=headers)
    assert response.status_code == 409
    assert client.get(f"{API}/em/ctf?sessionId={SESSION}", headers=headers).get_json()["data"]["total"] == before


def test_list_costs_a_fixed_number_of_queries(client, auth, em_session, count_queries):
    headers = auth.headers("boaty", OWNER)
    client.get(f"{API}/em/ctf?limit=1", headers=headers)  # log in and warm up
    counts = []
    for limit in (1, 50):
        with count_queries() as counter:
            assert client.get(f"{API}/em/ctf?sessionId={SESSION}&limit={limit}", headers=headers).status_code == 200
        counts.append(counter.count)
    assert counts[1] <= counts[0] <= 4  # a short page needs no count query


def test_bad_selector_is_400(client, auth):
    response = client.get(f"{API}/em/movies?sessionId=abc", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 400 and "sessionId" in response.get_json()["message"]
