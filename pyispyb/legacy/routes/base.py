# SPDX-License-Identifier: LGPL-3.0-or-later
"""What every legacy route shares: token in the path, paging, Swagger documentation.

A legacy route is a plain function of its path arguments; :func:`legacy_route` turns it
into an authenticated flask-restx resource documented from its docstring.
"""

import re

from flask import current_app, request
from flask_restx import Namespace, Resource

from pyispyb.kernel.exceptions import BadRequest, NotFound
from pyispyb.kernel.http.crud_routes import document_errors
from pyispyb.kernel.auth.decorators import authentication_required, current_user
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.legacy.services.common import parse_ids, readable_proposal_id

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
}

PAGING_DOC = {
    "limit": {"in": "query", "type": "integer",
              "description": "at most this many rows (default and maximum: PAGINATION_MAX_LIMIT)"},
    "offset": {"in": "query", "type": "integer", "description": "rows to skip (default 0)"},
}


def legacy_namespace(name, description):
    """Return a namespace mounted at ``/legacy`` (the token is the first path segment of its routes)."""
    return Namespace(name, description=description, path="/legacy")


class LegacyResource(Resource):
    """A legacy resource: every method needs a valid token (path or header)."""

    method_decorators = [authentication_required]


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


def empty_list(_arguments):
    """The answer of a list route for an unknown proposal."""
    return []


def empty_lists(name):
    """The answer of a list-per-id route for an unknown proposal: one empty list per id of ``name``."""
    return lambda arguments: [[] for _ in parse_ids(arguments[name])]


def _with_proposal(user, kwargs, kind, unknown):
    """Replace the ``proposal`` path value by ``proposal_id``; return an answer for an unknown proposal."""
    value = kwargs.pop("proposal")
    proposal_id = readable_proposal_id(user, value, kind)
    if proposal_id is None:
        if unknown is None:
            raise NotFound(f"proposal {value} not found")
        return unknown(kwargs)
    kwargs["proposal_id"] = proposal_id
    return None


def _check_choices(kwargs, choices):
    for name, allowed in choices.items():
        if kwargs[name] not in allowed:
            raise NotFound(f"{name} {kwargs[name]!r} is not one of {', '.join(allowed)}")


def without_nulls(rows):
    """Return ``rows`` with their null values left out, as Java's ``sendResponse(rows, false)`` sends them."""
    return [{key: value for key, value in row.items() if value is not None} for row in rows]


def legacy_route(ns, path, endpoint, *, method="get", codes=(401, 403), paged=False, success="Rows",
                 proposal=None, unknown=empty_list, choices=None, omit_nulls=False, expect=None):
    """Register ``func(user, **path arguments)`` as the ``method`` of a legacy resource at ``path``.

    With ``proposal`` ("proposal" or "session": the kind of data read), the ``{proposal}`` path
    value is checked and passed as ``proposal_id``; an unknown proposal answers ``unknown(path
    arguments)`` (None: 404). ``choices`` maps path arguments to their allowed values (else 404).
    ``omit_nulls`` leaves the null keys out of each row, as Java does on the routes whose web
    service answers with ``sendResponse(..., false)``. ``expect``: the model of the request body.
    """
    choices = choices or {}

    def decorator(func):
        def handler(self, **kwargs):
            kwargs.pop("token", None)
            user = current_user()
            _check_choices(kwargs, choices)
            if proposal is not None:
                answer = _with_proposal(user, kwargs, proposal, unknown)
                if answer is not None:
                    return answer
            rows = func(user, **kwargs)
            return without_nulls(rows) if omit_nulls else rows

        handler.__doc__ = func.__doc__
        names = re.findall(r"<(?:[a-z]+:)?([a-z_]+)>", path)
        params = {name: {"description": PATH_PARAMS.get(name, name.replace("_", " "))} for name in names}
        for name, allowed in choices.items():
            params[name]["enum"] = list(allowed)
        if paged:
            params.update(PAGING_DOC)
        codes_ = tuple(sorted(set(codes) | ({404} if choices else set())))
        handler = ns.doc(params=params)(ns.response(200, success)(document_errors(ns, codes_)(handler)))
        if expect is not None:
            handler = ns.expect(expect)(handler)
        resource = type(f"Legacy_{endpoint}", (LegacyResource,), {method: handler, "__doc__": func.__doc__})
        ns.route(path, endpoint=f"legacy_{endpoint}")(resource)
        return func

    return decorator
