# SPDX-License-Identifier: LGPL-3.0-or-later
"""Keycloak authentication (python-keycloak) with groups from the ISPyB database.

The login gives a Keycloak access token (``token``), or a username and password that the
realm's token endpoint exchanges for one. The token is checked here: signature against
the realm's JWKS (cached, refreshed for an unknown key id), an asymmetric algorithm from
the configured list, issuer, audience (``aud`` or ``azp``), expiry and type ``Bearer``
(ID tokens are refused). The userinfo endpoint then confirms the session is alive and
gives the names. ``preferred_username`` is the ISPyB login (``Person.login``).
"""

import logging
import os

import jwt
from keycloak import KeycloakOpenID
from keycloak.exceptions import KeycloakAuthenticationError, KeycloakError

from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.kernel.auth.plugins.db_groups import AbstractDBGroupsAuthentication, PersonInfo
from pyispyb.kernel.auth.plugins.jwks import JWKSCache
from pyispyb.kernel.auth.plugins.options import PluginOptions

log = logging.getLogger(__name__)

CLIENT_SECRET_ENV = "ISPYB_KEYCLOAK_CLIENT_SECRET"
ASYMMETRIC = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
LEEWAY_SECONDS = 30

OPTIONS = PluginOptions("Keycloak", {
    "KEYCLOAK_SERVER_URL": (str, None),
    "KEYCLOAK_REALM_NAME": (str, None),
    "KEYCLOAK_CLIENT_ID": (str, None),
    "KEYCLOAK_CLIENT_SECRET_KEY": (str, None),
    "KEYCLOAK_ISSUER": (str, None),
    "KEYCLOAK_AUDIENCE": ((str, list), None),
    "KEYCLOAK_ALGORITHMS": (list, ["RS256"]),
    "KEYCLOAK_USERNAME_CLAIM": (str, "preferred_username"),
    "KEYCLOAK_JWKS_CACHE_SECONDS": (int, 300),
    "KEYCLOAK_TIMEOUT": (int, 10),
    "KEYCLOAK_VERIFY_TLS": ((bool, str), True),
    "KEYCLOAK_USERINFO": (bool, True),
    "KEYCLOAK_PASSWORD_GRANT": (bool, True),
    "KEYCLOAK_CREATE_PERSON": (bool, False),
})


