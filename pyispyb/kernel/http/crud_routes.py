# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of declared tables (:mod:`pyispyb.kernel.resources`): list GET/POST and item GET/PUT/PATCH/DELETE.

Each generated method parses the request, calls :mod:`pyispyb.kernel.data.crud` and returns;
the Swagger documentation comes from the resource's marshmallow schemas.
"""

from flask import request
from flask_restx import Resource

from pyispyb.kernel.data import crud
from pyispyb.kernel.http.listing import envelope, list_params_doc, parse_list_query
from pyispyb.kernel.http.payload import load_body
from pyispyb.kernel.http.swagger import ERROR_MODEL, document_model, envelope_model, restx_model_from_schema
from pyispyb.kernel.auth.decorators import authentication_required, current_user


class AuthenticatedResource(Resource):
    """A resource whose every method needs a valid token."""

    method_decorators = [authentication_required]


ERROR_RESPONSES = {
    400: "Bad request (unknown or malformed parameter)",
    401: "Not authenticated",
    403: "Not allowed",
    404: "Not found",
    409: "Conflicts with the database (missing parent, duplicate, dependent rows)",
    422: "Invalid body (see errors)",
    413: "Upload too large",
    501: "Not available on this database schema",
    503: "A tool or service the route needs is missing or unreachable",
}


def error_responses(ns, codes):
    """Return the Swagger ``responses`` entries of the error ``codes`` (error model registered)."""
    document_model(ns, ERROR_MODEL)
    return {str(code): (ERROR_RESPONSES[code], ERROR_MODEL.name, {}) for code in codes}


def document_errors(ns, codes):
    """Return a decorator documenting the error responses ``codes`` with the error model."""
    return ns.doc(responses=error_responses(ns, codes))


def documented(ns, func, *, ok, errors, expect=None, params=None):
    """Document ``func`` with one decorator: its success ``ok`` = (code, text, model), errors, body, params.

    flask-restx deep-copies the documentation at every decorator: models (registered in
    ``ns``) are named rather than embedded, and one decorator per method keeps start-up fast.
    """
    code, description, model = ok
    doc = {"responses": {str(code): (description, getattr(model, "name", model), {}),
                         **error_responses(ns, errors)}}
    if expect is not None:
        doc.update(expect=[(expect.name, "the row's fields (see the model)")], validate=False)
    if params:
        doc["params"] = params
    return ns.doc(**doc)(func)


def schema_models(ns, spec):
    """Register and return the (read, write, envelope) Swagger models of a spec."""
    read = document_model(ns, restx_model_from_schema(spec.schemas.read, spec.schemas.name))
    write = document_model(ns, restx_model_from_schema(spec.schemas.create, f"{spec.schemas.name}Write"))
    page = document_model(ns, envelope_model(read))
    return read, write, page


def crud_routes(resource):
    """Add the collection and item routes of a declared table (:class:`~pyispyb.kernel.resources.TableResource`).

    The operations are ``resource.methods``; ``resource.resolve_key(raw)`` turns the path
    argument into the primary key (e.g. a proposal name); ``resource.list_filters`` adds list
    parameters the table lacks: an object with ``params`` (their Swagger parameters, by name)
    and ``clauses(args)`` (their WHERE clauses).
    """
    ns, prefix, item_param = resource.namespace, resource.path, resource.item_param
    methods = set(resource.methods)
    resolve_key, list_filters = resource.resolve_key, resource.list_filters

    def key_of(kwargs):
        raw = kwargs[item_param]
        return resolve_key(raw) if resolve_key else raw

    read, write, page = schema_models(ns, resource)
    partial = document_model(ns, restx_model_from_schema(resource.schemas.update, f"{resource.schemas.name}Update"))
    name = resource.label
    extra_params = list_filters.params if list_filters else {}
    list_params = {**list_params_doc(resource.model), **extra_params}

    def list_get(self):
        query = parse_list_query(request.args, resource.model, extra=tuple(extra_params))
        clauses = list_filters.clauses(request.args) if list_filters else ()
        return envelope(*crud.list_items(resource, current_user(), query, clauses))

    def list_post(self):
        return crud.create_item(resource, current_user(), load_body(resource.schemas.create)), 201

    def item_get(self, **kwargs):
        return crud.get_item(resource, current_user(), key_of(kwargs))

    def item_put(self, **kwargs):
        return crud.update_item(resource, current_user(), key_of(kwargs), load_body(resource.schemas.create))

    def item_patch(self, **kwargs):
        return crud.update_item(resource, current_user(), key_of(kwargs),
                                load_body(resource.schemas.update, partial=True))

    def item_delete(self, **kwargs):
        crud.delete_item(resource, current_user(), key_of(kwargs))
        return "", 204

    list_get.__doc__ = f"List the {name} rows you may see (filters: any column; limit, offset, order_by, order)."
    list_post.__doc__ = f"Create a {name}."
    item_get.__doc__ = f"Get one {name}."
    item_put.__doc__ = f"Replace a {name} (every required field must be given)."
    item_patch.__doc__ = f"Update some fields of a {name}."
    item_delete.__doc__ = f"Delete a {name}."

    writes = (400, 401, 403, 404, 409, 422)
    list_methods = {}
    if "GET" in methods:
        list_methods["get"] = documented(ns, list_get, ok=(200, "Page of rows", page), errors=(400, 401, 403),
                                         params=list_params)
    if "POST" in methods:
        list_methods["post"] = documented(ns, list_post, ok=(201, "Created", read), errors=(400, 401, 403, 409, 422),
                                          expect=write)
    item_methods = {}
    if "GET" in methods:
        item_methods["get"] = documented(ns, item_get, ok=(200, "The row", read), errors=(401, 403, 404))
    if "PUT" in methods:
        item_methods["put"] = documented(ns, item_put, ok=(200, "Updated", read), errors=writes, expect=write)
    if "PATCH" in methods:
        item_methods["patch"] = documented(ns, item_patch, ok=(200, "Updated", read), errors=writes, expect=partial)
    if "DELETE" in methods:
        item_methods["delete"] = documented(ns, item_delete, ok=(204, "Deleted", None), errors=(401, 403, 404, 409))

    base = resource.model.__name__
    views = []
    if list_methods:
        cls = type(f"{base}List", (AuthenticatedResource,), {"__doc__": f"Collection of {name}.", **list_methods})
        views.append(ns.route(prefix, endpoint=resource.list_endpoint)(cls))
    if item_methods:
        cls = type(f"{base}ById", (AuthenticatedResource,), {"__doc__": f"One {name}.", **item_methods})
        item_url = f"{prefix}/<{resource.key_converter}:{item_param}>"
        views.append(ns.route(item_url, endpoint=resource.item_endpoint)(cls))
    return views

