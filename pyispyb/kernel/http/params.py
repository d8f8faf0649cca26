# SPDX-License-Identifier: LGPL-3.0-or-later
"""Query parameters of routes that are not lists (file downloads, documents)."""

from pyispyb.kernel.exceptions import BadRequest

TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("", "0", "false", "no", "off")


def check_params(args, allowed=()):
    """Raise :class:`BadRequest` naming the first query parameter not in ``allowed``."""
    for name in args:
        if name not in allowed:
            raise BadRequest(f"unknown query parameter {name!r}")


def flag_param(args, name):
    """Return a boolean query parameter (``true``/``false``, ``1``/``0``, ``yes``/``no``); absent is False."""
    raw = args.get(name)
    if raw is None:
        return False
    if raw.lower() in TRUE_WORDS:
        return True
    if raw.lower() in FALSE_WORDS:
        return False
    raise BadRequest(f"query parameter {name!r} must be true or false")


def choice_param(args, name, choices, default):
    """Return a query parameter that must be one of ``choices`` (``default`` when absent)."""
    raw = args.get(name) or default
    if raw not in choices:
        raise BadRequest(f"query parameter {name!r} must be one of {', '.join(choices)}")
    return raw
