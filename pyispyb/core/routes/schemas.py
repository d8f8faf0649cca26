# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of the payload schemas (``/schemas``): JSON Schema of every core resource."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.core.services import schemas

ns = Namespace("Schemas", description="JSON Schema (draft-07) of the core resources' payloads", path="/schemas")
PAYLOAD_PARAM = {"in": "query", "type": "string", "enum": list(schemas.PAYLOADS),
                 "description": "read (default): rows answered; create, update: bodies accepted"}


@route(ns, "/available_names", answer="List of names", model=[rx.String], errors=(401,))
def schemas_available_names(user):
    """List the names of the resources whose JSON Schema /schemas/{name} gives."""
    return schemas.available_names()


@route(ns, "/<string:name>", answer="JSON Schema (draft-07)", model=rx.Raw(), errors=(400, 401, 404),
       params={"name": "resource name (see /schemas/available_names)", "payload": PAYLOAD_PARAM})
def schema_by_name(user, name):
    """Get the JSON Schema (draft-07) of a resource's rows or of the bodies it accepts."""
    return schemas.json_schema(name, request.args.get("payload", "read"))
