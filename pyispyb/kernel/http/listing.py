# SPDX-License-Identifier: LGPL-3.0-or-later
"""Query-string conventions of every list: column filters, ``limit``/``offset``, ``order_by``/``order``."""

from flask import current_app
from sqlalchemy import Date, DateTime, Float, Integer, LargeBinary, Numeric

from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data import schema_info
from pyispyb.kernel.data.queries import ListQuery
from pyispyb.kernel.data.values import parse_finite, parse_integer, parse_iso_date, parse_iso_datetime, text_problem

PAGING_PARAMS = ("limit", "offset", "order_by", "order")


def _convert(column, name, raw):
    """Convert one query-string value to the column's Python type."""
    try:
        if isinstance(column.type, Integer):
            return parse_integer(raw)
        if isinstance(column.type, (Float, Numeric)):
            return parse_finite(raw)
        if isinstance(column.type, DateTime):
            return parse_iso_datetime(raw)
        if isinstance(column.type, Date):
            return parse_iso_date(raw)
        if isinstance(column.type, LargeBinary):
            return bytes.fromhex(raw)
    except ValueError as exc:
        raise BadRequest(f"query parameter {name!r}: {raw!r} is not {ACCEPTED.get(kind(column), 'valid')} "
                         f"({exc})") from None
    return check_text(column, name, raw)


def kind(column):
    """The family of a column's type, as named in :data:`ACCEPTED`."""
    for family, types in (("integer", Integer), ("number", (Float, Numeric)), ("datetime", DateTime),
                          ("date", Date), ("binary", LargeBinary)):
        if isinstance(column.type, types):
            return family
    return "text"


ACCEPTED = {"integer": "an integer (ASCII digits, 64-bit)", "number": "a finite number",
            "datetime": "a date-time YYYY-MM-DDTHH:MM:SS (years 1000-9999)",
            "date": "a date YYYY-MM-DD (years 1000-9999)", "binary": "hexadecimal bytes"}


def check_text(column, name, raw):
    """Refuse text the column cannot hold (lone surrogates, NUL, characters outside its character set)."""
    problem = text_problem(raw, schema_info().charset(column.table.name, column.name))
    if problem:
        raise BadRequest(f"query parameter {name!r}: {problem}")
    return raw


def _bounded_int(args, name, default, low, high):
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = parse_integer(raw)
    except ValueError:
        raise BadRequest(f"query parameter {name!r} must be an integer") from None
    if not low <= value <= high:
        raise BadRequest(f"query parameter {name!r} must be between {low} and {high}")
    return value


def parse_list_query(args, model, *, extra=(), filterable=None):
    """Parse ``args`` (a MultiDict) into a :class:`ListQuery` for ``model``.

    Every parameter that names a column of the model is an equality filter (repeated:
    any of the values). ``extra`` names parameters the route reads itself. Anything
    else is a 400 naming the parameter.
    """
    columns = model.__table__.columns
    allowed = set(filterable) if filterable is not None else set(columns.keys())
    filters = {}
    for name in args:
        if name in PAGING_PARAMS or name in extra:
            continue
        if name not in allowed:
            raise BadRequest(f"unknown query parameter {name!r}")
        filters[name] = [_convert(columns[name], name, v) for v in args.getlist(name)]
    max_limit = current_app.config["PAGINATION_MAX_LIMIT"]
    limit = _bounded_int(args, "limit", current_app.config["PAGINATION_ITEMS_LIMIT"], 1, max_limit)
    offset = _bounded_int(args, "offset", 0, 0, 2**31)
    order_by = args.get("order_by") or None
    if order_by is not None and order_by not in columns:
        raise BadRequest(f"query parameter 'order_by': {order_by!r} is not a column of {model.__table__.name}")
    order = (args.get("order") or "asc").lower()
    if order not in ("asc", "desc"):
        raise BadRequest("query parameter 'order' must be 'asc' or 'desc'")
    return ListQuery(filters=filters, limit=limit, offset=offset, order_by=order_by, order=order)


def int_params(args, name):
    """Return the integer values of a repeatable query parameter (400 if one is not an integer)."""
    values = []
    for raw in args.getlist(name):
        try:
            values.append(parse_integer(raw))
        except ValueError:
            raise BadRequest(f"query parameter {name!r}: {raw!r} is not an integer") from None
    return values


def list_params_doc(model, filterable=None):
    """Return the Swagger ``params`` of a list route of ``model`` (filters typed like their columns)."""
    params = {
        "limit": {
            "description": "page size (default PAGINATION_ITEMS_LIMIT, at most PAGINATION_MAX_LIMIT)",
            "type": "integer",
            "in": "query",
        },
        "offset": {"description": "rows to skip", "type": "integer", "in": "query"},
        "order_by": {"description": "column to sort by (then the primary key)", "type": "string", "in": "query"},
        "order": {"description": "asc or desc", "type": "string", "in": "query", "enum": ["asc", "desc"]},
    }
    for column in model.__table__.columns:
        if filterable is None or column.name in filterable:
            params[column.name] = {
                "description": f"filter: {column.name} equals (repeat for any of)",
                "in": "query",
                **FILTER_TYPES.get(kind(column), {"type": "string"}),
            }
    return params


FILTER_TYPES = {
    "integer": {"type": "integer", "format": "int64", "minimum": -(2**63), "maximum": 2**63 - 1},
    "number": {"type": "number"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2}"
                                              r"(\.[0-9]{1,6})?)?)?)?$"},
    "binary": {"type": "string", "pattern": "^([0-9a-fA-F]{2})*$"},
}


def page_body(total, rows, message=None):
    """Return the list envelope of py-ispyb 1.x.

    When the count stopped at ``LIST_COUNT_LIMIT`` (``total.exact`` is False), ``data``
    also holds ``"total_is_lower_bound": true``: there are at least ``total`` rows.
    """
    data = {"total": int(total), "rows": rows}
    if getattr(total, "exact", True) is False:
        data["total_is_lower_bound"] = True
    return {"data": data, "message": message}
