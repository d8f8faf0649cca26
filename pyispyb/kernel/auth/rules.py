# SPDX-License-Identifier: LGPL-3.0-or-later
"""The ``authorization_rules:`` section: per-site rules on routes (endpoint -> method -> names).

A rule lists groups or permission names; holding any one of them (or being in an
``ADMIN_GROUPS`` group) lets the caller call the route, and ``all`` lets every
authenticated user in. A rule *replaces* the route's own ``permission_required`` check,
so it can tighten a route or open it; the ownership rules and the read and write
permissions that the data layer checks always apply on top.
"""

import difflib

from flask import current_app, g, request

from pyispyb.kernel.exceptions import Forbidden
from pyispyb.config import ConfigError

EVERYONE = "all"
#: routes called without a token: logging in, and the Swagger documentation
PUBLIC_ENDPOINTS = {"login", "legacy_authenticate", "doc", "specs", "openapi", "root", "static", "index"}


def endpoint_name(endpoint):
    """Return the rule key of a Flask endpoint (``api.proposals`` -> ``proposals``)."""
    return (endpoint or "").split(".", 1)[-1]


def configured_rule():
    """Return the names the site's rules require for this request's endpoint and method, or None."""
    return rule_for(request.endpoint, request.method)


def rule_for(endpoint, method):
    """Return the names the site's rules require for ``endpoint`` and ``method``, or None."""
    rules = current_app.config.get("AUTHORIZATION_RULES") or {}
    return rules.get(endpoint_name(endpoint), {}).get(method.lower()) if rules else None


def rule_allows(user, names):
    """Return True if ``user`` satisfies a rule's ``names``."""
    return EVERYONE in names or user.is_admin or bool(set(names) & (set(user.groups) | set(user.permissions)))


def enforce_configured_rule(user):
    """Raise :class:`Forbidden` if a configured rule refuses the caller (checked once per request)."""
    if g.get("ispyb_rule_checked"):
        return
    enforce_rule(user, request.endpoint, request.method)
    g.ispyb_rule_checked = True


def enforce_rule(user, endpoint, method):
    """Raise :class:`Forbidden` if the site's rule for ``endpoint`` and ``method`` refuses ``user``."""
    names = rule_for(endpoint, method)
    if names is not None and not rule_allows(user, names):
        raise Forbidden(f"{user.describe()} needs one of the groups or permissions {', '.join(names)} "
                        f"for {method} {endpoint_name(endpoint)} (site authorization rule)")


def check_rule_endpoints(app):
    """Refuse rules naming endpoints the application does not serve (a misspelt rule would not apply)."""
    known = {endpoint_name(rule.endpoint) for rule in app.url_map.iter_rules()}
    for endpoint in app.config.get("AUTHORIZATION_RULES") or {}:
        if endpoint in PUBLIC_ENDPOINTS:
            raise ConfigError(f"authorization_rules.{endpoint}: this route is public (no token), a rule cannot apply")
        if endpoint not in known:
            close = difflib.get_close_matches(endpoint, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"authorization_rules.{endpoint}: no route has this endpoint name{hint}")
