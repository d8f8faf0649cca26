# SPDX-License-Identifier: LGPL-3.0-or-later
"""/schemas: the JSON Schema (draft-07) of every core resource, for authenticated callers only."""

import pytest

from tests.core.world import API

NAMES = ["auto_proc", "auto_proc_integration", "auto_proc_program", "auto_proc_program_attachment",
         "auto_proc_scaling_statistics", "auto_proc_status", "beam_calendar", "beamline_setup", "container",
         "crystal", "data_collection", "data_collection_group", "detector", "dewar", "diffraction_plan",
         "lab_contact", "laboratory", "person", "proposal", "protein", "robot_action", "sample", "session",
         "shipment"]


def definition(body):
    name = body["$ref"].rsplit("/", 1)[1]
    return body["definitions"][name]


def test_available_names(client, as_user):
    assert client.get(f"{API}/schemas/available_names", headers=as_user("noperm")).get_json() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_schema_is_draft_07(client, as_user, name):
    for payload in ("read", "create", "update"):
        body = client.get(f"{API}/schemas/{name}?payload={payload}", headers=as_user("noperm")).get_json()
        assert body["$schema"] == "http://json-schema.org/draft-07/schema#"
        assert definition(body)["type"] == "object"


def test_read_schema_describes_the_rows(client, as_user):
    schema = definition(client.get(f"{API}/schemas/dewar", headers=as_user("owner")).get_json())
    assert schema["properties"]["dewarId"]["type"] == "integer"
    assert schema["properties"]["type"]["enum"] == ["Dewar", "Toolbox", "Parcel"]


def test_create_schema_lists_required_fields_and_leaves_out_read_only_ones(client, as_user):
    schema = definition(client.get(f"{API}/schemas/proposal?payload=create", headers=as_user("owner")).get_json())
    assert schema["required"] == ["personId", "proposalCode", "proposalNumber"]
    assert "proposalId" not in schema["properties"] and "bltimeStamp" not in schema["properties"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["proposalCode"]["maxLength"] == 45
    assert schema["properties"]["state"]["enum"] == ["Open", "Closed", "Cancelled", None]


def test_update_schema_requires_nothing(client, as_user):
    schema = definition(client.get(f"{API}/schemas/proposal?payload=update", headers=as_user("owner")).get_json())
    assert "required" not in schema


def test_unknown_schema_is_404_and_bad_payload_400(client, as_user):
    assert client.get(f"{API}/schemas/spaceship", headers=as_user("owner")).status_code == 404
    response = client.get(f"{API}/schemas/dewar?payload=delete", headers=as_user("owner"))
    assert response.status_code == 400 and "payload" in response.get_json()["message"]


@pytest.mark.parametrize("path", ["/schemas/available_names", "/schemas/dewar"])
def test_schemas_need_a_token(client, path):
    assert client.get(API + path).status_code == 401
