# SPDX-License-Identifier: LGPL-3.0-or-later
"""The payload schemas of the declared resources, by name, as JSON Schema (draft-07).

Clients (form builders, validators) read ``/schemas/{name}``: the ``read`` schema
describes the rows the API answers, ``create`` and ``update`` the bodies it accepts
(read-only columns are left out and unknown properties refused). The names are those of
the declarations listed in :data:`pyispyb.kernel.resources.SCHEMA_REGISTRY` (the core tables).
"""

from marshmallow_jsonschema import JSONSchema

from pyispyb.kernel.exceptions import BadRequest, NotFound
from pyispyb.kernel.data.model_schemas import HexBytes, ReadOnly
from pyispyb.kernel.resources import SCHEMA_REGISTRY

PAYLOADS = ("read", "create", "update")


class ColumnJSONSchema(JSONSchema):
    """marshmallow-jsonschema taught our column fields: hex strings for binary, no read-only inputs."""

    def get_properties(self, obj):
        """Describe every field but the read-only guards of write schemas."""
        properties = super().get_properties(obj)
        for field in obj.fields.values():
            if isinstance(field, ReadOnly):
                properties.pop(field.data_key or field.name, None)
        return properties

    def _get_schema_for_field(self, obj, field):
        if isinstance(field, ReadOnly):
            return {}
        if isinstance(field, HexBytes):
            schema = {"type": ["string", "null"] if field.allow_none else "string", "pattern": "^[0-9a-fA-F-]*$"}
            if field.max_bytes:
                schema["maxLength"] = 2 * field.max_bytes + 4
            return schema
        schema = super()._get_schema_for_field(obj, field)
        if field.allow_none and "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema


def available_names():
    """Return the names ``/schemas/{name}`` knows."""
    return sorted(SCHEMA_REGISTRY)


def json_schema(name, payload="read"):
    """Return the JSON Schema of resource ``name`` for a payload: read, create or update."""
    if name not in SCHEMA_REGISTRY:
        raise NotFound(f"no schema named {name!r} (see /schemas/available_names)")
    if payload not in PAYLOADS:
        raise BadRequest(f"query parameter 'payload' must be one of {', '.join(PAYLOADS)}")
    return ColumnJSONSchema().dump(getattr(SCHEMA_REGISTRY[name].schemas, payload))
