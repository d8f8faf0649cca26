# SPDX-License-Identifier: LGPL-3.0-or-later
"""Turn the loose JSON of 2.x clients into column values: known columns only, typed, checked.

MXCuBE sends its own dictionaries (``mx_collection``, ``bl_config``...) with more keys than
any table has; only the keys that name a column the site's database has are kept. Values are
converted to the column's type; a value that cannot be is a 422 naming the field.
"""

import math
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, Numeric, String, Text

from pyispyb.kernel.exceptions import BadRequest, ValidationFailed
from pyispyb.kernel.data.values import INT64, parse_finite
from pyispyb.kernel.data import schema_info

DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def invalid(field, message):
    """Raise the 422 of one field."""
    raise ValidationFailed(f"invalid fields: {field}", errors={field: [message]})


def parse_datetime(field, value):
    """Parse an ISO 8601 or ``YYYY-MM-DD HH:MM:SS`` time; a ``Z`` or offset is dropped (clients send local times)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if not isinstance(value, str) or not value.strip():
        invalid(field, "Not a valid datetime.")
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for pattern in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return invalid(field, "Not a valid datetime.")


def _number(field, value, kind):
    """Return ``value`` as a finite ``kind`` (int within 64 bits); 422 for anything else."""
    message = "Not a valid integer." if kind is int else "Not a valid number."
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        invalid(field, message)
    if isinstance(value, int):
        return value if INT64[0] <= value <= INT64[1] else invalid(field, message)
    try:  # text in ASCII digits only (no "²", "inf", "nan" or "1e999")
        number = parse_finite(value.strip()) if isinstance(value, str) else float(value)
    except ValueError:
        return invalid(field, message)
    if not math.isfinite(number):
        return invalid(field, message)
    if kind is float:
        return number
    if number != int(number) or not INT64[0] <= int(number) <= INT64[1]:
        return invalid(field, message)
    return int(number)


def convert(column, field, value):
    """Return ``value`` converted to ``column``'s type (None stays None)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Enum):  # compared without case, as MySQL compares ENUM values
        by_case = {name.lower(): name for name in kind.enums}
        if not isinstance(value, str) or value.lower() not in by_case:
            invalid(field, f"Must be one of: {', '.join(kind.enums)}.")
        return by_case[value.lower()]
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Integer):  # also the TINYINT/SMALLINT flags 2.x clients send as booleans
        return int(value) if isinstance(value, bool) else _number(field, value, int)
    if isinstance(kind, (Float, Numeric)):
        return _number(field, value, float)
    if isinstance(kind, DateTime):
        return parse_datetime(field, value)
    if isinstance(kind, Date):
        return value if isinstance(value, date) else parse_datetime(field, value).date()
    if isinstance(kind, (String, Text)):
        text = value if isinstance(value, str) else str(value)
        if getattr(kind, "length", None) and len(text) > kind.length:
            invalid(field, f"Longer than {kind.length} characters.")
        return text
    return value


def column_values(model, values, renamed=None):
    """Return the values of ``model``'s columns found in ``values`` (``renamed`` maps field -> column).

    Unknown keys and columns the site's schema lacks are left out; the values are converted.
    """
    if not isinstance(values, dict):
        raise BadRequest("the body must be a JSON object")
    info = schema_info()
    table = model.__table__
    picked = {}
    for field, value in values.items():
        name = (renamed or {}).get(field, field)
        if name in table.columns and info.has_column(table.name, name):
            picked[name] = convert(table.columns[name], field, value)
    return picked


def required(values, *names):
    """Raise a 422 for the first of ``names`` missing or null in ``values``."""
    for name in names:
        if values.get(name) is None:
            invalid(name, "Missing data for required field.")


def identifier(field, value):
    """Return a positive integer id given as a number or a string of digits (422 otherwise)."""
    number = _number(field, value, int) if value is not None else invalid(field, "Missing data for required field.")
    if number < 1:
        invalid(field, "Must be a positive integer.")
    return number
