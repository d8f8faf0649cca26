# SPDX-License-Identifier: LGPL-3.0-or-later
"""The one error envelope: ``{"message": "...", "errors": {field: [...]}}``.

Every failure (domain exceptions, HTTP errors, database outages, bugs) leaves through
here. Tracebacks and SQL are logged, never sent to the client.
"""

import logging

from flask import jsonify
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException

from pyispyb.app.exceptions import ISPyBError

log = logging.getLogger(__name__)


def envelope(message, errors=None):
    """Return the error body."""
    body = {"message": message}
    if errors:
        body["errors"] = errors
    return body


def handle_ispyb_error(error):
    """Domain exception -> its status, message and headers (``Retry-After`` of a 429)."""
    return envelope(error.message, error.errors), error.status, getattr(error, "headers", None) or {}


def handle_http_exception(error):
    """Werkzeug HTTP error (404 route, 405 method, 413 body) -> its status."""
    return envelope(error.description or error.name), error.code


def handle_database_error(error):
    """Database unreachable or failing -> 503, details only in the log."""
    log.error("database error: %s", getattr(error, "orig", error))
    if isinstance(error, OperationalError):
        return envelope("the database is unavailable, try again later"), 503
    return envelope("the database refused the request"), 500


def handle_unexpected(error):
    """Anything else is a bug: log the traceback, answer a generic 500."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    if isinstance(error, ISPyBError):
        return handle_ispyb_error(error)
    if isinstance(error, DBAPIError):
        return handle_database_error(error)
    log.exception("unhandled error")
    return envelope("internal server error"), 500


def register_api_handlers(api):
    """Install the handlers on a flask-restx ``Api``."""
    api.errorhandler(ISPyBError)(handle_ispyb_error)
    api.errorhandler(DBAPIError)(handle_database_error)
    api.errorhandler(Exception)(handle_unexpected)


def register_app_handlers(app):
    """Install JSON handlers for errors raised outside the API blueprint."""

    @app.errorhandler(HTTPException)
    def _http(error):
        body, status = handle_http_exception(error)
        return jsonify(body), status

    @app.errorhandler(ISPyBError)
    def _ispyb(error):
        body, status, headers = handle_ispyb_error(error)
        return jsonify(body), status, headers

    @app.errorhandler(Exception)
    def _unexpected(error):
        body, status, *headers = handle_unexpected(error)
        return jsonify(body), status, *headers
