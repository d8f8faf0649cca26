# SPDX-License-Identifier: LGPL-3.0-or-later
"""The one way to declare a route: :func:`route` on a plain function of the caller and the path arguments.

::

    @route(ns, "/<int:shipping_id>/info", answer="The shipment", model=SHIPMENT_INFO, errors=(401, 403, 404))
    def shipping_info_by_id(user, shipping_id):
        \"\"\"Get a shipment with its dewars and containers.\"\"\"
        return shipping.shipment_info(user, shipping_id)

The function's name is the Flask endpoint (``url_for``, ``authorization_rules``, metrics labels) and
names the Swagger operation (``get_shipping_info_by_id``); its docstring is the Swagger summary. Several
functions on the same path of a namespace (one per HTTP method) share one resource, one URL rule and the
endpoint of the first of them. What a function returns is answered as is: rows, ``(body, status,
headers)``, or a :class:`flask.Response` (files, streams, PDFs, redirects); a plain answer gets the
declared ``status``, and None with status 204 is an empty answer.
"""

import re
from weakref import WeakKeyDictionary

from flask import request
from flask_restx import Resource
from werkzeug.wrappers import Response

from pyispyb.kernel.auth.decorators import ANY, authentication_required, current_user, permission_required
from pyispyb.kernel.http.swagger import ERROR_MODEL, document_model

#: ``auth`` values: a bearer token; the token as the ``<token>`` path segment (legacy routes; a
#: header, when sent, wins); no authentication at all (``None``).
TOKEN = "token"
PATH_TOKEN = "path-token"

ERROR_TEXTS = {
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
PATH_TOKEN_TEXT = "the token of POST /legacy/authenticate (an Authorization: Bearer header, when sent, wins)"

_PATH_ARGUMENT = re.compile(r"<(?:[a-z0-9]+:)?([A-Za-z_][A-Za-z0-9_]*)>")


#: namespace -> {path: the resource route() built for it}
_RESOURCES = WeakKeyDictionary()


class RouteResource(Resource):
    """Base of the resources :func:`route` builds: the methods are the decorated functions.

    Stateless, so one instance serves every request (``init_every_request``). Each method is
    wrapped in its guard once, when declared (``guarded``), instead of by flask-restx on every
    request; request bodies are never validated by flask-restx (``validate=False``).
    """

    init_every_request = False
    guarded = {}  # HTTP method -> the method's handler inside its guard (each subclass has its own)
    guard_key = None  # (authenticated, permissions): the same for every method of a path

    def dispatch_request(self, *args, **kwargs):
        """Call the guarded handler of the request's method (HEAD is answered by GET's)."""
        method = request.method
        handler = self.guarded.get(method)
        if handler is None and method == "HEAD":
            handler = self.guarded["GET"]
        return handler(self, *args, **kwargs)


def error_responses(ns, errors):
    """Return the Swagger ``responses`` of ``errors``: codes (standard text), ``(code, text)`` or ``(code, text,
    model)``; the error model is the default one, registered in ``ns``."""
    document_model(ns, ERROR_MODEL)
    responses = {}
    for error in errors:
        code, text, model = (error, ERROR_TEXTS[error], None) if isinstance(error, int) else (*error, None)[:3]
        responses[str(code)] = (text, model or ERROR_MODEL.name, {})
    return responses


def route(ns, path, method="GET", *, answer, model=None, status=200, errors=(), params=None, body=None,
          produces=None, headers=None, auth=TOKEN, permissions=None, endpoint=None):
    """Declare the decorated function as the ``method`` handler of ``path`` in namespace ``ns``.

    The function is called with the caller (omitted when ``auth`` is None) and the path arguments
    by name; it returns the answer. Swagger documents:

    * the ``status`` answer: ``answer`` text, ``model``, response ``headers``;
    * the ``errors`` (see :func:`error_responses`);
    * ``params``: name -> description or Swagger parameter. An entry without ``in`` describes a
      path argument and is left out when the path has none of that name (a module shares one table);
    * the ``body``: a model, a request parser or a ``(model name, description)`` pair;
    * the ``produces`` media types.

    ``auth``: :data:`TOKEN`, :data:`PATH_TOKEN` (the path has a ``<token>`` segment, not passed on)
    or None (no token, no security in Swagger). ``permissions``: the caller needs one of them (a
    site rule replaces them). ``endpoint``: the endpoint when it cannot be the function's name
    (functions a generator makes).
    """
    arguments = _PATH_ARGUMENT.findall(path)
    if auth == PATH_TOKEN and "token" not in arguments:
        raise ValueError(f"route {path!r}: auth=PATH_TOKEN needs a <token> path segment")
    if auth not in (TOKEN, PATH_TOKEN, None):
        raise ValueError(f"route {path!r}: auth must be TOKEN, PATH_TOKEN or None")

    doc = {"responses": {str(status): (answer, model, {"headers": headers} if headers else {}),
                         **error_responses(ns, errors)}}
    if auth == PATH_TOKEN:
        doc["params"] = {"token": PATH_TOKEN_TEXT}
    if params:
        described = {name: param for name, param in params.items() if name in arguments or _located(param)}
        doc["params"] = {**doc.get("params", {}), **described}
    if body is not None:
        doc["expect"] = [body]
        doc["validate"] = False
    if produces:
        doc["produces"] = list(produces)
    if auth is None:
        doc["security"] = None

    def decorator(func):
        def handler(self, **kwargs):
            if auth == PATH_TOKEN:
                kwargs.pop("token", None)
            result = func(current_user(), **kwargs) if auth is not None else func(**kwargs)
            if result is None and status == 204:
                return "", 204
            if status != 200 and not isinstance(result, (tuple, Response)):
                return result, status
            return result

        handler.__name__ = method.lower()
        handler.__doc__ = func.__doc__
        _add_method(ns, path, method.lower(), ns.doc(**doc)(handler), endpoint or func.__name__, auth,
                    permissions)
        return func

    return decorator


def _located(param):
    """Return True if a Swagger parameter says where it is (``in``: query, header, formData...)."""
    return isinstance(param, dict) and "in" in param


def _add_method(ns, path, method, handler, name, auth, permissions):
    """Give ``handler`` to the resource of ``path`` in ``ns``, creating it (endpoint ``name``) if needed."""
    resources = _RESOURCES.setdefault(ns, {})
    resource = resources.get(path)
    key = (auth is not None, tuple(permissions or ()))
    guarded = _guard(key)(handler)
    if resource is None:
        resource = type(name, (RouteResource,), {"__doc__": handler.__doc__, method: handler,
                                                  "guarded": {method.upper(): guarded}, "guard_key": key})
        resources[path] = resource
        ns.route(path, endpoint=name)(resource)
        return
    if ns.apis:
        raise RuntimeError(f"route {path!r}: namespace {ns.name!r} is already registered")
    if method in resource.__dict__:
        raise ValueError(f"route {path!r}: {method.upper()} is declared twice")
    if resource.guard_key != key:
        raise ValueError(f"route {path!r}: every method of a path needs the same auth and permissions")
    setattr(resource, method, handler)
    resource.guarded[method.upper()] = guarded
    resource.methods = set(resource.methods) | {method.upper()}


def _guard(key):
    """Return the guard of ``(authenticated, permissions)``: a decorator (identity without authentication)."""
    authenticated, permissions = key
    if not authenticated:
        return lambda handler: handler
    if permissions:
        return permission_required(ANY, list(permissions))
    return authentication_required
