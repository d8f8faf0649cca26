# SPDX-License-Identifier: LGPL-3.0-or-later
"""A local HTTP server speaking the Keycloak OpenID Connect endpoints the plugin uses.

``/realms/<realm>/protocol/openid-connect/token`` (password grant), ``.../certs`` (JWKS)
and ``.../userinfo`` (Bearer). Tokens are RS256 JWTs signed with an RSA key generated
by the test; the test can mint tokens with any claims or keys, rotate the realm key,
end a user's session and count the requests each endpoint received.
"""

import json
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

REALM = "facility"
CLIENT_ID = "ispyb"
CLIENT_SECRET = "client-secret-of-the-test-realm"


def new_key():
    """Return a new RSA private key."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeKeycloak:
    """The realm's state: users, signing keys, ended sessions, request counts."""

    def __init__(self):
        self.users = {}  # username -> (password, profile claims)
        self.keys = {"key-1": new_key()}
        self.ended_subjects = set()
        self.requests = Counter()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        """Server URL (``KEYCLOAK_SERVER_URL``)."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    @property
    def issuer(self):
        """The realm's issuer."""
        return f"{self.url.rstrip('/')}/realms/{REALM}"

    def start(self):
        """Serve in a background thread."""
        self.thread.start()
        return self

    def stop(self):
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()

    def add_user(self, username, password, **profile):
        """Create a realm user."""
        self.users[username] = (password, {"sub": str(uuid.uuid5(uuid.NAMESPACE_URL, username)),
                                           "preferred_username": username, **profile})

    def rotate_key(self):
        """Replace the realm's signing key by a new one with a new key id."""
        self.keys = {f"key-{len(self.keys) + 1}-{uuid.uuid4().hex[:6]}": new_key()}

    def mint(self, username=None, *, key=None, kid=None, lifetime=300, **changes):
        """Return an access token of the realm for ``username`` (claims overridden by ``changes``)."""
        now = int(time.time())
        profile = self.users[username][1] if username in self.users else {}
        claims = {"iss": self.issuer, "aud": "account", "azp": CLIENT_ID, "typ": "Bearer", "iat": now,
                  "exp": now + lifetime, "jti": uuid.uuid4().hex, **profile, **changes}
        claims = {k: v for k, v in claims.items() if v is not None}
        kid = kid or next(iter(self.keys))
        return jwt.encode(claims, key or self.keys.get(kid) or new_key(), algorithm="RS256", headers={"kid": kid})

    def jwks(self):
        """Return the realm's public keys as a JWK set."""
        keys = []
        for kid, key in self.keys.items():
            jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        return {"keys": keys}

    def verify(self, token):
        """Return the claims of a token the realm signed and still honours, or None."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            claims = jwt.decode(token, self.keys[kid].public_key(), algorithms=["RS256"],
                                options={"verify_aud": False})
        except (jwt.PyJWTError, KeyError):
            return None
        return None if claims.get("sub") in self.ended_subjects else claims

    def _handler(self):
        realm = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                """Stay quiet."""

            def _answer(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                base = f"/realms/{REALM}/protocol/openid-connect"
                if self.path == f"{base}/certs":
                    realm.requests["certs"] += 1
                    return self._answer(200, realm.jwks())
                if self.path == f"{base}/userinfo":
                    realm.requests["userinfo"] += 1
                    scheme, _, token = self.headers.get("Authorization", "").partition(" ")
                    claims = realm.verify(token) if scheme == "Bearer" else None
                    if claims is None:
                        return self._answer(401, {"error": "invalid_token"})
                    profile = realm.users.get(claims.get("preferred_username"), (None, {}))[1]
                    return self._answer(200, {"sub": claims["sub"], **profile})
                return self._answer(404, {"error": "not found"})

            def do_POST(self):
                if self.path != f"/realms/{REALM}/protocol/openid-connect/token":
                    return self._answer(404, {"error": "not found"})
                realm.requests["token"] += 1
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
                    return self._answer(401, {"error": "invalid_client"})
                user = realm.users.get(form.get("username"))
                if form.get("grant_type") != "password" or user is None or user[0] != form.get("password"):
                    return self._answer(401, {"error": "invalid_grant", "error_description": "Invalid credentials"})
                return self._answer(200, {"access_token": realm.mint(form["username"]), "token_type": "Bearer",
                                          "expires_in": 300})

        return Handler