class KeycloakDBGroupsAuthentication(AbstractDBGroupsAuthentication):
    """Accept a Keycloak access token (or a password through the token endpoint); groups from the database."""

    def configure(self, config):
        """Read and check the ``CONFIG`` mapping (unknown keys are refused)."""
        super().configure(config)
        o = self.options = OPTIONS.parse(config, self.name)
        o.require("KEYCLOAK_SERVER_URL", "KEYCLOAK_REALM_NAME", "KEYCLOAK_CLIENT_ID")
        bad = [a for a in o["KEYCLOAK_ALGORITHMS"] if a not in ASYMMETRIC]
        if bad or not o["KEYCLOAK_ALGORITHMS"]:
            o.fail(f"CONFIG.KEYCLOAK_ALGORITHMS accepts only {', '.join(ASYMMETRIC)}")
        o["KEYCLOAK_CLIENT_SECRET_KEY"] = o["KEYCLOAK_CLIENT_SECRET_KEY"] or os.environ.get(CLIENT_SECRET_ENV)
        audience = o["KEYCLOAK_AUDIENCE"] or [o["KEYCLOAK_CLIENT_ID"]]
        self.audiences = {audience} if isinstance(audience, str) else set(audience)
        realm_url = f"{o['KEYCLOAK_SERVER_URL'].rstrip('/')}/realms/{o['KEYCLOAK_REALM_NAME']}"
        self.issuer = o["KEYCLOAK_ISSUER"] or realm_url
        self.creates_persons = o["KEYCLOAK_CREATE_PERSON"]
        self.jwks = JWKSCache(lambda: self._client().certs(), o["KEYCLOAK_JWKS_CACHE_SECONDS"])

    def _client(self):
        """Return a new python-keycloak client (one per login: its headers are not thread-safe)."""
        o = self.options
        return KeycloakOpenID(server_url=o["KEYCLOAK_SERVER_URL"], realm_name=o["KEYCLOAK_REALM_NAME"],
                              client_id=o["KEYCLOAK_CLIENT_ID"], client_secret_key=o["KEYCLOAK_CLIENT_SECRET_KEY"],
                              verify=o["KEYCLOAK_VERIFY_TLS"], timeout=o["KEYCLOAK_TIMEOUT"])

    def get_person(self, username, password, token):
        """Return who the valid Keycloak token (given or obtained with the password) belongs to."""
        try:
            return self._person(username, password, token)
        except (KeycloakError, OSError) as exc:
            log.error("plugin %r: Keycloak at %s is unreachable: %s", self.name,
                      self.options["KEYCLOAK_SERVER_URL"], exc)
            raise ServiceUnavailable("the Keycloak server is unavailable, try again later") from None

    def _person(self, username, password, token):
        client = self._client()
        if not token:
            token = self._password_grant(client, username, password)
            if token is None:
                return None
        claims = self.validate(token)
        if claims is None:
            return None
        if self.options["KEYCLOAK_USERINFO"]:
            try:
                info = client.userinfo(token)
            except KeycloakAuthenticationError:
                log.info("plugin %r: userinfo refused the token of %r", self.name, claims.get("sub"))
                return None
            if not isinstance(info, dict) or info.get("sub") != claims.get("sub"):
                log.warning("plugin %r: userinfo does not describe the token's subject", self.name)
                return None
            claims = {**claims, **info}
        login = claims.get(self.options["KEYCLOAK_USERNAME_CLAIM"])
        if not isinstance(login, str) or not login.strip():
            log.warning("plugin %r: the token has no %s", self.name, self.options["KEYCLOAK_USERNAME_CLAIM"])
            return None
        return PersonInfo(login=login.strip(), given_name=claims.get("given_name"),
                          family_name=claims.get("family_name"), email=claims.get("email"))

    def _password_grant(self, client, username, password):
        """Exchange a username and password for an access token, or return None."""
        if not self.options["KEYCLOAK_PASSWORD_GRANT"] or not username or not password:
            return None
        try:
            return client.token(username, password).get("access_token")
        except KeycloakError as exc:
            if exc.response_code in (400, 401, 403):  # invalid_grant, invalid_client, ...
                return None
            raise

    def validate(self, token):
        """Return the claims of a valid access token for this realm and client, or None (the reason is logged)."""
        try:
            header = jwt.get_unverified_header(token)
            algorithm = header.get("alg")
            if algorithm not in self.options["KEYCLOAK_ALGORITHMS"]:
                raise jwt.InvalidTokenError(f"algorithm {algorithm!r} is not accepted")
            key = self.jwks.key(header.get("kid"), algorithm)
            claims = jwt.decode(token, key, algorithms=[algorithm], issuer=self.issuer, leeway=LEEWAY_SECONDS,
                                options={"require": ["exp", "iat", "iss", "sub"], "verify_aud": False})
            self._check_audience_and_type(claims)
        except jwt.PyJWTError as exc:
            log.info("plugin %r: token refused: %s", self.name, exc)
            return None
        return claims

    def _check_audience_and_type(self, claims):
        audience = claims.get("aud")
        audiences = {audience} if isinstance(audience, str) else set(audience or ())
        if not (audiences | {claims.get("azp")}) & self.audiences:
            raise jwt.InvalidAudienceError(f"token is for {sorted(audiences)} / {claims.get('azp')!r}")
        if claims.get("typ", "Bearer") != "Bearer":
            raise jwt.InvalidTokenError(f"token type {claims.get('typ')!r} is not an access token")
