# SPDX-License-Identifier: LGPL-3.0-or-later
"""Samples (v_mx_sample rows), crystals and proteins (Java VOs) through the legacy API."""

import pytest

from tests.legacy.conftest import MANAGER

P = "/proposal/cm14451/mx"


def sample_ids(rows):
    return [row["BLSample_blSampleId"] for row in rows]


def test_sample_rows_of_the_proposal(legacy, database):
    rows = legacy.rows(f"{P}/sample/list")
    expected = [374695, 398810, 398816, 398819] + ([398828] if database.schema_version == "v5.0.0" else [])
    assert sample_ids(rows) == expected
    first = rows[0]
    assert (first["BLSample_name"], first["Protein_acronym"], first["Protein_proposalId"]) == (
        "tlys_jan_4", "therm", 37027)
    assert (first["Container_code"], first["Dewar_dewarId"], first["Shipping_shippingId"]) == (
        "cm14451-1_i03r-002", 8287, 6988)
    last_group = 5440739 if database.schema_version == "v5.0.0" else 988855
    assert (first["sessionId"], first["BLSession_beamLineName"], first["DataCollectionGroup_dataCollectionGroupId"]) \
        == (55167, "i03", last_group)
    assert rows[2]["sessionId"] is None and rows[2]["DataCollectionGroup_dataCollectionGroupId"] is None


@pytest.mark.parametrize("path, expected", [
    ("containerid/34864,34874", [398810, 398816]), ("shipmentid/6988", [374695]), ("dewarid/8572", [398810, 398816,
                                                                                                  398819]),
    ("crystalId/333301", [398810]), ("sessionid/55168", [398810]), ("sessionid/339525", []),
])
def test_sample_rows_by_container_shipment_dewar_crystal_and_session(legacy, path, expected):
    assert sample_ids(legacy.rows(f"{P}/sample/{path}/list")) == expected


def test_samples_of_another_proposal_are_not_listed(legacy):
    assert legacy.rows(f"{P}/sample/containerid/1326/list", permissions=MANAGER) == []
    assert legacy.get(f"{P}/sample/list", user="x").status_code == 403
    assert legacy.get(f"{P}/sample/list", permissions=("own_sessions",)).status_code == 403


def test_proteins_are_protein3vo(legacy):
    proteins = legacy.rows(f"{P}/protein/list")
    assert [p["acronym"] for p in proteins] == ["therm", "thau", "xpdf-comp-01"]
    assert set(proteins[0]) == {"proteinId", "name", "acronym", "safetyLevel", "molecularMass", "proteinType",
                                "sequence", "personId", "timeStamp", "isCreatedBySampleSheet", "externalId"}


def test_crystals_are_crystal3vo_with_their_protein(legacy):
    crystals = legacy.rows(f"{P}/crystal/list")
    assert [c["crystalId"] for c in crystals] == [310037, 333301, 333308]
    assert crystals[0]["proteinVO"]["acronym"] == "therm" and crystals[0]["structure3VOs"] == []
    assert {"cellA", "cellAlpha", "sizeX", "spaceGroup", "diffractionPlanVO"} <= set(crystals[0])
    assert legacy.rows(f"{P}/crystal/333301/get")["proteinVO"]["acronym"] == "thau"
    assert [c["crystalId"] for c in legacy.rows(f"{P}/crystal/proteinid/121393/list")] == [310037]
    assert legacy.get(f"{P}/crystal/4/get").status_code == 404
    assert legacy.rows("/proposal/zz1/mx/crystal/list") == []
