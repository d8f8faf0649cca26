# SPDX-License-Identifier: LGPL-3.0-or-later
"""What every legacy route shares: the proposal in the path, paging, the texts of the Swagger parameters.

A legacy route is a plain function of the caller and its path arguments, declared with
:func:`pyispyb.kernel.http.routing.route` and ``auth=PATH_TOKEN`` (the token is the first path segment).
"""

from flask import current_app, request
from flask_restx import Namespace

from pyispyb.kernel.exceptions import BadRequest, NotFound
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.legacy.services.common import readable_proposal_id

#: Descriptions of the path arguments of the legacy routes (a route documents those of its path).
PATH_PARAMS = {
    "token": "the token of POST /legacy/authenticate (an Authorization: Bearer header, when sent, wins)",
    "proposal": "proposal name (cm14451, any case) or id",
    "session_id": "session id",
    "session_ids": "comma-separated session ids",
    "group_ids": "comma-separated data collection group ids",
    "dc_ids": "comma-separated data collection ids",
    "dc_id": "data collection id",
    "program_ids": "comma-separated autoprocessing program ids",
    "ids": "comma-separated ids",
    "start": "first day, YYYYMMDD (00:00)",
    "end": "last day, YYYYMMDD (00:00, as Java)",
    "acronyms": "acronyms",
    "attachment_id": "attachment id",
    "beamlines": "beamlines",
    "container_id": "container id",
    "container_ids": "container ids",
    "crystal_id": "crystal id",
    "dewar_id": "dewar id",
    "image_id": "image id",
    "index": "index",
    "kind": "kind",
    "operator": "operator",
    "protein_id": "protein id",
    "sample_id": "sample id",
    "scan_id": "scan id",
    "shipping_id": "shipping id",
    "spectrum_id": "spectrum id",
    "status": "status",
    "step_id": "step id",
}

PAGING_DOC = {
    "limit": {"in": "query", "type": "integer",
              "description": "at most this many rows (default and maximum: PAGINATION_MAX_LIMIT)"},
    "offset": {"in": "query", "type": "integer", "description": "rows to skip (default 0)"},
}
PAGED_PARAMS = {**PATH_PARAMS, **PAGING_DOC}


def legacy_namespace(name, description):
    """Return a namespace mounted at ``/legacy`` (the token is the first path segment of its routes)."""
    return Namespace(name, description=description, path="/legacy")


def _bounded(name, default, high):
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    if not is_integer_text(raw) or not 0 <= int(raw) <= high:
        raise BadRequest(f"query parameter {name!r} must be an integer from 0 to {high}")
    return int(raw)


def page():
    """Return ``(limit, offset)`` of a legacy list: ``limit`` defaults to and stops at PAGINATION_MAX_LIMIT."""
    most = current_app.config["PAGINATION_MAX_LIMIT"]
    limit = _bounded("limit", most, most)
    if limit < 1:
        raise BadRequest("query parameter 'limit' must be at least 1")
    return limit, _bounded("offset", 0, 2**31)


def proposal_id_of(user, proposal, kind):
    """Return the id of the ``{proposal}`` path value whose ``kind`` data ("proposal" or "session") the caller
    reads; 404 for an unknown proposal."""
    proposal_id = readable_proposal_id(user, proposal, kind)
    if proposal_id is None:
        raise NotFound(f"proposal {proposal} not found")
    return proposal_id


def check_choice(name, value, allowed):
    """Raise :class:`NotFound` unless the path argument ``name`` is one of ``allowed``."""
    if value not in allowed:
        raise NotFound(f"{name} {value!r} is not one of {', '.join(allowed)}")


def choice_param(name, allowed):
    """Return the Swagger parameter of a path argument that must be one of ``allowed``."""
    return {"description": PATH_PARAMS[name], "enum": list(allowed)}


def without_nulls(rows):
    """Return ``rows`` with their null values left out, as Java's ``sendResponse(rows, false)`` sends them."""
    return [{key: value for key, value in row.items() if value is not None} for row in rows]
