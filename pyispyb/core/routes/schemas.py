# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of the payload schemas (``/schemas``): JSON Schema of every core resource."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, documented
from pyispyb.core.services import schemas

ns = Namespace("Schemas", description="JSON Schema (draft-07) of the core resources' payloads", path="/schemas")
PAYLOAD_PARAM = {"in": "query", "type": "string", "enum": list(schemas.PAYLOADS),
                 "description": "read (default): rows answered; create, update: bodies accepted"}


@ns.route("/available_names", endpoint="schemas_available_names")
class AvailableNames(AuthenticatedResource):
    """Names of the schemas."""

    def get(self):
        """List the names of the resources whose JSON Schema /schemas/{name} gives."""
        return schemas.available_names()

    get = documented(ns, get, ok=(200, "List of names", [rx.String]), errors=(401,))


@ns.route("/<string:name>", endpoint="schema_by_name")
class SchemaByName(AuthenticatedResource):
    """One schema."""

    def get(self, name):
        """Get the JSON Schema (draft-07) of a resource's rows or of the bodies it accepts."""
        return schemas.json_schema(name, request.args.get("payload", "read"))

    get = documented(ns, get, ok=(200, "JSON Schema (draft-07)", rx.Raw()), errors=(400, 401, 404),
                     params={"name": "resource name (see /schemas/available_names)", "payload": PAYLOAD_PARAM})
