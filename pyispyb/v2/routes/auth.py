# SPDX-License-Identifier: LGPL-3.0-or-later
"""``POST auth/login`` and ``POST auth/refresh`` as py-ispyb 2.x answers them."""

from flask import current_app
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.exceptions import Unauthorized
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.auth import auth_provider
from pyispyb.kernel.auth.plugins.base import Identity
from pyispyb.kernel.auth.routes import login_model, perform_login
from pyispyb.v2.routes.common import json_body

ns = Namespace("2.x authentication", description="Log in (201 with login, token, permissions) and refresh",
               path="/auth")
ns.models[login_model.name] = login_model
refresh_model = ns.model("Refresh", {"refreshToken": rx.String(required=True, description="a token of auth/login")})


def token_answer(answer):
    """Add what 2.x clients read to a token answer: ``login``, ``refreshToken`` and ``expiresIn`` (seconds)."""
    return {**answer, "login": answer["username"], "refreshToken": answer["token"],
            "expiresIn": current_app.config["TOKEN_EXP_TIME"] * 60}


@route(ns, "/login", "POST", answer="The token: login, token, permissions, refreshToken, expiresIn", status=201,
       body=login_model, auth=None,
       errors=((429, "Too many failed logins for this user name or address (see Retry-After)"), 401, 503))
def login_2x():
    """Log in with a plugin: {plugin, login, password} or {plugin, login, token}."""
    return token_answer(perform_login())


@route(ns, "/refresh", "POST", answer="A new token with the same user, groups and permissions", body=refresh_model,
       auth=None, errors=(400, 401))
def refresh_2x():
    """Exchange a token that is still valid (not expired, not revoked) for a new one."""
    given = json_body().get("refreshToken")
    if not isinstance(given, str) or not given:
        raise Unauthorized("refreshToken is missing")
    provider = auth_provider()
    user = provider.user_from_token(given)
    token, claims = provider.issue_token(Identity(username=user.username, groups=list(user.groups),
                                                  permissions=sorted(user.permissions)))
    return token_answer({"username": user.username, "token": token, "groups": list(user.groups),
                         "permissions": claims["permissions"]})
