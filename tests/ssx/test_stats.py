# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX statistics of a session, checked against SQL written here."""

import pytest
from sqlalchemy import text

from tests.ssx.conftest import API, OWNER, SESSION

EXPECTED = """
SELECT COUNT(DISTINCT g.dataCollectionGroupId) AS groups, COUNT(*) AS collections, SUM(dc.numberOfImages) AS images
FROM DataCollection dc JOIN SSXDataCollection s ON s.dataCollectionId = dc.dataCollectionId
JOIN DataCollectionGroup g ON g.dataCollectionGroupId = dc.dataCollectionGroupId WHERE g.sessionId = :s
"""
HITS = """
SELECT COUNT(*) AS analysed, SUM(CASE WHEN q.goodBraggCandidates >= :spots THEN 1 ELSE 0 END) AS hits
FROM ImageQualityIndicators q JOIN SSXDataCollection s ON s.dataCollectionId = q.dataCollectionId
JOIN DataCollection dc ON dc.dataCollectionId = q.dataCollectionId
JOIN DataCollectionGroup g ON g.dataCollectionGroupId = dc.dataCollectionGroupId WHERE g.sessionId = :s
"""


def record_spot_finding(connection, dc_id, counts):
    """Per-image spot finding results, as the analysis pipeline records them."""
    for number, spots in enumerate(counts, 1):
        connection.execute(text("INSERT INTO ImageQualityIndicators (dataCollectionId, imageNumber, spotTotal, "
                                "goodBraggCandidates) VALUES (:dc, :n, :spots, :spots)"),
                           {"dc": dc_id, "n": number, "spots": spots})


@pytest.mark.parametrize("spots", [None, 50])
def test_session_statistics_match_sql(client, auth, ssx_collections, db_transaction, spots):
    record_spot_finding(db_transaction, ssx_collections.jet["dataCollectionId"], [0, 3, 19, 20, 21, 57, 140, 2])
    record_spot_finding(db_transaction, ssx_collections.chip["dataCollectionId"], [35, 80])
    query = "" if spots is None else f"?hitMinimumSpots={spots}"
    body = client.get(f"{API}/ssx/sessions/{SESSION}/stats{query}", headers=auth.headers("boaty", OWNER)).get_json()
    counts = db_transaction.execute(text(EXPECTED), {"s": SESSION}).mappings().one()
    hits = db_transaction.execute(text(HITS), {"s": SESSION, "spots": spots or 20}).mappings().one()
    assert (body["dataCollectionGroupCount"], body["dataCollectionCount"], body["numberOfImages"]) == (
        counts["groups"], counts["collections"], counts["images"]) == (1, 2, 45600)
    assert (body["analysedImages"], body["hits"]) == (hits["analysed"], hits["hits"])
    assert body["hits"] == (6 if spots is None else 3)
    assert body["hitRate"] == pytest.approx(body["hits"] / 10)


def test_session_without_ssx_data(client, auth, v5_only):
    body = client.get(f"{API}/ssx/sessions/55168/stats", headers=auth.headers("boaty", OWNER)).get_json()
    assert (body["dataCollectionCount"], body["numberOfImages"], body["hits"], body["hitRate"]) == (0, 0, 0, None)


@pytest.mark.parametrize("query", ["hitMinimumSpots=0", "hitMinimumSpots=many", "colour=red"])
def test_bad_parameters_are_400(client, auth, v5_only, query):
    response = client.get(f"{API}/ssx/sessions/{SESSION}/stats?{query}", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 400
