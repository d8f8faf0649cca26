# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX data collections: one request creates the group, collection, SSX parameters and event chains."""

import pytest
from sqlalchemy import text

from tests.ssx.conftest import API, OWNER, SESSION, STRANGER, WRITER, chip_collection, jet_collection, own_sample


def test_jet_collection_is_created_and_read_back_whole(client, auth, ssx_collections):
    jet = ssx_collections.jet
    assert jet["numberOfImages"] == 20000 and jet["SESSIONID"] == SESSION
    assert jet["BLSAMPLEID"] == ssx_collections.sample
    assert jet["dataCollectionGroup"]["experimentType"] == "SSX-Jet"
    assert jet["ssx"]["jetSpeed"] == pytest.approx(2.1) and jet["ssx"]["experimentName"] == "pump-probe"
    (chain,) = jet["eventChains"]
    assert chain["name"] == "pump-probe"
    assert [e["eventType"] for e in chain["events"]] == ["LaserExcitation", "XrayDetection", "XrayExposure"]
    assert chain["events"][0]["repetition"] == 20000
    again = client.get(f"{API}/ssx/data_collections/{jet['dataCollectionId']}", headers=auth.headers("boaty", OWNER))
    assert again.status_code == 200 and again.get_json() == jet


def test_chip_collection_joins_the_existing_group(client, auth, ssx_collections):
    chip = ssx_collections.chip
    assert chip["dataCollectionGroupId"] == ssx_collections.jet["dataCollectionGroupId"]
    assert chip["ssx"]["chipModel"] == "Oxford 8x8 city"
    assert [e["eventType"] for e in chip["eventChains"][0]["events"]] == ["ReactionTrigger", "XrayDetection"]
    group = client.get(f"{API}/ssx/data_collection_groups/{chip['dataCollectionGroupId']}",
                       headers=auth.headers("boaty", OWNER)).get_json()
    assert (group["dataCollectionCount"], group["numberOfImages"]) == (2, 45600)


def test_lists_by_session_and_by_sample_are_paginated(client, auth, ssx_collections):
    headers = auth.headers("boaty", OWNER)
    ids = [ssx_collections.jet["dataCollectionId"], ssx_collections.chip["dataCollectionId"]]
    body = client.get(f"{API}/ssx/data_collections?sessionId={SESSION}&limit=1&offset=1", headers=headers).get_json()
    assert body["data"]["total"] == 2
    assert [r["dataCollectionId"] for r in body["data"]["rows"]] == ids[1:]
    assert body["data"]["rows"][0]["eventChains"][0]["name"] == "mix-and-inject"
    by_sample = client.get(f"{API}/ssx/data_collections?blSampleId={ssx_collections.sample}", headers=headers)
    assert [r["dataCollectionId"] for r in by_sample.get_json()["data"]["rows"]] == ids
    assert client.get(f"{API}/ssx/data_collections?sessionId=55168", headers=headers).get_json()["data"]["total"] == 0
    groups = client.get(f"{API}/ssx/data_collection_groups?sessionId={SESSION}", headers=headers).get_json()
    group = ssx_collections.jet["dataCollectionGroupId"]
    assert [g["dataCollectionGroupId"] for g in groups["data"]["rows"]] == [group]
    assert groups["data"]["rows"][0]["dataCollectionCount"] == 2


def test_list_costs_a_fixed_number_of_queries(client, auth, ssx_collections, count_queries):
    headers = auth.headers("boaty", OWNER)
    client.get(f"{API}/ssx/data_collections?limit=1", headers=headers)
    counts = []
    for limit in (1, 50):
        with count_queries() as counter:
            client.get(f"{API}/ssx/data_collections?sessionId={SESSION}&limit={limit}", headers=headers)
        counts.append(counter.count)
    assert counts[1] <= counts[0] <= 9  # a short page needs no count query


def test_a_plain_data_collection_is_not_an_ssx_one(client, auth, ssx_collections, db_transaction):
    plain = db_transaction.execute(text(
        "SELECT dc.dataCollectionId FROM DataCollection dc JOIN DataCollectionGroup g "
        "ON g.dataCollectionGroupId = dc.dataCollectionGroupId WHERE g.sessionId = :s LIMIT 1"),
        {"s": 55168}).scalar()
    if plain is None:
        pytest.skip("no data collection in session 55168")
    response = client.get(f"{API}/ssx/data_collections/{plain}", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and "not an SSX" in response.get_json()["message"]


@pytest.mark.parametrize("change, field", [
    (lambda b: b.pop("ssx"), "ssx"),
    (lambda b: b.update(dataCollectionGroupId=1), "dataCollectionGroup"),
    (lambda b: b["dataCollectionGroup"].update(experimentType="OSC"), "dataCollectionGroup.experimentType"),
    (lambda b: b["eventChains"][0]["events"][1].update(eventType="Earthquake"), "eventChains.0.events.1.eventType"),
    (lambda b: b["eventChains"][0]["events"][0].pop("eventType"), "eventChains.0.events.0.eventType"),
    (lambda b: b["ssx"].update(jetSpeed="fast"), "ssx"),
    (lambda b: b["dataCollection"].update(SESSIONID=1), "dataCollection"),
    (lambda b: b.update(colour="red"), "colour"),
])
def test_invalid_bodies_are_422(client, auth, v5_only, db_transaction, change, field):
    sample, _ = own_sample(db_transaction)
    body = jet_collection(SESSION, sample)
    change(body)
    response = client.post(f"{API}/ssx/data_collections", json=body, headers=auth.headers("boaty", WRITER))
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]


