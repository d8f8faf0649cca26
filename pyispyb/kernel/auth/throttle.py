# SPDX-License-Identifier: LGPL-3.0-or-later
"""Slow down password guessing: too many recent failed logins for a username or an address is a 429.

Failures are counted over the last ``LOGIN_FAILURE_WINDOW`` seconds in the shared
:mod:`~pyispyb.kernel.auth.store`, so every worker sees them. A username is
blocked after ``LOGIN_MAX_FAILURES`` failures, an address after
``LOGIN_MAX_ADDRESS_FAILURES`` (higher: many users may share one address); 0 turns a limit
off. While blocked, credentials are not even checked; a successful login clears the
username's failures.
"""

import math
import time

from pyispyb.kernel.exceptions import TooManyRequests

MAX_KEY_LENGTH = 256


def username_key(username):
    """Return the store key of a username (case-insensitive, bounded)."""
    name = username.strip().lower() if isinstance(username, str) else ""
    return "user:" + name[:MAX_KEY_LENGTH] if name else None


def address_key(address):
    """Return the store key of a client address."""
    return "addr:" + address[:MAX_KEY_LENGTH] if address else None


class LoginThrottle:
    """Count failed logins in a store and refuse callers over the limits."""

    def __init__(self, store, config):
        self.store = store
        self.config = config  # read at each call: the limits may be changed at run time

    @property
    def window(self):
        """Seconds over which failures count."""
        return self.config["LOGIN_FAILURE_WINDOW"]

    def limit(self, key):
        """Failures that block a key."""
        return self.config["LOGIN_MAX_FAILURES" if key.startswith("user:") else "LOGIN_MAX_ADDRESS_FAILURES"]

    def _keys(self, username, address):
        return [k for k in (username_key(username), address_key(address)) if k]

    def check(self, username, address, now=None):
        """Raise :class:`TooManyRequests` (with ``Retry-After``) if the username or address is blocked."""
        now = time.time() if now is None else now
        for key in self._keys(username, address):
            limit = self.limit(key)
            if limit < 1:  # 0 turns the limit off
                continue
            times = self.store.recent_failures(key, now - self.window, limit)
            if len(times) >= limit:
                retry = max(1, math.ceil(times[0] + self.window - now))
                what = "this user name" if key.startswith("user:") else "this address"
                error = TooManyRequests(f"too many failed logins for {what}: try again in {retry} seconds")
                error.headers = {"Retry-After": str(retry)}
                raise error

    def failed(self, username, address, now=None):
        """Record a failed login for the username and the address."""
        now = time.time() if now is None else now
        self.store.record_failure(self._keys(username, address), now, self.window)

    def succeeded(self, username):
        """Forget the username's failures after a successful login."""
        key = username_key(username)
        if key:
            self.store.clear_failures(key)
