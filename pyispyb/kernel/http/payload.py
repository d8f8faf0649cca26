# SPDX-License-Identifier: LGPL-3.0-or-later
"""Request bodies: parse JSON and validate it with a marshmallow schema."""

from flask import request
from marshmallow import RAISE, ValidationError

from pyispyb.kernel.exceptions import BadRequest, ValidationFailed
from pyispyb.kernel.http import loads_strict
from pyispyb.kernel.data.model_schemas import validation_summary

MAX_REPORTED_FIELDS = 20  # a 422 names at most this many fields (a body of a million unknown keys stays small)


def json_body():
    """Return the request's JSON object, or raise :class:`BadRequest` saying what is wrong with it."""
    raw = request.get_data(cache=True)
    if not raw:
        raise BadRequest("the request body must be a JSON object")
    try:
        data = loads_strict(raw)
    except ValueError as exc:
        raise BadRequest(f"the request body is not valid JSON: {str(exc).splitlines()[0][:200]}") from None
    if not isinstance(data, dict):
        raise BadRequest("the request body must be a JSON object")
    return data


def load_body(schema, partial=None):
    """Validate the JSON body with ``schema``; 422 names the invalid fields (at most 20)."""
    body = json_body()
    if schema.unknown == RAISE and len(body) > len(schema.fields) + MAX_REPORTED_FIELDS:  # surely 20+ unknown
        known = {field.data_key or name for name, field in schema.fields.items()}
        raise validation_failed({key: ["Unknown field."] for key in body if key not in known})
    try:
        return schema.load(body, partial=partial)
    except ValidationError as exc:
        raise validation_failed(exc.messages) from None


def validation_failed(messages):
    """The 422 of marshmallow ``messages``, bounded to :data:`MAX_REPORTED_FIELDS` fields."""
    if not isinstance(messages, dict):
        return ValidationFailed("invalid request body", errors={"_schema": [str(messages)[:500]]})
    if len(messages) <= MAX_REPORTED_FIELDS:
        return ValidationFailed(validation_summary(messages), errors=messages)
    shown = dict(list(messages.items())[:MAX_REPORTED_FIELDS])
    summary = f"{validation_summary(shown)} and {len(messages) - MAX_REPORTED_FIELDS} more"
    return ValidationFailed(summary, errors=shown)
