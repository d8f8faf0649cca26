# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every core route is documented: summary, parameters, body model, success and error responses."""

import pytest

from pyispyb import create_app
from tests.conftest import TEST_SECRET

# The JSON namespaces of the core API (file downloads have their own namespaces and tags).
CORE = {"Proposals", "Sessions", "Contacts", "Shipments", "Dewars", "Containers", "Samples", "Data collections",
        "Autoprocessing", "Beamline", "Schemas"}


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    path = tmp_path_factory.mktemp("swagger") / "empty.sqlite"
    app = create_app(run_mode="test", overrides={"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}",
                                                 "SECRET_KEY": TEST_SECRET})
    return app.test_client().get("/ispyb/api/v1/swagger.json").get_json()


def operations(spec):
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            if method != "parameters" and set(operation["tags"]) & CORE:
                yield path, method, operation


def test_every_core_operation_documents_its_answers(spec):
    found = list(operations(spec))
    assert len(found) == 129  # every core operation (update when adding routes)
    for path, method, operation in found:
        codes = set(operation["responses"])
        success = {"post": "201", "delete": "204"}.get(method, "200")
        assert {success, "401"} <= codes, (method, path, codes)
        if method in ("put", "patch", "post"):
            assert {"400", "403", "409", "422"} <= codes, (method, path, codes)
            assert any(p["in"] == "body" and "$ref" in p["schema"] for p in operation["parameters"]), (method, path)
        if "{" in path:
            assert "404" in codes, (method, path, codes)
        assert operation["responses"][success].get("schema") or method == "delete", (method, path)


def test_path_parameters_and_list_parameters_are_described(spec):
    info = spec["paths"]["/proposals/{proposal_id}/info"]["get"]
    assert info["parameters"][0]["description"].startswith("proposal id or name")
    dates = {p["name"] for p in spec["paths"]["/sessions/date"]["get"]["parameters"]}
    assert {"start_date", "end_date", "beamline", "limit", "offset", "order_by", "order", "proposalId"} <= dates


def test_patch_bodies_require_nothing(spec):
    patch = spec["paths"]["/dewars/{dewar_id}"]["patch"]
    model = patch["parameters"][0]["schema"]["$ref"].rsplit("/", 1)[1]
    assert "required" not in spec["definitions"][model]
    assert spec["definitions"]["DewarWrite"]["required"] == ["shippingId"]
