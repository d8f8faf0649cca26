# SPDX-License-Identifier: LGPL-3.0-or-later
"""Login routes: ``POST /auth/login`` (and its legacy twin ``POST /legacy/authenticate``), logout, me."""

from flask import current_app, request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.auth import auth_provider
from pyispyb.kernel.auth.profile import describe_caller
from pyispyb.kernel.auth.tokens import format_time

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

person_model = ns.model("CallerPerson", {
    "personId": rx.Integer, "login": rx.String(nullable=True), "givenName": rx.String(nullable=True),
    "familyName": rx.String(nullable=True), "emailAddress": rx.String(nullable=True),
})
caller_proposal_model = ns.model("CallerProposal", {
    "proposalId": rx.Integer, "proposalCode": rx.String(nullable=True), "proposalNumber": rx.String(nullable=True),
    "title": rx.String(nullable=True), "proposalType": rx.String(nullable=True), "state": rx.String(nullable=True),
})
me_model = ns.model("Caller", {
    "username": rx.String,
    "person": rx.Nested(person_model, allow_null=True, description="the Person row whose login is the username"),
    "groups": rx.List(rx.String), "permissions": rx.List(rx.String), "is_admin": rx.Boolean,
    "proposals": rx.Nested(ns.model("CallerProposals", {
        "total": rx.Integer, "rows": rx.List(rx.Nested(caller_proposal_model))})),
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
    identity, token, claims = auth_provider().login(login_credentials(), client_address())
    return {
        "username": identity.username,
        "token": token,
        "iat": format_time(claims["iat"]),
        "exp": format_time(claims["exp"]),
        "groups": list(identity.groups),
        "permissions": claims["permissions"],
        "roles": list(identity.groups),
    }


@route(ns, "/login", "POST", answer="Token", model=token_model, body=login_model, auth=None, errors=(
    401, (429, "Too many failed logins for this user name or address (see Retry-After)"),
    (503, "The identity provider (LDAP, Keycloak) is unavailable")))
def login():
    """Log in with a plugin; credentials from a JSON body, a form, headers or HTTP Basic."""
    return perform_login()


@route(ns, "/logout", "POST", answer="Token revoked", status=204, errors=(401,))
def logout(user):
    """Log out: the token presented is refused from now on until it expires."""
    auth_provider().logout(user, client_address())


@route(ns, "/me", answer="The caller", model=me_model, errors=(401,))
def me(user):
    """Return the caller's login, person, groups, permissions and own proposals (newest first, bounded)."""
    return describe_caller(user, current_app.config["PAGINATION_MAX_LIMIT"])
