# SPDX-License-Identifier: LGPL-3.0-or-later
"""Behaviour shared by every core collection: 404s, validation, filters, pagination and totals,
writes that stay inside the caller's proposals, and references to missing rows."""

from dataclasses import dataclass

import pytest

from tests.core.world import API, SPARE

ALL = "GET POST PUT PATCH DELETE"
READ_CREATE = "GET POST"


@dataclass
class Collection:
    """A collection route, its key, a valid body, the column naming its owner and an invalid value."""

    url: str
    kind: str
    key: str
    body: dict = None
    parent: tuple = None  # (column, kind of the parent row)
    invalid: tuple = None  # (field, value the schema refuses)
    methods: str = ALL

    def __str__(self):
        return self.url


COLLECTIONS = [
    Collection("/proposals", "proposal", "proposalId", {"personId": 1, "proposalCode": "mx", "proposalNumber": "7"},
               ("personId", "person"), ("state", "Sleeping")),
    Collection("/sessions", "session", "sessionId", {"proposalId": 37027, "visit_number": 901},
               ("proposalId", "proposal"), ("beamLineName", "x" * 46)),
    Collection("/sessions/beam_calendars", "beam_calendar", "beamCalendarId",
               {"run": "r1", "beamStatus": "User", "startDate": "2026-01-01T00:00:00",
                "endDate": "2026-02-01T00:00:00"}, invalid=("run", "x" * 8)),
    Collection("/contacts/persons", "person", "personId", {"login": "newbie"}, ("laboratoryId", "laboratory"),
               ("emailAddress", "x" * 61)),
    Collection("/contacts/lab_contacts", "lab_contact", "labContactId",
               {"personId": 1, "proposalId": 37027, "cardName": "new card"}, ("proposalId", "proposal"),
               ("cardName", "x" * 41)),
    Collection("/contacts/labs", "laboratory", "laboratoryId", {"name": "New lab"}, invalid=("name", "x" * 46)),
    Collection("/shipments", "shipment", "shippingId", {"proposalId": 37027}, ("proposalId", "proposal"),
               ("shippingName", "x" * 46)),
    Collection("/dewars", "dewar", "dewarId", {"shippingId": 6988}, ("shippingId", "shipment"), ("type", "Crate")),
    Collection("/containers", "container", "containerId", {"dewarId": 8287}, ("dewarId", "dewar"),
               ("capacity", "many")),
    Collection("/samples", "sample", "blSampleId", {"containerId": 33049}, ("containerId", "container"),
               ("name", "x" * 46)),
    Collection("/samples/crystals", "crystal", "crystalId", {"proteinId": 121393}, ("proteinId", "protein"),
               ("cell_a", "wide")),
    Collection("/samples/proteins", "protein", "proteinId", {"proposalId": 37027}, ("proposalId", "proposal"),
               ("acronym", "x" * 46)),
    Collection("/samples/diffraction_plans", "diffraction_plan", "diffractionPlanId", {"comments": "plan"},
               ("presetForProposalId", "proposal"), ("centringMethod", "magic")),
    Collection("/data_collections", "data_collection", "dataCollectionId", {"dataCollectionGroupId": 988855},
               ("dataCollectionGroupId", "data_collection_group"), ("rotationAxis", "Yaw"), READ_CREATE),
    Collection("/data_collections/groups", "data_collection_group", "dataCollectionGroupId", {"sessionId": 55167},
               ("sessionId", "session"), ("experimentType", "Dance"), READ_CREATE),
    Collection("/autoproc", "autoproc", "autoProcId", {"autoProcProgramId": 56425592},
               ("autoProcProgramId", "program"), ("refinedCell_a", "x"), READ_CREATE),
    Collection("/autoproc/programs", "program", "autoProcProgramId", {"processingJobId": 5},
               invalid=("processingStatus", "done"), methods=READ_CREATE),
    Collection("/autoproc/programs/attachments", "attachment", "autoProcProgramAttachmentId",
               {"autoProcProgramId": 56425592}, ("autoProcProgramId", "program"), ("fileType", "Movie"), READ_CREATE),
    Collection("/autoproc/status", "status", "autoProcStatusId",
               {"autoProcIntegrationId": 592508, "step": "Indexing", "status": "Launched"},
               ("autoProcIntegrationId", "integration"), ("step", "Dreaming"), READ_CREATE),
    Collection("/autoproc/integrations", "integration", "autoProcIntegrationId", methods="GET"),
    Collection("/autoproc/scaling_statistics", "scaling_statistics", "autoProcScalingStatisticsId", methods="GET"),
    Collection("/beamline/setups", "beamline_setup", "beamLineSetupId", {"beamlineName": "i04"},
               invalid=("beamlineName", "x" * 51)),
    Collection("/beamline/detectors", "detector", "detectorId", {"detectorModel": "Pilatus"},
               invalid=("detectorSerialNumber", "x" * 31)),
    Collection("/beamline/robot_actions", "robot_action", "robotActionId", {"blsessionId": 55167},
               ("blsessionId", "session"), ("actionType", "THROW")),
]
WRITABLE = [c for c in COLLECTIONS if "POST" in c.methods]
OWNED = [c for c in COLLECTIONS if c.parent]
PATCHABLE = [c for c in OWNED if "PATCH" in c.methods]


def rows(response):
    assert response.status_code == 200, response.get_json()
    return response.get_json()["data"]


