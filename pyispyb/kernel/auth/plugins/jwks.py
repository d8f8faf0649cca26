# SPDX-License-Identifier: LGPL-3.0-or-later
"""A cached JSON Web Key Set: the signing keys of an identity provider, by key id.

The set is fetched at most once per ``ttl`` seconds; a token naming an unknown key id
refetches it (the provider rotated its keys), but not more than once per
``MIN_REFRESH_SECONDS`` so that tokens with made-up key ids cannot flood the provider.
"""

import threading
import time

import jwt

MIN_REFRESH_SECONDS = 10


class JWKSCache:
    """Signing keys by ``kid``, fetched with ``fetch()`` (a JWKS mapping ``{"keys": [...]}``)."""

    def __init__(self, fetch, ttl):
        self.fetch = fetch
        self.ttl = ttl
        self.keys = {}
        self.fetched_at = None
        self.lock = threading.Lock()

    def _refresh(self, now):
        keys = {}
        for data in (self.fetch() or {}).get("keys", []):
            if data.get("use", "sig") == "sig" and data.get("kty") in ("RSA", "EC"):
                keys[data.get("kid")] = data
        self.keys, self.fetched_at = keys, now

    def _current(self, kid):
        """Return the JWK mapping of ``kid`` (refreshing the set when stale or when the kid is new)."""
        now = time.monotonic()
        with self.lock:
            stale = self.fetched_at is None or now - self.fetched_at > self.ttl
            unknown = kid not in self.keys and (self.fetched_at is None or now - self.fetched_at > MIN_REFRESH_SECONDS)
            if stale or unknown:
                self._refresh(now)
            if kid is None and len(self.keys) == 1:
                return next(iter(self.keys.values()))
            return self.keys.get(kid)

    def key(self, kid, algorithm):
        """Return the public key to check a token signed with ``algorithm`` by key ``kid``."""
        data = self._current(kid)
        if data is None:
            raise jwt.InvalidKeyError(f"no signing key {kid!r} in the provider's key set")
        if data.get("alg") not in (None, algorithm):
            raise jwt.InvalidAlgorithmError(f"key {kid!r} is for {data['alg']}, not {algorithm}")
        return jwt.PyJWK(data, algorithm=algorithm).key
