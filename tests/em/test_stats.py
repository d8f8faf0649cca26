# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM statistics: checked against SQL written independently here, in a fixed number of queries."""

import pytest
from sqlalchemy import text

from tests.em.conftest import API, OTHER_SESSION, OWNER, SESSION, STRANGER, build_em_session, insert_collection

# Independent formulation: one plain query per figure (a motion correction belongs to its movie's data
# collection); the key column is chosen by the caller.
CHAIN = ("JOIN DataCollection dc ON dc.dataCollectionId = m.dataCollectionId "
         "JOIN DataCollectionGroup g ON g.dataCollectionGroupId = dc.dataCollectionGroupId WHERE {key} = :key")
CORRECTIONS = "JOIN Movie m ON m.movieId = mc.movieId " + CHAIN
SOURCES = {
    "movies": "FROM Movie m " + CHAIN,
    "corrections": "FROM MotionCorrection mc " + CORRECTIONS,
    "ctf": "FROM CTF c JOIN MotionCorrection mc ON mc.motionCorrectionId = c.motionCorrectionId " + CORRECTIONS,
    "ice": "FROM RelativeIceThickness r JOIN MotionCorrection mc ON mc.motionCorrectionId = r.motionCorrectionId "
           + CORRECTIONS,
}
FIGURES = {
    "movieCount": ("COUNT(*)", "movies"),
    "motionCorrectionCount": ("COUNT(*)", "corrections"),
    "averageTotalMotion": ("AVG(mc.totalMotion)", "corrections"),
    "ctfCount": ("COUNT(*)", "ctf"),
    "averageResolution": ("AVG(c.estimatedResolution)", "ctf"),
    "averageDefocus": ("AVG(c.estimatedDefocus)", "ctf"),
}
KEYS = {"session": "g.sessionId", "group": "g.dataCollectionGroupId", "collection": "dc.dataCollectionId"}


def figure(connection, kind, key, expression, source):
    """Compute one figure with plain SQL."""
    value = connection.execute(text(f"SELECT {expression} {SOURCES[source].format(key=KEYS[kind])}"),
                               {"key": key}).scalar()
    return float(value) if value is not None and expression.startswith("AVG") else value


def expected(connection, kind, key):
    """Compute the statistics with plain SQL."""
    return {name: figure(connection, kind, key, *how) for name, how in FIGURES.items()}


def same(actual, wanted):
    for name, value in wanted.items():
        assert actual[name] == pytest.approx(value), name


def add_ice_thickness(connection, em_session):
    """Record relative ice thickness for every motion correction (v5.0.0 only)."""
    for n, correction in enumerate(sorted(em_session.corrections.values())):
        connection.execute(text("INSERT INTO RelativeIceThickness (motionCorrectionId, minimum, q1, median, q3, "
                                "maximum) VALUES (:mc, 0.9, 1.0, :median, 1.2, 1.4)"),
                           {"mc": correction, "median": 1.0 + n / 10})


def test_session_statistics_match_sql(client, auth, em_session, db_transaction, database):
    if database.schema_version == "v5.0.0":
        add_ice_thickness(db_transaction, em_session)
    body = client.get(f"{API}/em/sessions/{SESSION}/stats", headers=auth.headers("boaty", OWNER)).get_json()
    wanted = expected(db_transaction, "session", SESSION)
    assert (wanted["movieCount"], wanted["motionCorrectionCount"], wanted["ctfCount"]) == (7, 5, 5)
    same(body, wanted)
    assert body["sessionId"] == SESSION
    assert body["averageAstigmatism"] == pytest.approx(200.0)
    if database.schema_version == "v5.0.0":
        ice = figure(db_transaction, "session", SESSION, "AVG(r.median)", "ice")
        assert body["averageIceThickness"] == pytest.approx(ice)
    else:
        assert body["averageIceThickness"] is None


def test_group_and_collection_statistics_match_sql(client, auth, em_session, db_transaction):
    headers = auth.headers("boaty", OWNER)
    body = client.get(f"{API}/em/data_collection_groups/{em_session.group}/stats", headers=headers).get_json()
    same(body, expected(db_transaction, "group", em_session.group))
    first, second = em_session.collections
    body = client.get(f"{API}/em/data_collections/{second},{first},{second}/stats", headers=headers).get_json()
    assert body["data"]["total"] == 2  # the duplicate is dropped, every id counts (not only the first)
    assert [r["dataCollectionId"] for r in body["data"]["rows"]] == [second, first]
    for row in body["data"]["rows"]:
        same(row, expected(db_transaction, "collection", row["dataCollectionId"]))


def test_per_group_statistics_of_a_session_cost_the_same_for_any_number_of_groups(
        client, auth, em_session, db_transaction, database, count_queries):
    headers = auth.headers("boaty", OWNER)
    url = f"{API}/em/sessions/{SESSION}/data_collection_groups/stats"
    client.get(url, headers=headers)
    with count_queries() as one_group:
        first = client.get(url, headers=headers).get_json()
    others = [build_em_session(client, auth, db_transaction, database, with_classification=False) for _ in range(2)]
    with count_queries() as three_groups:
        body = client.get(url, headers=headers).get_json()
    assert one_group.count == three_groups.count <= 8
    assert body["data"]["total"] == first["data"]["total"] + 2
    by_group = {r["dataCollectionGroupId"]: r for r in body["data"]["rows"]}
    for group in [em_session.group] + [o.group for o in others]:
        same(by_group[group], expected(db_transaction, "group", group))
    page = client.get(f"{url}?limit=1&offset=1", headers=headers).get_json()
    assert page["data"]["rows"] == [body["data"]["rows"][1]]


@pytest.mark.parametrize("ids, status", [("12,abc", 400), ("0", 400), ("-4", 400), ("1,,2", 400),
                                         ("99999999999999999999", 400), ("999999999", 404)])
def test_bad_id_lists(client, auth, ids, status):
    response = client.get(f"{API}/em/data_collections/{ids}/stats", headers=auth.headers("boaty", OWNER))
    assert response.status_code == status
    assert response.get_json()["message"]


def test_too_many_ids(client, auth, app):
    ids = ",".join(str(i) for i in range(1, app.config["PAGINATION_MAX_LIMIT"] + 2))
    response = client.get(f"{API}/em/data_collections/{ids}/stats", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 400 and "at most" in response.get_json()["message"]


def test_stranger_gets_no_statistics(client, auth, em_session, db_transaction):
    headers = auth.headers("stranger", STRANGER)
    for path in (f"sessions/{SESSION}/stats", f"sessions/{SESSION}/data_collection_groups/stats",
                 f"data_collection_groups/{em_session.group}/stats",
                 f"data_collections/{em_session.collections[0]}/stats"):
        assert client.get(f"{API}/em/{path}", headers=headers).status_code == 403, path
    _, (foreign, _) = insert_collection(db_transaction, OTHER_SESSION)
    mixed = f"{em_session.collections[0]},{foreign}"
    response = client.get(f"{API}/em/data_collections/{mixed}/stats", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403 and str(foreign) in response.get_json()["message"]


def test_session_without_em_data_has_zero_counts(client, auth):
    body = client.get(f"{API}/em/sessions/55168/stats", headers=auth.headers("boaty", OWNER)).get_json()
    assert (body["movieCount"], body["motionCorrectionCount"], body["ctfCount"]) == (0, 0, 0)
    assert body["averageTotalMotion"] is None
