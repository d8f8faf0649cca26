# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route factories beside :func:`crud_routes`: restricted lists and read-only objects (``/info``).

Like the CRUD routes, each generated method parses the request, calls a data module with
the caller and returns; Swagger gets the summary, parameters, models and error responses.
"""

from flask import request
from flask_restx import fields as rx

from pyispyb.kernel.data import crud
from pyispyb.kernel.http.crud_routes import AuthenticatedResource, documented, schema_models
from pyispyb.kernel.http.listing import envelope, list_params_doc, parse_list_query
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema, rx_model
from pyispyb.kernel.auth.decorators import current_user


def _resource(ns, url, endpoint, summary, get):
    get.__doc__ = summary
    cls = type(f"{endpoint.title().replace('_', '')}Resource", (AuthenticatedResource,),
               {"__doc__": summary, "get": get})
    return ns.route(url, endpoint=endpoint)(cls)


def list_route(ns, spec, url, *, endpoint, summary, restrict, params=None, extra=(), decorate=None,
               row_model=None):
    """Add ``GET url``: a page of ``spec``'s rows the caller may see, limited by ``restrict``.

    ``restrict(user, args, **path_args)`` checks the parent (404/403) and returns clauses;
    ``extra`` names the query parameters it reads; ``decorate(rows)`` attaches related rows.
    """
    page = schema_models(ns, spec)[2]
    if row_model is not None:
        page = document_model(ns, envelope_model(row_model))
    doc = {**list_params_doc(spec.model), **(params or {})}

    def get(self, **kwargs):
        user = current_user()
        clauses = restrict(user, request.args, **kwargs)
        query = parse_list_query(request.args, spec.model, extra=extra)
        total, rows = crud.list_items(spec, user, query, clauses)
        return envelope(total, decorate(rows) if decorate else rows)

    get = documented(ns, get, ok=(200, "Page of rows", page), errors=(400, 401, 403, 404), params=doc)
    return _resource(ns, url, endpoint, summary, get)


def object_route(ns, url, *, endpoint, summary, model, fetch, params=None):
    """Add ``GET url`` answering ``fetch(user, **path_args)`` (an object and its related rows)."""

    def get(self, **kwargs):
        return fetch(current_user(), **kwargs)

    get = documented(ns, get, ok=(200, "The object", model), errors=(400, 401, 403, 404), params=params)
    return _resource(ns, url, endpoint, summary, get)


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
