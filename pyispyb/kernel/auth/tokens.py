# SPDX-License-Identifier: LGPL-3.0-or-later
"""JSON Web Tokens: signed with ``SECRET_KEY`` using the algorithm the server chose.

The algorithm of a presented token is never trusted: decoding accepts only the
configured one, and ``exp``, ``iat``, ``iss``, ``jti`` (the id a logout revokes) and
``username`` are required.
"""

import secrets
import time
from datetime import datetime, timezone

import jwt

from pyispyb.kernel.exceptions import Unauthorized

ISSUER = "pyispyb"
LEEWAY_SECONDS = 30


def encode_token(*, username, groups, permissions, secret, algorithm, lifetime_minutes, now=None):
    """Return ``(token, claims)`` for a user."""
    issued = int(now if now is not None else time.time())
    claims = {
        "username": username,
        "groups": list(groups),
        "permissions": list(permissions),
        "iat": issued,
        "exp": issued + 60 * lifetime_minutes,
        "iss": ISSUER,
        "jti": secrets.token_hex(16),
    }
    return jwt.encode(claims, secret, algorithm=algorithm), claims


def decode_token(token, *, secret, algorithm):
    """Return the claims of a valid token, or raise :class:`Unauthorized` saying why."""
    try:
        return jwt.decode(
            token, secret, algorithms=[algorithm], issuer=ISSUER, leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "iat", "username", "iss", "jti"]})
    except jwt.ExpiredSignatureError:
        raise Unauthorized("Token expired. Please log in again") from None
    except jwt.ImmatureSignatureError:
        raise Unauthorized("Token not valid yet. Please log in again") from None
    except jwt.InvalidTokenError:
        raise Unauthorized("Invalid token. Please log in again") from None


class DecodedTokens:
    """Claims of tokens already verified, so that each request need not check the signature again.

    Keyed by the whole token text (signature included): only a token byte-for-byte equal
    to one verified before is taken from here. Expiry is still checked on every use, and
    the revocation check stays with the caller. Bounded: cleared when ``size`` is reached.
    """

    def __init__(self, size=4096):
        self.size = size
        self.claims = {}

    def decode(self, token, *, secret, algorithm, now=None):
        """Return the claims of a valid token (from the cache when it was verified before)."""
        claims = self.claims.get(token)
        if claims is not None and claims["exp"] + LEEWAY_SECONDS > (now if now is not None else time.time()):
            return claims
        claims = decode_token(token, secret=secret, algorithm=algorithm)
        if len(self.claims) >= self.size:
            self.claims.clear()
        self.claims[token] = claims
        return claims


def format_time(epoch):
    """Format a token time as py-ispyb 1.x did (``YYYY-MM-DD HH:MM:SS`` UTC)."""
    return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