def count_rows(connection):
    return [connection.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
            for t in ("DataCollectionGroup", "DataCollection", "SSXDataCollection", "EventChain", "Event")]


def test_a_failed_create_writes_nothing(client, auth, v5_only, db_transaction):
    sample, _ = own_sample(db_transaction)
    before = count_rows(db_transaction)
    body = jet_collection(SESSION, sample)
    body["eventChains"][0]["events"][2] = {"eventTypeId": 999999, "offset": 1.0}
    response = client.post(f"{API}/ssx/data_collections", json=body, headers=auth.headers("boaty", WRITER))
    assert response.status_code == 409
    assert count_rows(db_transaction) == before


def test_writes_need_write_data_collections(client, auth, v5_only, db_transaction):
    sample, _ = own_sample(db_transaction)
    response = client.post(f"{API}/ssx/data_collections", json=jet_collection(SESSION, sample),
                           headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403 and "write_data_collections" in response.get_json()["message"]


def test_stranger_cannot_read_or_write_boatys_collections(client, auth, ssx_collections):
    headers = auth.headers("stranger", STRANGER)
    jet = ssx_collections.jet
    assert client.get(f"{API}/ssx/data_collections/{jet['dataCollectionId']}", headers=headers).status_code == 403
    assert client.get(f"{API}/ssx/data_collection_groups/{jet['dataCollectionGroupId']}",
                      headers=headers).status_code == 403
    for path in ("data_collections", "data_collection_groups"):
        body = client.get(f"{API}/ssx/{path}?sessionId={SESSION}", headers=headers).get_json()
        assert body["data"] == {"total": 0, "rows": []}, path
    for body in (jet_collection(SESSION, None), chip_collection(jet["dataCollectionGroupId"])):
        response = client.post(f"{API}/ssx/data_collections", json=body, headers=headers)
        assert response.status_code == 403, response.get_json()
    assert client.get(f"{API}/ssx/sessions/{SESSION}/stats", headers=headers).status_code == 403


def test_events_may_only_name_own_components(client, auth, ssx_collections):
    foreign = client.post(f"{API}/ssx/components", json={"proposalId": 141666, "componentTypeId": 1, "name": "x"},
                          headers=auth.headers("admin", ("admin",))).get_json()["componentId"]
    body = chip_collection(ssx_collections.jet["dataCollectionGroupId"])
    body["eventChains"][0]["events"][0]["componentId"] = foreign
    response = client.post(f"{API}/ssx/data_collections", json=body, headers=auth.headers("boaty", WRITER))
    assert response.status_code == 403 and "componentId" not in response.get_json().get("errors", {})
    body["eventChains"][0]["events"][0]["componentId"] = 999999999
    assert client.post(f"{API}/ssx/data_collections", json=body, headers=auth.headers("boaty", WRITER)
                       ).status_code == 409
    body["eventChains"][0]["events"][0]["componentId"] = ssx_collections.components["monoolein"]
    created = client.post(f"{API}/ssx/data_collections", json=body, headers=auth.headers("boaty", WRITER))
    assert created.status_code == 201
    assert created.get_json()["eventChains"][0]["events"][0]["componentId"] == ssx_collections.components["monoolein"]


def test_old_schema_answers_not_available(client, auth, database):
    if database.schema_version == "v5.0.0":
        pytest.skip("the SSX tables exist")
    headers = auth.headers("boaty", WRITER)
    for method, path in (("get", "data_collections"), ("get", "data_collections/1"), ("get", "data_collection_groups"),
                         ("get", f"sessions/{SESSION}/stats"), ("get", "components"), ("get", "event_types"),
                         ("get", "crystal_compositions"), ("get", "sample_compositions"),
                         ("get", "samples/1/composition"), ("post", "data_collections")):
        response = getattr(client, method)(f"{API}/ssx/{path}", headers=headers,
                                           json=jet_collection(SESSION, 1) if method == "post" else None)
        assert response.status_code == 501, path
        assert "not available on this database schema" in response.get_json()["message"]
    assert client.get(f"{API}/ssx/component_types", headers=headers).status_code == 200
