# SPDX-License-Identifier: LGPL-3.0-or-later
"""``POST auth/login`` and ``POST auth/refresh`` as py-ispyb 2.x answers them."""

from flask import current_app
from flask_restx import Namespace, Resource
from flask_restx import fields as rx

from pyispyb.kernel.exceptions import Unauthorized
from pyispyb.kernel.http.crud_routes import document_errors
from pyispyb.kernel.http.swagger import ERROR_MODEL
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


@ns.route("/login", endpoint="login_2x")
class Login(Resource):
    """Exchange credentials (or an identity-provider token) for a token."""

    @ns.doc(security=None)
    @ns.expect(login_model)
    @ns.response(201, "The token: login, token, permissions, refreshToken, expiresIn")
    @ns.response(429, "Too many failed logins for this user name or address (see Retry-After)", ERROR_MODEL)
    @document_errors(ns, (401, 503))
    def post(self):
        """Log in with a plugin: {plugin, login, password} or {plugin, login, token}."""
        return token_answer(perform_login()), 201


@ns.route("/refresh", endpoint="refresh_2x")
class Refresh(Resource):
    """A new token for a valid one."""

    @ns.doc(security=None)
    @ns.expect(refresh_model)
    @ns.response(200, "A new token with the same user, groups and permissions")
    @document_errors(ns, (400, 401))
    def post(self):
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
