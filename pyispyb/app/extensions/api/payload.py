# SPDX-License-Identifier: LGPL-3.0-or-later
"""Request bodies: parse JSON and validate it with a marshmallow schema."""

from flask import request
from marshmallow import ValidationError

from pyispyb.app.exceptions import BadRequest, ValidationFailed
from pyispyb.app.schemas import validation_summary


def json_body():
    """Return the request's JSON object, or raise :class:`BadRequest`."""
    data = request.get_json(silent=True, force=True) if request.data else None
    if not isinstance(data, dict):
        raise BadRequest("the request body must be a JSON object")
    return data


def load_body(schema, partial=None):
    """Validate the JSON body with ``schema``; 422 names every invalid field."""
    try:
        return schema.load(json_body(), partial=partial)
    except ValidationError as exc:
        raise ValidationFailed(validation_summary(exc.messages), errors=exc.messages) from None
