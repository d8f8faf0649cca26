# SPDX-License-Identifier: LGPL-3.0-or-later
"""OpenAPI 3 document: converted from the Swagger 2 one, valid, shown by Swagger UI, usable by a generator."""

import importlib
import os
import shutil
import subprocess
import sys

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, validate

from pyispyb.kernel.http.openapi import convert_schema, openapi_from_swagger
from tests.test_serving import BIN, free_port, wait_for, write_config
from tests.test_serving import run as run  # noqa: PLC0414 (a fixture)

API = "/ispyb/api/v1"
GENERATOR = shutil.which("openapi-python-client", path=str(BIN)) or shutil.which("openapi-python-client")


def test_openapi_document_is_valid_and_covers_every_operation(app):
    client = app.test_client()
    swagger = client.get(f"{API}/swagger.json").get_json()
    document = client.get(f"{API}/openapi.json").get_json()
    validate(document, cls=OpenAPIV30SpecValidator)
    assert document["openapi"].startswith("3.0") and document["servers"] == [{"url": API}]
    assert swagger["swagger"] == "2.0" and swagger["securityDefinitions"]["bearer"]["type"] == "apiKey"  # 1.x
    assert document["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "JWT",
        "description": "The token of POST /auth/login (paste it alone: the UI adds 'Bearer ')."}
    assert document["security"] == [{"bearer": []}]
    assert set(document["components"]["schemas"]) == set(swagger["definitions"])
    for path, item in swagger["paths"].items():
        methods = {m for m in item if m != "parameters"}
        assert methods == {m for m in document["paths"][path] if m != "parameters"}, path
    text = client.get(f"{API}/openapi.json").get_data(as_text=True)
    assert "#/definitions/" not in text and "x-nullable" not in text and '"type":"file"' not in text


def test_swagger_ui_reads_the_openapi_document(app):
    page = app.test_client().get(f"{API}/docs").get_data(as_text=True)
    assert f'url: "{API}/openapi.json"' in page


def test_bodies_forms_and_files_become_request_bodies_and_binary_content(app):
    document = app.test_client().get(f"{API}/openapi.json").get_json()
    login = document["paths"]["/auth/login"]["post"]
    assert login["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Login"}
    assert not [p for p in login.get("parameters", []) if p["in"] in ("body", "formData")]
    uploads = [op for item in document["paths"].values() for op in item.values()
               if isinstance(op, dict) and "multipart/form-data" in op.get("requestBody", {}).get("content", {})]
    assert uploads
    for operation in uploads:
        schema = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
        assert any(field.get("format") == "binary" for field in schema["properties"].values())
    labels = document["paths"]["/dewars/{dewar_id}/labels"]["get"]["responses"]["200"]["content"]
    assert labels["application/pdf"]["schema"] == {"type": "string", "format": "binary"}


def test_schema_conversion_maps_nullable_refs_and_files():
    assert convert_schema({"type": "string", "x-nullable": True}) == {"type": "string", "nullable": True}
    assert convert_schema({"$ref": "#/definitions/Dewar", "x-nullable": True}) == {
        "nullable": True, "allOf": [{"$ref": "#/components/schemas/Dewar"}]}
    assert convert_schema({"type": "array", "items": {"$ref": "#/definitions/A"}}) == {
        "type": "array", "items": {"$ref": "#/components/schemas/A"}}
    assert convert_schema({"type": "file"}) == {"type": "string", "format": "binary"}
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "basePath": "/api", "paths": {"/x": {"get": {
        "parameters": [{"name": "id", "in": "query", "type": "array", "items": {"type": "integer"},
                        "collectionFormat": "multi"}],
        "produces": ["application/zip"], "responses": {"200": {"description": "zip", "schema": {"type": "file"}}}}}}}
    document = openapi_from_swagger(swagger)
    validate(document, cls=OpenAPIV30SpecValidator)
    operation = document["paths"]["/x"]["get"]
    assert operation["parameters"][0] == {"name": "id", "in": "query", "style": "form", "explode": True,
                                          "schema": {"type": "array", "items": {"type": "integer"}}}
    assert operation["responses"]["200"]["content"] == {"application/zip": {"schema": {"type": "string",
                                                                                      "format": "binary"}}}


@pytest.mark.skipif(GENERATOR is None, reason="openapi-python-client is not installed (pip install -e .[test])")
def test_a_generated_python_client_logs_in_and_reads_through_a_real_server(run, tmp_path, app, database):
    if database.backend != "sqlite":
        pytest.skip("one backend is enough for the generated client")
    spec = tmp_path / "openapi.json"
    spec.write_bytes(app.test_client().get(f"{API}/openapi.json").data)
    settings = tmp_path / "generator.yml"
    settings.write_text("package_name_override: ispyb_client\ncontent_type_overrides:\n"
                        + "".join(f"  {t}: application/octet-stream\n" for t in (
                            "image/png", "image/jpeg", "application/zip", "application/pdf", "chemical/x-pdb",
                            "chemical/x-mmcif")))
    generated = subprocess.run([GENERATOR, "generate", "--path", str(spec), "--meta", "none", "--config",
                                str(settings), "--output-path", str(tmp_path / "ispyb_client")],
                               cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "WARNING" not in generated.stdout + generated.stderr, generated.stdout + generated.stderr
    port = free_port()
    config = write_config(tmp_path, database.uri)
    config.write_text(config.read_text() + f'  TEMP_FOLDER: "{tmp_path}"\n')  # its own login throttle and store
    server = run([str(BIN / "pyispyb"), "serve", "--port", str(port), "--run-mode", "test", "--config",
                  str(config)], ISPYB_CONFIG="")
    root = f"http://127.0.0.1:{port}{API}"
    wait_for(f"{root}/openapi.json", server)
    sys.path.insert(0, str(tmp_path))
    try:
        client_package = importlib.import_module("ispyb_client")
        from ispyb_client.api.authentication import get_me, post_login
        from ispyb_client.models import Login

        anonymous = client_package.Client(base_url=root, raise_on_unexpected_status=True)
        answer = post_login.sync(client=anonymous, body=Login(plugin="dummy", username="boaty",
                                                              password="own_proposals"))
        assert hasattr(answer, "token"), answer
        user = client_package.AuthenticatedClient(base_url=root, token=answer.token)
        assert get_me.sync(client=user).username == "boaty"
        # rows hold nulls the Swagger 2 models do not declare yet (x-nullable): read them through the client's
        # authenticated transport rather than its generated row models
        page = user.get_httpx_client().get("/proposals/37027")
        assert page.status_code == 200 and page.json()["proposalId"] == 37027
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "ispyb_client" or m.startswith("ispyb_client.")]:
            del sys.modules[name]
    assert os.path.isdir(tmp_path / "ispyb_client")
