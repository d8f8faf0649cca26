# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route guards: authentication and permissions.

The token is decoded once per request (:func:`current_user` caches it in ``flask.g``).
Failures raise :class:`Unauthorized` (401, not authenticated) or :class:`Forbidden`
(403, authenticated but not allowed); the API turns them into the error envelope.
"""

from functools import wraps

from flask import g, request

from pyispyb.kernel.exceptions import Forbidden, Unauthorized
from pyispyb.kernel.auth.rules import configured_rule, enforce_configured_rule

ANY = "any"
ALL = "all"


def request_token():
    """Return the token of the request: ``Authorization: Bearer`` wins, else a ``{token}`` path segment."""
    header = request.headers.get("Authorization")
    if header:
        return bearer_token(header)
    token = (request.view_args or {}).get("token")
    if token:
        return token
    raise Unauthorized("Authorization header is expected")


def bearer_token(header):
    """Return the token of an ``Authorization: Bearer <token>`` header value, else raise :class:`Unauthorized`."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized("Authorization header must be 'Bearer <token>'")
    return value.strip()


def current_user():
    """Return the authenticated :class:`AuthUser` of the request (decoding the token once)."""
    if "ispyb_user" not in g:
        from pyispyb.kernel.auth import auth_provider

        g.ispyb_user = auth_provider().user_from_token(request_token())
    return g.ispyb_user


def optional_user():
    """Return the caller if the request carries a valid token, else None."""
    try:
        return current_user()
    except Unauthorized:
        return None


def authentication_required(func):
    """Require a valid token (and satisfy a configured ``authorization_rules`` entry)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        enforce_configured_rule(current_user())
        return func(*args, **kwargs)

    return wrapper


def permission_names(permissions):
    """Return the permission names given as one string or an iterable of strings (at least one)."""
    names = [permissions] if isinstance(permissions, str) else list(permissions)
    if not names or not all(isinstance(n, str) and n for n in names):
        raise ValueError("permission_required needs one or more permission names")
    return names


def permission_required(operator, permissions):
    """Require ``any`` (at least one) or ``all`` of ``permissions``; a site rule for the route replaces them."""
    if operator not in (ANY, ALL):
        raise ValueError(f"operator must be {ANY!r} or {ALL!r}")
    names = permission_names(permissions)

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            user = current_user()
            if configured_rule() is None:
                allowed = user.has_any(names) if operator == ANY else user.has_all(names)
                if not allowed:
                    raise Forbidden(f"{user.describe()} needs {refusal_wording(user, operator, names)}")
            return func(*args, **kwargs)

        return authentication_required(wrapper)

    return decorator


def refusal_wording(user, operator, names):
    """Say which permissions a refused caller lacks."""
    if operator == ANY and len(names) > 1:
        return f"one of the permissions {', '.join(names)}"
    missing = [n for n in names if not user.has_permission(n)]
    return f"the permission{'s' if len(missing) > 1 else ''} {', '.join(missing)}"

