# SPDX-License-Identifier: LGPL-3.0-or-later
"""What the 2.x routes share: the JSON body, paging (``limit``, ``skip``) and the list envelope."""

from flask import current_app, request

from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data.values import is_integer_text

PAGING_DOC = {
    "limit": {"in": "query", "type": "integer", "description": "rows (default and most: PAGINATION_MAX_LIMIT)"},
    "skip": {"in": "query", "type": "integer", "description": "rows to skip"},
}


def json_body():
    """Return the request's JSON object (400 when it is missing or not an object)."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    return body


def query_number(name, default=None, high=None):
    """Return a non-negative integer query parameter (400 when malformed or above ``high``)."""
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    if not is_integer_text(raw) or int(raw) < 0 or (high is not None and int(raw) > high):
        bound = f" from 0 to {high}" if high is not None else ""
        raise BadRequest(f"query parameter {name!r} must be an integer{bound}")
    return int(raw)


def paging():
    """Return ``(limit, skip)``: ``limit`` defaults to and stops at PAGINATION_MAX_LIMIT.

    MXCuBE reads a beamline's samples and a proposal's sessions in one call, without paging.
    """
    most = current_app.config["PAGINATION_MAX_LIMIT"]
    limit = query_number("limit", most, most)
    return max(limit, 1), query_number("skip", 0)


def paginated(total, rows, limit, skip):
    """The 2.x list envelope: ``{"total", "results", "skip", "limit"}``."""
    return {"total": total, "results": rows, "skip": skip, "limit": limit}
