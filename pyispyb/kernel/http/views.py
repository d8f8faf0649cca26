# SPDX-License-Identifier: LGPL-3.0-or-later
"""What hand-written read routes share: Swagger models of rows, pages and objects (``/info``), and a page of
the rows a caller may see.

Routes are declared with :func:`pyispyb.kernel.http.routing.route`; see the route modules of the services.
"""

from flask import request
from flask_restx import fields as rx

from pyispyb.kernel.data import crud
from pyispyb.kernel.http.listing import page_body, parse_list_query
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema, rx_model


def visible_page(spec, user, clauses=(), extra=(), decorate=None):
    """Answer a page of ``spec``'s rows ``user`` may see, limited by ``clauses``, from the query string.

    ``extra`` names the query parameters the route reads itself; ``decorate(rows)`` attaches related rows.
    """
    query = parse_list_query(request.args, spec.model, extra=extra)
    total, rows = crud.list_items(spec, user, query, clauses)
    return page_body(total, decorate(rows) if decorate else rows)


def info_model(ns, name, base, one=None, many=None, extra=None):
    """Register the Swagger model of ``base`` plus nested parents (``one``) and children lists (``many``)."""
    props = dict(base)
    for key, model in (one or {}).items():
        props[key] = rx.Nested(model, allow_null=True)
    for key, model in (many or {}).items():
        props[key] = rx.List(rx.Nested(model))
    props.update(extra or {})
    return document_model(ns, rx_model(name, props))


def read_model(ns, spec):
    """Register and return the Swagger model of a spec's rows."""
    return document_model(ns, restx_model_from_schema(spec.schemas.read, spec.schemas.name))


def page_model(ns, row_model):
    """Register and return the Swagger model of a page (``{"data": {"total", "rows"}}``) of ``row_model``."""
    return document_model(ns, envelope_model(row_model))