@pytest.mark.parametrize("collection", COLLECTIONS, ids=str)
def test_unknown_item_is_404(client, as_user, collection):
    response = client.get(f"{API}{collection.url}/987654321", headers=as_user("admin"))
    assert response.status_code == 404
    assert "987654321" in response.get_json()["message"]


@pytest.mark.parametrize("collection", COLLECTIONS, ids=str)
def test_list_filters_pages_and_counts(client, world, as_user, collection):
    own, everything = world.own(collection.kind), as_user("admin")
    if collection.kind in SPARE:
        world.own(f"spare_{collection.kind}")  # at least two rows to page through
    both = f"{collection.key}={own}" + (f"&{collection.key}={world.foreign(collection.kind)}" if collection.parent
                                       else "")
    page = rows(client.get(f"{API}{collection.url}?{both}", headers=everything))
    assert page["total"] == len(page["rows"]) == (2 if collection.parent else 1)
    first = rows(client.get(f"{API}{collection.url}?limit=1", headers=everything))
    second = rows(client.get(f"{API}{collection.url}?limit=1&offset=1", headers=everything))
    assert len(first["rows"]) == 1 and first["total"] == second["total"] >= 2
    assert first["rows"][0][collection.key] < second["rows"][0][collection.key]
    last = rows(client.get(f"{API}{collection.url}?limit=1&order=desc", headers=everything))
    assert last["rows"][0][collection.key] > first["rows"][0][collection.key]
    mine = rows(client.get(f"{API}{collection.url}?{both}", headers=as_user("owner")))
    assert [r[collection.key] for r in mine["rows"]] == [own] and mine["total"] == 1


@pytest.mark.parametrize("collection", COLLECTIONS, ids=str)
def test_bad_list_parameter_is_400(client, as_user, collection):
    response = client.get(f"{API}{collection.url}?{collection.key}=abc", headers=as_user("admin"))
    assert response.status_code == 400
    assert collection.key in response.get_json()["message"]


@pytest.mark.parametrize("collection", WRITABLE, ids=str)
def test_invalid_body_is_422_naming_each_field(client, as_user, collection):
    field, value = collection.invalid
    body = {**collection.body, field: value, "colour": "red", collection.key: 5}
    response = client.post(f"{API}{collection.url}", json=body, headers=as_user("admin"))
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert {field, "colour", collection.key} <= set(errors), errors


@pytest.mark.parametrize("collection", WRITABLE, ids=str)
def test_created_row_reads_back(client, world, as_user, collection):
    created = client.post(f"{API}{collection.url}", json=collection.body, headers=as_user("admin"))
    assert created.status_code == 201, created.get_json()
    key = created.get_json()[collection.key]
    again = client.get(f"{API}{collection.url}/{key}", headers=as_user("admin"))
    assert again.status_code == 200 and again.get_json() == created.get_json()


@pytest.mark.parametrize("collection", [c for c in WRITABLE if c.parent], ids=str)
def test_reference_to_a_missing_parent_is_409_and_writes_nothing(client, as_user, collection):
    column = collection.parent[0]
    before = rows(client.get(f"{API}{collection.url}?limit=1", headers=as_user("admin")))["total"]
    response = client.post(f"{API}{collection.url}", json={**collection.body, column: 987654321},
                           headers=as_user("admin"))
    assert response.status_code == 409
    assert column in response.get_json()["message"]
    assert rows(client.get(f"{API}{collection.url}?limit=1", headers=as_user("admin")))["total"] == before


@pytest.mark.parametrize("collection", [c for c in WRITABLE if c.parent], ids=str)
def test_owner_cannot_create_in_another_proposal(client, world, as_user, collection):
    column, kind = collection.parent
    response = client.post(f"{API}{collection.url}", json={**collection.body, column: world.foreign(kind)},
                           headers=as_user("manager"))
    assert response.status_code == 403
    assert column in response.get_json()["message"]


@pytest.mark.parametrize("collection", PATCHABLE, ids=str)
def test_owner_cannot_move_his_row_into_another_proposal(client, world, as_user, collection):
    column, kind = collection.parent
    url = f"{API}{collection.url}/{world.own(collection.kind)}"
    before = client.get(url, headers=as_user("admin")).get_json()
    response = client.patch(url, json={column: world.foreign(kind)}, headers=as_user("owner"))
    assert response.status_code == 403
    assert client.get(url, headers=as_user("admin")).get_json() == before


@pytest.mark.parametrize("collection", PATCHABLE, ids=str)
def test_owner_cannot_change_or_delete_foreign_rows(client, world, as_user, collection):
    url = f"{API}{collection.url}/{world.foreign(collection.kind)}"
    assert client.patch(url, json={}, headers=as_user("owner")).status_code == 403
    assert client.delete(url, headers=as_user("owner")).status_code == 403


@pytest.mark.parametrize("collection", [c for c in COLLECTIONS if "PATCH" in c.methods], ids=str)
def test_patch_validates_and_refuses_read_only_columns(client, world, as_user, collection):
    field, value = collection.invalid
    url = f"{API}{collection.url}/{world.own(collection.kind)}"
    response = client.patch(url, json={field: value, collection.key: 1}, headers=as_user("admin"))
    assert response.status_code == 422
    assert {field, collection.key} <= set(response.get_json()["errors"])
