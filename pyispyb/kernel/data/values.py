# SPDX-License-Identifier: LGPL-3.0-or-later
"""Strict parsing of the values clients write in paths and query strings.

``str.isdigit()`` accepts ``²`` and ``٣`` and ``int()`` accepts ``" 1_0 "``; ``float()``
accepts ``inf``, ``nan`` and ``1e999``; ``date.fromisoformat`` accepts years past what the
database stores. Every number, id and date a client sends goes through here instead:
ASCII digits only, finite numbers, values that fit a 64-bit column, years 1000 to 9999.
"""

import math
import re
from datetime import date, datetime, timedelta

INTEGER = re.compile(r"[+-]?[0-9]{1,19}", re.ASCII)
DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?", re.ASCII)
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?)?",
                          re.ASCII)
INT64 = (-(2**63), 2**63 - 1)
FIRST_YEAR, LAST_YEAR = 1000, 9999  # the range MariaDB's DATE and DATETIME store


def is_integer_text(text):
    """True if ``text`` is an integer written in ASCII digits (optional sign) that fits 64 bits."""
    if not isinstance(text, str) or not INTEGER.fullmatch(text):
        return False
    return INT64[0] <= int(text) <= INT64[1]


def parse_integer(text):
    """Return the integer ``text`` writes in ASCII digits; ValueError for anything else or beyond 64 bits."""
    if not is_integer_text(text):
        raise ValueError(f"{text!r} is not an integer")
    return int(text)


def parse_finite(text):
    """Return the finite number ``text`` writes (no ``inf``, ``nan``, ``1e999`` or non-ASCII digits)."""
    if not isinstance(text, str) or not DECIMAL.fullmatch(text):
        raise ValueError(f"{text!r} is not a number")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is out of range")
    return value


def parse_iso_date(text):
    """Return the ``YYYY-MM-DD`` date ``text`` writes, with a year from 1000 to 9999."""
    if not isinstance(text, str) or not ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")
    return check_year(date.fromisoformat(text))


def parse_iso_datetime(text):
    """Return the ``YYYY-MM-DD[THH:MM[:SS[.ffffff]]]`` datetime ``text`` writes (no offset), years 1000-9999."""
    if not isinstance(text, str) or not ISO_DATETIME.fullmatch(text):
        raise ValueError(f"{text!r} is not a date-time (YYYY-MM-DDTHH:MM:SS)")
    return check_year(datetime.fromisoformat(text))


def parse_compact_day(text):
    """Return the midnight of a ``YYYYMMDD`` day (ASCII digits, years 1000-9999)."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{8}", text, re.ASCII):
        raise ValueError(f"{text!r} is not a day (YYYYMMDD)")
    return check_year(datetime.strptime(text, "%Y%m%d"))


CHARSET_LIMITS = {"utf8mb3": 0xFFFF, "utf8": 0xFFFF, "ucs2": 0xFFFF, "ascii": 0x7F}
CHARSET_NAMES = {"latin1": "Latin-1 (Western European) characters", "ascii": "ASCII characters",
                 "utf8mb3": "characters of the Basic Multilingual Plane (no emoji)",
                 "utf8": "characters of the Basic Multilingual Plane (no emoji)"}


def text_problem(text, charset=None):
    """Return why ``text`` cannot be stored in a column of ``charset`` (None if it can).

    Lone surrogates and NUL are never text; ``latin1`` (MariaDB's is Windows-1252) stores
    Western European characters only, ``utf8mb3`` no character beyond U+FFFF (emoji).
    """
    if "\x00" in text or any("\ud800" <= ch <= "\udfff" for ch in text):
        return "Not valid text (NUL or a lone surrogate)."
    if charset == "latin1":
        for ch in text:
            if ord(ch) > 0xFF:
                try:
                    ch.encode("cp1252")
                except UnicodeEncodeError:
                    return f"This column stores {CHARSET_NAMES['latin1']} only (not {ch!r})."
        return None
    limit = CHARSET_LIMITS.get(charset)
    if limit is not None:
        for ch in text:
            if ord(ch) > limit:
                return f"This column stores {CHARSET_NAMES.get(charset, charset)} only (not {ch!r})."
    return None


def check_year(value):
    """Return ``value`` if its year is one the database stores, else raise ValueError."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"year {value.year} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return value


def day_after(value):
    """The day after ``value``, capped at the last moment the database stores (no overflow past 9999)."""
    try:
        return value + timedelta(days=1)
    except OverflowError:
        return datetime(LAST_YEAR, 12, 31, 23, 59, 59, 999999)
