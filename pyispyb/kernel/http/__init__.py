# SPDX-License-Identifier: LGPL-3.0-or-later
"""API extension: the flask-restx ``Api`` under ``API_ROOT``, JSON encoding and Swagger."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cached_property

import orjson
from flask import Blueprint, current_app, redirect, request
from flask.json.provider import DefaultJSONProvider
from flask.sessions import SessionInterface
from flask_restx import Api
from werkzeug.routing import IntegerConverter

from pyispyb.kernel.http.contract import complete_spec
from pyispyb.kernel.http.errors import register_api_handlers, register_app_handlers
from pyispyb.kernel.http.swagger import CLOSED_MODELS
from pyispyb.kernel.http.openapi import serve_openapi

AUTHORIZATIONS = {
    "bearer": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Bearer <token> (get a token from POST /auth/login)",
    }
}

DESCRIPTION = (
    "REST API of ISPyB: proposals, sessions, shipments, samples, data collections and their "
    "processing. Log in with POST /auth/login, then send `Authorization: Bearer <token>`."
)


def json_default(value):
    """Encode the database types JSON lacks: ISO 8601 dates, numbers for decimals, hex for bytes."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


MAX_JSON_DEPTH = 32  # request bodies nested deeper are refused (no ISPyB object comes close)


def loads_strict(data):
    """Parse request JSON strictly: valid UTF-8, no lone surrogates, NaN or infinities, at most 32 levels deep.

    :raises ValueError: with a one-line reason (``orjson.JSONDecodeError`` is a ``ValueError``).
    """
    value = orjson.loads(data)
    check_depth(value)
    return value


def check_depth(value, limit=MAX_JSON_DEPTH):
    """Raise ValueError if ``value`` nests lists/objects deeper than ``limit`` (iterative: no recursion)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                raise ValueError(f"nested deeper than {limit} levels")
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


class ISPyBJSONProvider(DefaultJSONProvider):
    """Flask JSON provider with :func:`json_default` (ISO dates instead of HTTP dates) and strict parsing."""

    sort_keys = False

    @staticmethod
    def default(o):
        """Encode values the json module does not know."""
        return json_default(o)

    def loads(self, s, **kwargs):
        """Parse request JSON with :func:`loads_strict`."""
        return loads_strict(s)


def dumps_bytes(data):
    """Serialise ``data`` to compact UTF-8 JSON the way API responses are written.

    orjson encodes rows 5-10 times faster than the json module (dates natively, in ISO
    8601 like ``datetime.isoformat()``); :func:`json_default` covers the other types.
    """
    return orjson.dumps(data, default=json_default, option=orjson.OPT_NON_STR_KEYS)


def dumps(data):
    """Serialise ``data`` to compact JSON text (see :func:`dumps_bytes`)."""
    return dumps_bytes(data).decode()


def output_json(data, code, headers=None):
    """flask-restx representation of ``application/json`` with :func:`dumps_bytes`."""
    response = current_app.response_class(dumps_bytes(data), status=code, mimetype=JSON)
    if headers:
        response.headers.extend(headers)
    return response


JSON = "application/json"
ANY_MEDIA_TYPE = ("", "*/*")  # Accept headers every representation satisfies: JSON without negotiation


class NoCookieSession(SessionInterface):
    """No Flask cookie session: every request authenticates with its token, so none is opened or signed."""

    def open_session(self, app, request):
        """Return None: Flask then gives the request a null session, never saved."""
        return None

    def save_session(self, app, session, response):
        """Save nothing."""


class Int64Converter(IntegerConverter):
    """``<int:...>`` path values: ASCII digits that fit a 64-bit column, else the route does not match (404)."""

    regex = r"[0-9]+"

    def __init__(self, map, fixed_digits=0, min=None, max=None, signed=False):  # noqa: A002 - werkzeug's names
        super().__init__(map, fixed_digits, min, 2**63 - 1 if max is None else max, signed)


class ISPyBApi(Api):
    """flask-restx ``Api`` whose Swagger document says what the server sends (see :mod:`.contract`)."""

    def make_response(self, data, *args, **kwargs):
        """Encode ``data`` as JSON at once when the client accepts anything; else negotiate as flask-restx does."""
        fallback = kwargs.pop("fallback_mediatype", None)
        if fallback is None and request.environ.get("HTTP_ACCEPT", "") in ANY_MEDIA_TYPE:
            return output_json(data, *args, **kwargs)
        return super().make_response(data, *args, fallback_mediatype=fallback, **kwargs)

    @cached_property
    def __schema__(self):
        """The Swagger document, completed once: honest date-times, nullable fields, common answers."""
        spec = Api.__dict__["__schema__"].fget(self)
        models = dict(self.models)
        for namespace in self.namespaces:
            models.update(namespace.models)
        return complete_spec(spec, models, current_app.config.get("PAGINATION_MAX_LIMIT"), CLOSED_MODELS)


def init_app(app):
    """Create the ``Api`` of ``app``; services add namespaces, then :func:`finalize` registers it."""
    from pyispyb import __version__

    app.url_map.converters["int"] = Int64Converter
    app.json = ISPyBJSONProvider(app)
    app.session_interface = NoCookieSession()
    app.config.setdefault("RESTX_JSON", {"default": json_default, "separators": (",", ":")})
    register_app_handlers(app)
    blueprint = Blueprint("api", __name__, url_prefix=app.config["API_ROOT"])
    doc = app.config["SWAGGER_UI_URI"]
    api = ISPyBApi(
        blueprint,
        version=__version__,
        title="py-ISPyB",
        description=DESCRIPTION,
        doc=doc if doc else False,
        authorizations=AUTHORIZATIONS,
        security="bearer",
        validate=False,
    )
    api.representation("application/json")(output_json)
    serve_openapi(api, blueprint)
    register_api_handlers(api)
    app.before_request(bound_body_size)
    app.extensions["ispyb_api"] = api
    return api


def bound_body_size():
    """Let file uploads (multipart) reach MAX_UPLOAD_SIZE; every other body is bounded by MAX_CONTENT_LENGTH."""
    if request.environ.get("CONTENT_TYPE", "").lower().startswith("multipart/form-data"):
        upload = current_app.config.get("MAX_UPLOAD_SIZE") or 0
        request.max_content_length = max(current_app.config["MAX_CONTENT_LENGTH"] or 0, upload + 65536)


def add_namespaces(app, namespaces):
    """Add namespaces (each mounted at its own ``path``) to the application's API."""
    api = app.extensions["ispyb_api"]
    for namespace in namespaces:
        api.add_namespace(namespace)


def finalize(app):
    """Register the API blueprint once every service has added its namespaces."""
    api = app.extensions["ispyb_api"]
    app.register_blueprint(api.blueprint)
    root = app.config["API_ROOT"]
    doc = app.config["SWAGGER_UI_URI"]
    target = f"{root}{doc}" if doc else f"{root}/swagger.json"
    app.add_url_rule("/", "index", lambda: redirect(target))
