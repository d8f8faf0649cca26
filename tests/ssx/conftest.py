# SPDX-License-Identifier: LGPL-3.0-or-later
"""A crystal slurry and SSX collections built through the API, as a user and MXCuBE would."""

from dataclasses import dataclass

import pytest
from sqlalchemy import text

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
WRITER = OWNER + ("write_samples", "write_data_collections", "set_file_paths")
STRANGER = ("own_proposals", "own_sessions", "write_samples", "write_data_collections", "write_beamline")
SESSION, PROPOSAL = 55167, 37027
MOLAR, PERCENT_WV, MG_PER_ML = 1, 2, 4  # ConcentrationType ids of the reference lookups
PROTEIN, BUFFER, JET_MATERIAL = 1, 6, 7  # ComponentType ids


def own_sample(connection, proposal=PROPOSAL):
    """Return ``(blSampleId, crystalId)`` of a sample shipped by the proposal (reference data)."""
    return connection.execute(text(
        "SELECT s.blSampleId, s.crystalId FROM BLSample s JOIN Container c ON c.containerId = s.containerId "
        "JOIN Dewar d ON d.dewarId = c.dewarId JOIN Shipping sh ON sh.shippingId = d.shippingId "
        "WHERE sh.proposalId = :p AND s.crystalId IS NOT NULL ORDER BY s.blSampleId LIMIT 1"), {"p": proposal}).one()


def post(client, headers, path, body):
    """POST and return the created row (the test fails on any other answer)."""
    response = client.post(f"{API}{path}", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def jet_collection(session_id, sample_id, group_id=None):
    """The body MXCuBE sends when it starts a pump-probe jet collection."""
    body = {
        "dataCollection": {"numberOfImages": 20000, "exposureTime": 0.01, "wavelength": 0.9763,
                           "startTime": "2026-03-03T10:00:00", "imageDirectory": "/dls/i24/data/2026/ssx/jet/",
                           "imagePrefix": "lyso_jet", "fileTemplate": "lyso_jet_#####.h5", "runStatus": "Successful"},
        "ssx": {"repetitionRate": 100.0, "energyBandwidth": 0.5, "monoStripe": "Pt", "jetSpeed": 2.1,
                "jetSize": 50.0, "reactionDuration": 0.002, "laserEnergy": 15.0, "experimentName": "pump-probe"},
        "eventChains": [{"name": "pump-probe", "events": [
            {"eventType": "XrayDetection", "name": "detector", "offset": 0.002, "duration": 0.01, "period": 0.01,
             "repetition": 20000},
            {"eventType": "LaserExcitation", "name": "pump", "offset": 0.0, "duration": 0.00001, "period": 0.01,
             "repetition": 20000},
            {"eventType": "XrayExposure", "name": "probe", "offset": 0.002, "duration": 0.00005, "period": 0.01,
             "repetition": 20000}]}],
    }
    if group_id is None:
        body["dataCollectionGroup"] = {"sessionId": session_id, "blSampleId": sample_id, "experimentType": "SSX-Jet",
                                       "startTime": "2026-03-03T09:55:00", "comments": "lysozyme slurry, LCP jet"}
    else:
        body["dataCollectionGroupId"] = group_id
    return body


def chip_collection(group_id):
    """A fixed-target (chip) collection added to an existing group, with a reaction trigger."""
    return {
        "dataCollectionGroupId": group_id,
        "dataCollection": {"numberOfImages": 25600, "exposureTime": 0.005, "wavelength": 0.9763,
                           "startTime": "2026-03-03T11:00:00", "imageDirectory": "/dls/i24/data/2026/ssx/chip/"},
        "ssx": {"repetitionRate": 200.0, "chipModel": "Oxford 8x8 city", "chipPattern": "full chip",
                "reactionDuration": 0.5},
        "eventChains": [{"name": "mix-and-inject", "events": [
            {"eventType": "ReactionTrigger", "offset": 0.0, "duration": 0.001},
            {"eventType": "XrayDetection", "offset": 0.5, "duration": 0.005, "period": 0.005, "repetition": 25600}]}],
    }


@dataclass
class Slurry:
    """Ids of the crystal slurry and collections built by :func:`ssx_collections`."""

    sample: int
    crystal: int
    components: dict
    jet: dict
    chip: dict


def build_slurry(client, auth, connection):
    """Components of proposal 37027, the crystal and sample compositions of one of its samples."""
    headers = auth.headers("boaty", WRITER)
    sample, crystal = own_sample(connection)
    components = {name: post(client, headers, "/ssx/components", {
        "proposalId": PROPOSAL, "componentTypeId": kind, "name": name, "composition": formula})["componentId"]
        for name, kind, formula in (("lysozyme", PROTEIN, None), ("HEPES", BUFFER, "C8H18N2O4S"),
                                    ("PEG 400", BUFFER, None), ("monoolein", JET_MATERIAL, "C21H40O4"))}
    post(client, headers, "/ssx/crystal_compositions", {
        "crystalId": crystal, "componentId": components["lysozyme"], "concentrationTypeId": MG_PER_ML,
        "abundance": 20.0})
    post(client, headers, "/ssx/sample_compositions", {
        "blSampleId": sample, "componentId": components["HEPES"], "concentrationTypeId": MOLAR, "abundance": 0.1,
        "pH": 7.5})
    post(client, headers, "/ssx/sample_compositions", {
        "blSampleId": sample, "componentId": components["PEG 400"], "concentrationTypeId": PERCENT_WV,
        "abundance": 30.0})
    return sample, crystal, components


@pytest.fixture
def ssx_collections(v5_only, client, auth, db_transaction):
    """boaty's slurry, a jet collection in a new group and a chip collection added to that group (v5.0.0)."""
    sample, crystal, components = build_slurry(client, auth, db_transaction)
    headers = auth.headers("boaty", WRITER)
    jet = post(client, headers, "/ssx/data_collections", jet_collection(SESSION, sample))
    chip = post(client, headers, "/ssx/data_collections", chip_collection(jet["dataCollectionGroupId"]))
    return Slurry(sample, crystal, components, jet, chip)


@pytest.fixture
def v5_only(database):
    """Skip on schemas without the SSX tables (their answers are tested separately)."""
    if database.schema_version != "v5.0.0":
        pytest.skip("this schema has no SSX tables")
