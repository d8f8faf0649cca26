# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of the payload schemas (``/schemas``): JSON Schema of every core resource."""

from flask import request
from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import AuthenticatedResource, document_errors
from pyispyb.core.modules import schemas

ns = Namespace("Schemas", description="JSON Schema (draft-07) of the core resources' payloads", path="/schemas")


@ns.route("/available_names", endpoint="schemas_available_names")
class AvailableNames(AuthenticatedResource):
    """Names of the schemas."""

    @document_errors(ns, (401,))
    @ns.response(200, "List of names")
    def get(self):
        """List the names of the resources whose JSON Schema /schemas/{name} gives."""
        return schemas.available_names()


@ns.route("/<string:name>", endpoint="schema_by_name")
class SchemaByName(AuthenticatedResource):
    """One schema."""

    @document_errors(ns, (400, 401, 404))
    @ns.response(200, "JSON Schema (draft-07)")
    @ns.doc(params={"name": "resource name (see /schemas/available_names)",
                    "payload": {"in": "query", "type": "string", "enum": list(schemas.PAYLOADS),
                                "description": "read (default): rows answered; create, update: bodies accepted"}})
    def get(self, name):
        """Get the JSON Schema (draft-07) of a resource's rows or of the bodies it accepts."""
        return schemas.json_schema(name, request.args.get("payload", "read"))
