# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route guards: authentication, permissions, proposal and session authorization.

The token is decoded once per request (:func:`current_user` caches it in ``flask.g``).
Failures raise :class:`Unauthorized` (401, not authenticated) or :class:`Forbidden`
(403, authenticated but not allowed); the API turns them into the error envelope.
"""

from functools import wraps

from flask import current_app, g, request

from pyispyb.app.exceptions import Forbidden, Unauthorized

ANY = "any"
ALL = "all"


def request_token():
    """Return the token of the request: ``Authorization: Bearer`` wins, else a ``{token}`` path segment."""
    header = request.headers.get("Authorization")
    if header:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise Unauthorized("Authorization header must be 'Bearer <token>'")
        return value.strip()
    token = (request.view_args or {}).get("token")
    if token:
        return token
    raise Unauthorized("Authorization header is expected")


def current_user():
    """Return the authenticated :class:`AuthUser` of the request (decoding the token once)."""
    if "ispyb_user" not in g:
        from pyispyb.app.extensions.auth import auth_provider

        g.ispyb_user = auth_provider().user_from_token(request_token())
    return g.ispyb_user


def optional_user():
    """Return the caller if the request carries a valid token, else None."""
    try:
        return current_user()
    except Unauthorized:
        return None


def _configured_rule():
    """Return the ``authorization_rules`` names for this endpoint and method, if any."""
    rules = current_app.config.get("AUTHORIZATION_RULES") or {}
    endpoint = (request.endpoint or "").split(".", 1)[-1]
    return rules.get(endpoint, {}).get(request.method.lower())


def _check_rule(user, names):
    if "all" in names:
        return
    if not (user.is_admin or set(names) & (set(user.groups) | set(user.permissions))):
        raise Forbidden(f"{user.describe()} needs one of {', '.join(names)} (site authorization rule)")


def authentication_required(func):
    """Require a valid token (and satisfy a configured ``authorization_rules`` entry)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        user = current_user()
        rule = _configured_rule()
        if rule is not None:
            _check_rule(user, rule)
        return func(*args, **kwargs)

    return wrapper


def permission_required(operator, permissions):
    """Require ``any`` or ``all`` of ``permissions`` (a configured rule for the endpoint replaces them)."""
    if operator not in (ANY, ALL):
        raise ValueError(f"operator must be {ANY!r} or {ALL!r}")
    permissions = list(permissions)

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            user = current_user()
            if _configured_rule() is None:
                allowed = user.has_any(permissions) if operator == ANY else user.has_all(permissions)
                if not allowed:
                    raise Forbidden(f"{user.describe()} needs {operator} of the permissions "
                                    f"{', '.join(permissions)}")
            return func(*args, **kwargs)

        return authentication_required(wrapper)

    return decorator


def proposal_authorization_required(func):
    """Require read access to the proposal named by the ``proposal_id`` path argument (id or name)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        from pyispyb.app import access
        from pyispyb.core.modules.proposals import resolve_proposal_id

        user = current_user()
        proposal_id = resolve_proposal_id(kwargs.get("proposal_id", kwargs.get("proposal")))
        from pyispyb.core.models import Proposal

        access.ensure_visible(user, Proposal, Proposal.proposalId, proposal_id)
        return func(*args, **kwargs)

    return authentication_required(wrapper)


def session_authorization_required(func):
    """Require read access to the session named by the ``session_id`` path argument."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        from pyispyb.app import access
        from pyispyb.core.models import BLSession

        access.ensure_visible(current_user(), BLSession, BLSession.sessionId, kwargs["session_id"])
        return func(*args, **kwargs)

    return authentication_required(wrapper)
