# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of declared tables (:mod:`pyispyb.kernel.resources`): list GET/POST and item GET/PUT/PATCH/DELETE.

Each generated route function parses the request, calls :mod:`pyispyb.kernel.data.crud` and returns;
the Swagger documentation comes from the resource's marshmallow schemas.
"""

from flask import request

from pyispyb.kernel.data import crud
from pyispyb.kernel.http.listing import page_body, list_params_doc, parse_list_query
from pyispyb.kernel.http.payload import load_body
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema

ROW_FIELDS = "the row's fields (see the model)"
#: endpoint -> ``f(user, args, path values)`` returning the body of a declared table's GET (list or item):
#: what :mod:`.direct` answers without Flask, and what the routes below answer through it
READS = {}


def schema_models(ns, resource):
    """Register and return the (read, write, envelope) Swagger models of a declared table."""
    read = document_model(ns, restx_model_from_schema(resource.schemas.read, resource.schemas.name))
    write = document_model(ns, restx_model_from_schema(resource.schemas.create, f"{resource.schemas.name}Write"))
    page = document_model(ns, envelope_model(read))
    return read, write, page


def crud_routes(resource):
    """Add the list and item routes of a declared table (:class:`~pyispyb.kernel.resources.TableResource`).

    Each operation of ``resource.methods`` is a :func:`~pyispyb.kernel.http.routing.route` function:
    the list's take the endpoint ``resource.list_endpoint``, the item's ``resource.item_endpoint``.
    ``resource.resolve_key(raw)`` turns the path argument into the primary key (e.g. a proposal
    name); ``resource.list_filters`` adds list parameters the table lacks: an object with
    ``params`` (their Swagger parameters, by name) and ``clauses(args)`` (their WHERE clauses).
    """
    ns, schemas, label, item_param = resource.namespace, resource.schemas, resource.label, resource.item_param
    list_path, item_path = resource.path, f"{resource.path}/<{resource.key_converter}:{item_param}>"
    list_filters, methods = resource.list_filters, resource.methods
    extra_params = list_filters.params if list_filters else {}
    read, write, page = schema_models(ns, resource)
    partial = document_model(ns, restx_model_from_schema(schemas.update, f"{schemas.name}Update"))
    on_list = route_of(ns, list_path, resource.list_endpoint)
    on_item = route_of(ns, item_path, resource.item_endpoint)
    writes = (400, 401, 403, 404, 409, 422)

    def key_of(path):
        raw = path[item_param]
        return resource.resolve_key(raw) if resource.resolve_key else raw

    def read_page(user, args, path):
        query = parse_list_query(args, resource.model, extra=tuple(extra_params))
        clauses = list_filters.clauses(args) if list_filters else ()
        return page_body(*crud.list_items(resource, user, query, clauses))

    def read_row(user, args, path):
        return crud.get_item(resource, user, key_of(path))

    if "GET" in methods:
        READS[resource.list_endpoint] = read_page
        READS[resource.item_endpoint] = read_row

        @on_list("GET", answer="Page of rows", model=page, errors=(400, 401, 403),
                 params={**list_params_doc(resource.model), **extra_params},
                 summary=f"List the {label} rows you may see (filters: any column; limit, offset, order_by, order).")
        def list_rows(user):
            return read_page(user, request.args, {})

    if "POST" in methods:
        @on_list("POST", answer="Created", model=read, status=201, errors=(400, 401, 403, 409, 422),
                 body=(write.name, ROW_FIELDS), summary=f"Create a {label}.")
        def create_row(user):
            return crud.create_item(resource, user, load_body(schemas.create))

    if "GET" in methods:
        @on_item("GET", answer="The row", model=read, errors=(401, 403, 404), summary=f"Get one {label}.")
        def get_row(user, **path):
            return read_row(user, request.args, path)

    if "PUT" in methods:
        @on_item("PUT", answer="Updated", model=read, errors=writes, body=(write.name, ROW_FIELDS),
                 summary=f"Replace a {label} (every required field must be given).")
        def replace_row(user, **path):
            return crud.update_item(resource, user, key_of(path), load_body(schemas.create))

    if "PATCH" in methods:
        @on_item("PATCH", answer="Updated", model=read, errors=writes, body=(partial.name, ROW_FIELDS),
                 summary=f"Update some fields of a {label}.")
        def update_row(user, **path):
            return crud.update_item(resource, user, key_of(path), load_body(schemas.update, partial=True))

    if "DELETE" in methods:
        @on_item("DELETE", answer="Deleted", status=204, errors=(401, 403, 404, 409), summary=f"Delete a {label}.")
        def delete_row(user, **path):
            crud.delete_item(resource, user, key_of(path))


def route_of(ns, path, endpoint):
    """Return a decorator factory: ``(method, summary=..., **route options)`` -> :func:`route` on ``path``.

    The generated functions share one name per operation; ``summary`` gives each its docstring
    (the Swagger summary) and ``endpoint`` the declared endpoint name.
    """
    def on(method, *, summary=None, **options):
        def decorator(func):
            if summary:
                func.__doc__ = summary
            return route(ns, path, method, endpoint=endpoint, **options)(func)
        return decorator
    return on
