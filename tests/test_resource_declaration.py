# SPDX-License-Identifier: LGPL-3.0-or-later
"""A table's full CRUD from one declaration, written in this test alone (docs/adding-a-resource.md).

``Screening`` is in both reference schemas and served by no route of the application. One
:func:`~pyispyb.kernel.resources.declare` gives it routes, Swagger paths and models, a ``/schemas``
entry and an ownership scope; the test builds an application with that namespace and uses it
as the owner of a data collection group and as a stranger.
"""

import pytest

from pyispyb import models as m
from pyispyb.kernel import resources
from pyispyb.kernel.access import scopes
from pyispyb.kernel.access.scopes import via
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS
from pyispyb.kernel.http import add_namespaces
from tests.conftest import app_settings

API = "/ispyb/api/v1"
GROUP = 988855  # a data collection group of proposal 37027 (boaty's)
OWNER = ("boaty", ("own_proposals", "own_sessions", WRITE_DATA_COLLECTIONS))
STRANGER = ("stranger", ("own_proposals", "own_sessions", WRITE_DATA_COLLECTIONS))


@pytest.fixture(scope="module")
def screenings():
    """Declare Screening (the one edit a new table needs); forget it after the module."""
    saved_scopes, saved_names = dict(scopes.SCOPES), dict(resources.SCHEMA_REGISTRY)
    yield resources.declare(
        m.Screening, "/screenings", tag="Screenings", description="Screenings of data collection groups",
        scope=via(m.Screening.dataCollectionGroupId), write=WRITE_DATA_COLLECTIONS,
        required=("dataCollectionGroupId",))
    for registry, saved in ((scopes.SCOPES, saved_scopes), (resources.SCHEMA_REGISTRY, saved_names)):
        registry.clear()
        registry.update(saved)


@pytest.fixture(scope="module")
def app(database, screenings, tmp_path_factory):
    """The application with the declared namespace added, as a service's ``init_app`` adds its own."""
    from pyispyb import create_app

    temp_folder = tmp_path_factory.mktemp("declared")
    app = create_app(run_mode="test", overrides=app_settings(database, TEMP_FOLDER=str(temp_folder)))
    add_namespaces(app, [screenings.namespace])
    return app


def test_the_declaration_derives_names_schemas_and_scope(screenings):
    assert (screenings.list_endpoint, screenings.item_endpoint, screenings.item_param) == (
        "screenings", "screening_by_id", "screening_id")
    assert "dataCollectionGroupId" in screenings.schemas.writable
    assert "screeningId" in screenings.schemas.read_only
    assert scopes.scope_kind(m.Screening) == "session"
    assert resources.SCHEMA_REGISTRY["screening"] is screenings


def test_owner_lists_creates_reads_changes_and_deletes(client, auth):
    owner = auth.headers(*OWNER)
    before = client.get(f"{API}/screenings?dataCollectionGroupId={GROUP}", headers=owner)
    assert before.status_code == 200, before.get_json()

    created = client.post(f"{API}/screenings", headers=owner,
                          json={"dataCollectionGroupId": GROUP, "comments": "declared in a test"})
    assert created.status_code == 201, created.get_json()
    key = created.get_json()["screeningId"]
    url = f"{API}/screenings/{key}"

    listed = client.get(f"{API}/screenings?dataCollectionGroupId={GROUP}", headers=owner).get_json()["data"]
    assert listed["total"] == before.get_json()["data"]["total"] + 1
    assert key in [row["screeningId"] for row in listed["rows"]]
    assert client.get(url, headers=owner).get_json()["comments"] == "declared in a test"

    patched = client.patch(url, headers=owner, json={"shortComments": "patched"})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["shortComments"] == "patched"
    replaced = client.put(url, headers=owner, json={"dataCollectionGroupId": GROUP, "comments": "replaced"})
    assert replaced.status_code == 200, replaced.get_json()
    assert replaced.get_json()["comments"] == "replaced"

    assert client.put(url, headers=owner, json={"comments": "no group"}).status_code == 422
    assert client.post(f"{API}/screenings", headers=owner, json={"screeningId": 1}).status_code == 422
    assert client.delete(url, headers=owner).status_code == 204
    assert client.get(url, headers=owner).status_code == 404


def test_a_stranger_sees_nothing_and_changes_nothing(client, auth):
    owner, stranger = auth.headers(*OWNER), auth.headers(*STRANGER)
    created = client.post(f"{API}/screenings", headers=owner, json={"dataCollectionGroupId": GROUP})
    url = f"{API}/screenings/{created.get_json()['screeningId']}"

    assert client.get(f"{API}/screenings", headers=stranger).get_json()["data"]["total"] == 0
    assert client.get(url, headers=stranger).status_code == 403
    assert client.patch(url, headers=stranger, json={"comments": "mine"}).status_code == 403
    assert client.delete(url, headers=stranger).status_code == 403
    assert client.post(f"{API}/screenings", headers=stranger, json={"dataCollectionGroupId": GROUP}).status_code == 403
    assert client.get(url).status_code == 401


def test_swagger_documents_the_routes(client):
    spec = client.get(f"{API}/swagger.json").get_json()
    assert set(spec["paths"]["/screenings"]) == {"get", "post"}
    assert set(spec["paths"]["/screenings/{screening_id}"]) - {"parameters"} == {"get", "put", "patch", "delete"}
    assert spec["paths"]["/screenings"]["post"]["operationId"] == "post_screenings"
    assert spec["paths"]["/screenings/{screening_id}"]["patch"]["operationId"] == "patch_screening_by_id"
    assert {"Screening", "ScreeningWrite", "ScreeningUpdate"} <= set(spec["definitions"])
    assert "Screenings" in [tag["name"] for tag in spec["tags"]]


def test_schemas_serves_the_declared_table(client, auth):
    headers = auth.headers(*OWNER)
    assert "screening" in client.get(f"{API}/schemas/available_names", headers=headers).get_json()
    body = client.get(f"{API}/schemas/screening?payload=create", headers=headers).get_json()
    definition = body["definitions"][body["$ref"].rsplit("/", 1)[1]]
    assert definition["required"] == ["dataCollectionGroupId"]
    assert "screeningId" not in definition["properties"]
