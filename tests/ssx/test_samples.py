# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX samples: components, concentrations, crystal and sample compositions, vocabularies."""

import pytest

from tests.ssx.conftest import (API, MG_PER_ML, MOLAR, OWNER, PROPOSAL, STRANGER, WRITER, build_slurry,
                                own_sample, post)


@pytest.fixture
def slurry(v5_only, client, auth, db_transaction):
    """boaty's crystal slurry: ``(sample, crystal, components)``."""
    return build_slurry(client, auth, db_transaction)


def test_sample_composition_describes_the_slurry_and_its_buffer(client, auth, slurry):
    sample, crystal, components = slurry
    body = client.get(f"{API}/ssx/samples/{sample}/composition", headers=auth.headers("boaty", OWNER)).get_json()
    assert (body["blSampleId"], body["crystalId"]) == (sample, crystal)
    (protein,) = body["crystalComposition"]
    assert protein["component"]["name"] == "lysozyme"
    assert protein["component"]["componentType"]["name"] == "Protein"
    assert (protein["abundance"], protein["concentrationType"]["symbol"]) == (20.0, "mg/ml")
    buffer = {row["component"]["name"]: row for row in body["sampleComposition"]}
    assert set(buffer) == {"HEPES", "PEG 400"}
    assert buffer["HEPES"]["concentrationType"]["concentrationTypeId"] == MOLAR and buffer["HEPES"]["pH"] == 7.5
    assert buffer["HEPES"]["component"]["composition"] == "C8H18N2O4S"


def test_composition_view_costs_a_fixed_number_of_queries(client, auth, slurry, count_queries):
    headers = auth.headers("boaty", OWNER)
    url = f"{API}/ssx/samples/{slurry[0]}/composition"
    client.get(url, headers=headers)
    with count_queries() as counter:
        client.get(url, headers=headers)
    assert counter.count <= 8


def test_components_are_listed_by_proposal_and_updated(client, auth, slurry):
    headers = auth.headers("boaty", WRITER)
    body = client.get(f"{API}/ssx/components?proposalId={PROPOSAL}", headers=headers).get_json()
    mine = [c["name"] for c in body["data"]["rows"] if c["componentId"] in slurry[2].values()]
    assert mine == ["lysozyme", "HEPES", "PEG 400", "monoolein"]
    hepes = slurry[2]["HEPES"]
    changed = client.patch(f"{API}/ssx/components/{hepes}", json={"name": "HEPES pH 7.5"}, headers=headers)
    assert changed.status_code == 200 and changed.get_json()["name"] == "HEPES pH 7.5"


def test_concentration_can_be_changed(client, auth, slurry):
    headers = auth.headers("boaty", WRITER)
    rows = client.get(f"{API}/ssx/sample_compositions?blSampleId={slurry[0]}", headers=headers).get_json()
    first = rows["data"]["rows"][0]["sampleCompositionId"]
    response = client.patch(f"{API}/ssx/sample_compositions/{first}",
                            json={"abundance": 0.05, "concentrationTypeId": MG_PER_ML}, headers=headers)
    assert response.status_code == 200 and response.get_json()["abundance"] == 0.05


@pytest.mark.parametrize("path, body, field", [
    ("/ssx/components", {"componentTypeId": 1, "name": "x"}, "proposalId"),
    ("/ssx/components", {"proposalId": PROPOSAL, "componentTypeId": 1}, "name"),
    ("/ssx/components", {"proposalId": PROPOSAL, "componentTypeId": 1, "name": "x" * 256}, "name"),
    ("/ssx/sample_compositions", {"componentId": 1}, "blSampleId"),
    ("/ssx/crystal_compositions", {"crystalId": 1, "componentId": 1, "abundance": "lots"}, "abundance"),
])
def test_invalid_bodies_are_422(client, auth, v5_only, path, body, field):
    response = client.post(f"{API}{path}", json=body, headers=auth.headers("boaty", WRITER))
    assert response.status_code == 422 and field in response.get_json()["errors"]


def test_stranger_sees_and_changes_nothing(client, auth, slurry, db_transaction):
    sample, crystal, components = slurry
    headers = auth.headers("stranger", STRANGER)
    for path in ("components", "crystal_compositions", "sample_compositions"):
        assert client.get(f"{API}/ssx/{path}", headers=headers).get_json()["data"]["total"] == 0, path
    assert client.get(f"{API}/ssx/samples/{sample}/composition", headers=headers).status_code == 403
    assert client.get(f"{API}/ssx/components/{components['HEPES']}", headers=headers).status_code == 403
    assert client.patch(f"{API}/ssx/components/{components['HEPES']}", json={"name": "mine"},
                        headers=headers).status_code == 403
    for path, body in (("components", {"proposalId": PROPOSAL, "componentTypeId": 1, "name": "x"}),
                       ("crystal_compositions", {"crystalId": crystal, "componentId": components["HEPES"]}),
                       ("sample_compositions", {"blSampleId": sample, "componentId": components["HEPES"]})):
        assert client.post(f"{API}/ssx/{path}", json=body, headers=headers).status_code == 403, path


def test_owner_cannot_use_another_proposals_sample(client, auth, slurry, db_transaction):
    other_sample, _ = own_sample(db_transaction, proposal=141666)
    response = client.post(f"{API}/ssx/sample_compositions", headers=auth.headers("boaty", WRITER),
                           json={"blSampleId": other_sample, "componentId": slurry[2]["HEPES"]})
    assert response.status_code == 403 and "blSampleId" in response.get_json()["message"]


def test_vocabularies_are_read_by_all_and_extended_by_staff(client, auth, database):
    headers = auth.headers("stranger", STRANGER)
    kinds = client.get(f"{API}/ssx/component_types?order_by=name", headers=headers).get_json()["data"]["rows"]
    assert "Protein" in [k["name"] for k in kinds]
    units = client.get(f"{API}/ssx/concentration_types/{MG_PER_ML}", headers=headers).get_json()
    assert units["symbol"] == "mg/ml"
    refused = client.post(f"{API}/ssx/component_types", json={"name": "Detergent"},
                          headers=auth.headers("boaty", WRITER))
    assert refused.status_code == 403
    created = client.post(f"{API}/ssx/component_types", json={"name": "Detergent"}, headers=headers)
    assert created.status_code == 201
    if database.schema_version == "v5.0.0":
        events = client.get(f"{API}/ssx/event_types?order_by=name", headers=headers).get_json()["data"]["rows"]
        assert [e["name"] for e in events] == ["LaserExcitation", "ReactionTrigger", "XrayDetection", "XrayExposure"]


def test_composition_with_a_component_shared_by_crystal_and_sample(client, auth, slurry):
    sample, _crystal, components = slurry
    headers = auth.headers("boaty", WRITER)
    post(client, headers, "/ssx/sample_compositions", {
        "blSampleId": sample, "componentId": components["lysozyme"], "concentrationTypeId": MOLAR, "abundance": 0.2})
    response = client.get(f"{API}/ssx/samples/{sample}/composition", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200, response.get_json()
    names = [row["component"]["componentType"]["name"] for row in response.get_json()["sampleComposition"]]
    assert "Protein" in names
