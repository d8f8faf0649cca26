# SPDX-License-Identifier: LGPL-3.0-or-later
"""Exceptions raised by data modules and extensions; the API turns each into one JSON envelope.

Data modules never build HTTP responses: they raise these, and
:mod:`pyispyb.kernel.http.errors` maps them to ``{"message": ..., "errors": ...}``.
"""


class ISPyBError(Exception):
    """Base class: a message for the client and the HTTP status it maps to."""

    status = 500

    def __init__(self, message, errors=None):
        super().__init__(message)
        self.message = message
        self.errors = errors


class BadRequest(ISPyBError):
    """The request is malformed (bad parameter, bad body)."""

    status = 400


class Unauthorized(ISPyBError):
    """The caller is not authenticated."""

    status = 401


class Forbidden(ISPyBError):
    """The caller is authenticated but not allowed."""

    status = 403


class NotFound(ISPyBError):
    """The object does not exist."""

    status = 404


class Conflict(ISPyBError):
    """The write conflicts with the database (duplicate, missing parent, dependent rows)."""

    status = 409


class PayloadTooLarge(ISPyBError):
    """The uploaded content is larger than allowed."""

    status = 413


class ValidationFailed(ISPyBError):
    """The body does not validate; ``errors`` maps each field to its messages."""

    status = 422


class TooManyRequests(ISPyBError):
    """The caller must slow down (repeated failed logins)."""

    status = 429


class NotAvailable(ISPyBError):
    """The feature needs tables or columns this site's database schema lacks."""

    status = 501


class ServiceUnavailable(ISPyBError):
    """A tool or service the feature needs is missing or unreachable."""

    status = 503
