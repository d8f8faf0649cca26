# SPDX-License-Identifier: LGPL-3.0-or-later
"""What a database error means for the client: the database is unavailable (503) or the request is wrong (4xx).

MariaDB reports both kinds through the same driver exceptions (``OperationalError`` holds
a lost connection as well as a character a latin1 column cannot store), so the error
number decides, never the exception class.
"""

import re

from flask import current_app
from sqlalchemy.exc import DBAPIError, DisconnectionError, PendingRollbackError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from pyispyb.kernel.exceptions import BadRequest, ServiceUnavailable, ValidationFailed

# The server is down, unreachable, restarting, overloaded or too slow: try again later.
UNAVAILABLE_CODES = {
    1040,  # too many connections
    1053,  # server shutdown in progress
    1203,  # user has more than max_user_connections
    1205,  # lock wait timeout
    1213,  # deadlock: the transaction was rolled back
    1317,  # query interrupted
    1927,  # connection was killed
    1969,  # max_statement_time exceeded
    2002, 2003, 2005, 2006, 2013, 2026, 2055,  # cannot connect / server gone / lost connection
    4031,  # disconnected by the server for inactivity
}
# The value sent cannot be stored or compared by the column: the client's mistake.
VALUE_CODES = {
    1264,  # out of range
    1265,  # data truncated
    1292,  # incorrect date/datetime value
    1366,  # incorrect string value (character set)
    1367,  # illegal double value
    1406,  # data too long
    1411,  # incorrect value for a function
    1690,  # value out of range
    3140,  # invalid JSON (MySQL)
    4025,  # CHECK constraint failed (MariaDB's JSON_VALID checks)
}
COLLATION_CODES = {1267, 1270, 1271, 1300}  # illegal mix of collations / invalid character string
RETRY_AFTER_SECONDS = 5


class DatabaseUnavailable(ServiceUnavailable):
    """The database cannot be reached or does not answer in time: 503 with ``Retry-After``."""

    def __init__(self, message="the database is unavailable, try again later"):
        super().__init__(message)
        retry_after = current_app.config.get("DB_RETRY_AFTER", RETRY_AFTER_SECONDS) if current_app else \
            RETRY_AFTER_SECONDS  # outside a request
        self.headers = {"Retry-After": str(retry_after)}


def error_code(exc):
    """Return the MariaDB error number of a driver or SQLAlchemy exception, or None."""
    orig = getattr(exc, "orig", exc)
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):
        return args[0]
    return None


def is_unavailable(exc):
    """True when ``exc`` says the database is down, unreachable or too slow (not the request's fault)."""
    if isinstance(exc, (DisconnectionError, PoolTimeout)):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, PendingRollbackError) and "reconnect" in str(exc).lower():
        return True  # a connection invalidated by an outage, met again before its rollback
    code = error_code(exc)
    if code in UNAVAILABLE_CODES:
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return code is None and any(word in text for word in ("database is locked", "timed out", "lost connection"))


def column_named(exc):
    """Return the column a MariaDB error message names (``column 'x'`` or ``` `db`.`t`.`x` ```), or None."""
    text = str(getattr(exc, "orig", exc))
    found = re.search(r"column [`']?(?:[^`'\s]+[`']?\.[`']?)*([^`'.\s]+)[`']?", text) \
        or re.search(r"CONSTRAINT `[^`.]+\.([^`]+)` failed", text)
    return found.group(1) if found else None


VALUE_HINTS = {
    1264: "a number in the column's range",
    1265: "a value of the column's type and size",
    1292: "a valid date or time (years 1000 to 9999)",
    1366: "characters this site's database column can store",
    1367: "a finite number",
    1406: "a shorter value",
    1411: "a valid value",
    1690: "a number in the column's range",
    3140: "valid JSON",
    4025: "valid JSON (or a value the column's constraint accepts)",
}


def client_error(exc):
    """Return the 4xx :class:`ISPyBError` a value-related database error means, or None."""
    code = error_code(exc)
    if code in COLLATION_CODES:
        return BadRequest("a value in the request holds characters the database column it is compared with "
                          "cannot store (that column accepts Latin-1 / Western European characters only)")
    if code not in VALUE_CODES:
        return None
    accepts = VALUE_HINTS.get(code, "a valid value")
    name = column_named(exc)
    if not name:
        return ValidationFailed(f"a value does not fit this site's database columns: expected {accepts}")
    return ValidationFailed(f"invalid fields: {name}", errors={name: [f"Does not fit this site's database column: "
                                                                      f"expected {accepts}."]})


def classify(exc):
    """Return the :class:`ISPyBError` for a database exception (503 outage, 4xx value), or None for a bug."""
    if is_unavailable(exc):
        return DatabaseUnavailable()
    return client_error(exc)
