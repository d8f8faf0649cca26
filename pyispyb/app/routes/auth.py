# SPDX-License-Identifier: LGPL-3.0-or-later
"""Login routes: ``POST /auth/login`` (and its legacy twin ``POST /legacy/authenticate``)."""

import logging

from flask import request
from flask_restx import Namespace, Resource
from flask_restx import fields as rx

from pyispyb.app.extensions.api.crud_routes import AuthenticatedResource, document_errors
from pyispyb.app.extensions.auth import auth_provider
from pyispyb.app.extensions.auth.decorators import current_user
from pyispyb.app.extensions.auth.tokens import format_time

log = logging.getLogger(__name__)

ns = Namespace("Authentication", description="Log in and get a token", path="/auth")

CREDENTIAL_FIELDS = ("plugin", "username", "login", "password", "token")

login_model = ns.model("Login", {
    "plugin": rx.String(description="authentication plugin (optional when only one is enabled)"),
    "username": rx.String(description="user name (alias: login)"),
    "password": rx.String(description="password"),
    "token": rx.String(description="identity-provider token (Keycloak) instead of a password"),
})
token_model = ns.model("TokenResponse", {
    "username": rx.String, "token": rx.String, "iat": rx.String, "exp": rx.String,
    "groups": rx.List(rx.String), "permissions": rx.List(rx.String),
    "roles": rx.List(rx.String(description="same as groups (EXI/EXI2 need it)")),
})


def login_credentials():
    """Collect credentials from a JSON body, a form, headers or HTTP Basic (never the query string)."""
    found = {}
    body = request.get_json(silent=True) if request.is_json else None
    sources = [body if isinstance(body, dict) else {}, request.form, request.headers]
    for name in CREDENTIAL_FIELDS:
        for source in sources:
            value = source.get(name)
            if isinstance(value, str) and value != "":
                found[name] = value
                break
    basic = request.authorization
    if basic is not None and basic.type == "basic":
        found.setdefault("username", basic.username)
        found.setdefault("password", basic.password)
    found.setdefault("username", found.get("login"))
    return found


def client_address():
    """Return the caller's address for the logs."""
    return request.remote_addr or "-"


def perform_login():
    """Check credentials and answer the token response (used by both login routes)."""
    creds = login_credentials()
    provider = auth_provider()
    address = client_address()
    try:
        identity = provider.identify(creds.get("plugin"), creds.get("username"), creds.get("password"),
                                     creds.get("token"))
    except Exception:
        log.warning("login failed: user=%r plugin=%r from %s", creds.get("username"), creds.get("plugin"), address)
        raise
    token, claims = provider.issue_token(identity)
    log.info("login: user=%r plugin=%r from %s", identity.username, creds.get("plugin"), address)
    return {
        "username": identity.username,
        "token": token,
        "iat": format_time(claims["iat"]),
        "exp": format_time(claims["exp"]),
        "groups": list(identity.groups),
        "permissions": claims["permissions"],
        "roles": list(identity.groups),
    }


@ns.route("/login", endpoint="login")
class Login(Resource):
    """Exchange credentials for a token."""

    @ns.doc(security=None)
    @ns.expect(login_model)
    @ns.response(200, "Token", token_model)
    @document_errors(ns, (401,))
    def post(self):
        """Log in with a plugin; credentials from a JSON body, a form, headers or HTTP Basic."""
        return perform_login()


@ns.route("/me", endpoint="me")
class Me(AuthenticatedResource):
    """The caller."""

    @document_errors(ns, (401,))
    def get(self):
        """Return the caller's user name, groups and permissions."""
        user = current_user()
        return {"username": user.username, "groups": list(user.groups),
                "permissions": sorted(user.permissions), "is_admin": user.is_admin}
