# SPDX-License-Identifier: LGPL-3.0-or-later
"""The one error envelope: ``{"message": "...", "errors": {field: [...]}}``.

Every failure (domain exceptions, HTTP errors, database outages, bugs) leaves through
here. Tracebacks and SQL are logged, never sent to the client.
"""

import logging

from flask import jsonify
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

from pyispyb.kernel.exceptions import ISPyBError
from pyispyb.kernel.data.errors import DatabaseUnavailable, classify

log = logging.getLogger(__name__)


def error_body(message, errors=None):
    """Return the error body."""
    body = {"message": message}
    if errors:
        body["errors"] = errors
    return body


def handle_ispyb_error(error):
    """Domain exception -> its status, message and headers (``Retry-After`` of a 429)."""
    return error_body(error.message, error.errors), error.status, getattr(error, "headers", None) or {}


def handle_http_exception(error):
    """Werkzeug HTTP error (404 route, 405 method with ``Allow``, 413 body) -> its status."""
    headers = {}
    if error.code == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    if error.code == 413:
        return error_body("the request body is larger than this server accepts"), 413, headers
    return error_body(error.description or error.name), error.code, headers


def handle_database_error(error):
    """Database unavailable -> 503 with ``Retry-After``; a value it refuses -> 4xx; anything else is a bug (500)."""
    mapped = classify(error)
    if mapped is None:
        log.error("database error: %s", getattr(error, "orig", error))
        return error_body("the database refused the request"), 500, {}
    if isinstance(mapped, DatabaseUnavailable):
        log.warning("503 database unavailable: %s", getattr(error, "orig", error))
    else:
        log.info("database refused a value: %s", getattr(error, "orig", error))
    return handle_ispyb_error(mapped)


def handle_unexpected(error):
    """Anything else is a bug: log the traceback, answer a generic 500."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    if isinstance(error, ISPyBError):
        return handle_ispyb_error(error)
    if isinstance(error, SQLAlchemyError):
        return handle_database_error(error)
    log.exception("unhandled error")
    return error_body("internal server error"), 500


def register_api_handlers(api):
    """Install the handlers on a flask-restx ``Api``."""
    api.errorhandler(ISPyBError)(handle_ispyb_error)
    api.errorhandler(SQLAlchemyError)(handle_database_error)
    api.errorhandler(Exception)(handle_unexpected)


def register_app_handlers(app):
    """Install JSON handlers for errors raised outside the API blueprint."""

    @app.errorhandler(HTTPException)
    def _http(error):
        body, status, headers = handle_http_exception(error)
        return jsonify(body), status, headers

    @app.errorhandler(ISPyBError)
    def _ispyb(error):
        body, status, headers = handle_ispyb_error(error)
        return jsonify(body), status, headers

    @app.errorhandler(Exception)
    def _unexpected(error):
        body, status, *headers = handle_unexpected(error)
        return jsonify(body), status, *headers
