# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shipments, dewars, containers and EXI2's shipping writes through the legacy API."""

from tests.legacy.conftest import MANAGER, OWNER

P = "/proposal/cm14451"
WRITER = (*OWNER, "write_shipments")


def test_shipping_list_has_one_row_per_shipment_dewar_and_container(legacy):
    rows = legacy.rows(f"{P}/shipping/list")
    assert [(r["Shipping_shippingId"], r["Dewar_dewarId"], r["Container_containerId"]) for r in rows] == [
        (7231, 8578, 34888), (7227, 8572, 34864), (7227, 8572, 34874), (7227, 8572, 34877), (7227, 8572, 34879),
        (6988, 8287, 33049)]
    row = rows[-1]
    assert row["Shipping_shippingName"] == "Default Shipping:cm14451-1"
    assert row["Dewar_code"] == "Default Dewar:cm14451-1"
    assert (row["sampleCount"], row["stockSolutionCount"]) == (1, 0)
    assert len(row) == 19 + 9 + 16 + 2


def test_shipping_lists_of_a_stranger_or_unknown_proposal(legacy):
    assert legacy.get(f"{P}/shipping/list", user="x").status_code == 403
    assert legacy.rows("/proposal/cm999/shipping/list") == []
    assert [r["Shipping_shippingId"] for r in legacy.rows("/proposal/cm1/shipping/list", user="staff",
                                                          permissions=MANAGER)][:1] == [480]


def test_shipment_description_nests_dewars_containers_and_samples(legacy):
    shipment = legacy.rows(f"{P}/shipping/6988/get")
    assert shipment["shippingName"] == "Default Shipping:cm14451-1"
    [dewar] = shipment["dewarVOs"]
    assert dewar["dewarId"] == 8287 and [c["containerId"] for c in dewar["containerVOs"]] == [33049]
    assert [s["blSampleId"] for s in dewar["containerVOs"][0]["sampleVOs"]] == [374695]
    assert legacy.get(f"{P}/shipping/474/get", permissions=MANAGER).status_code == 404
    assert legacy.get("/proposal/cm1/shipping/474/get").status_code == 403


def test_dewar_lists_by_proposal_session_and_status(legacy):
    rows = legacy.rows(f"{P}/dewar/list")
    assert [(r["dewarId"], r["containerId"]) for r in rows] == [
        (8578, 34888), (8572, 34864), (8572, 34874), (8572, 34877), (8572, 34879), (8287, 33049)]
    assert rows[-1]["sessionId"] == 55167 and rows[-1]["dewarCode"] == "Default Dewar:cm14451-1"
    assert rows[-1]["sampleCount"] == 1 and rows[0]["sessionId"] is None
    assert [r["dewarId"] for r in legacy.rows(f"{P}/dewar/session/55168/list")] == [8572] * 4
    assert [r["dewarId"] for r in legacy.rows(f"{P}/dewar/status/opened/list")] == [8578]
    assert [r["Dewar_dewarId"] for r in legacy.rows(f"{P}/shipping/6988/dewar/list")] == [8287]


def test_container_of_a_dewar_of_a_shipment(legacy):
    container = legacy.rows(f"{P}/shipping/7227/dewar/8572/puck/34864/get")
    assert container["code"] == "I03R-001" and container["sampleChangerLocation"] == "29"
    assert isinstance(container["sampleVOs"], list)
    assert legacy.get(f"{P}/shipping/6988/dewar/8572/puck/34864/get").status_code == 404


def test_shipping_status_update_changes_the_shipment_and_its_dewars(legacy):
    response = legacy.get(f"{P}/shipping/7227/status/sent%20to%20facility/update", permissions=WRITER)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["shippingStatus"] == "sent to facility"
    assert {d["dewarStatus"] for d in response.get_json()["dewarVOs"]} == {"sent to facility"}
    assert legacy.rows(f"{P}/dewar/session/55168/list")[0]["shippingStatus"] == "sent to facility"


def test_shipping_status_update_needs_ownership_and_the_write_permission(legacy):
    assert legacy.get(f"{P}/shipping/7227/status/sent/update").status_code == 403
    assert legacy.get("/proposal/cm1/shipping/474/status/sent/update", permissions=WRITER).status_code == 403
    assert legacy.get(f"{P}/shipping/474/status/sent/update", permissions=(*MANAGER, "write_shipments")) \
        .status_code == 404
    assert legacy.rows("/proposal/cm1/shipping/list", user="staff", permissions=MANAGER)[-1][
        "Shipping_shippingStatus"] == "processing"


def test_sample_changer_locations_update_in_one_request(legacy, client):
    url = legacy.url(f"{P}/container/34864,34874/beamline/i04,i03/samplechangerlocation/update", permissions=WRITER)
    response = client.post(url, data={"sampleChangerLocation": "12,"})
    assert response.status_code == 200 and response.get_json() == {"updateSampleLocation": "ok"}
    located = {r["containerId"]: (r["beamlineLocation"], r["sampleChangerLocation"])
               for r in legacy.rows(f"{P}/dewar/session/55168/list")}
    assert located[34864] == ("i04", "12") and located[34874] == ("i03", None)


def test_sample_changer_update_is_all_or_nothing(legacy, client):
    foreign = legacy.url(f"{P}/container/34864,1326/beamline/i04,i04/samplechangerlocation/update",
                         permissions=(*MANAGER, "write_shipments"))
    assert client.post(foreign, data={"sampleChangerLocation": "1,2"}).status_code == 404
    mismatched = legacy.url(f"{P}/container/34864/beamline/i04,i03/samplechangerlocation/update", permissions=WRITER)
    assert client.post(mismatched, data={"sampleChangerLocation": "1"}).status_code == 400
    reader = legacy.url(f"{P}/container/34864/beamline/i04/samplechangerlocation/update")
    assert client.post(reader, data={"sampleChangerLocation": "1"}).status_code == 403
    rows = legacy.rows(f"{P}/dewar/session/55168/list")
    assert {r["containerId"]: r["sampleChangerLocation"] for r in rows}[34864] == "29"
