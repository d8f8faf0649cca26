# SPDX-License-Identifier: LGPL-3.0-or-later
"""The authenticated caller of a request."""

from dataclasses import dataclass, field


@dataclass
class AuthUser:
    """Who is calling: login name, groups and permissions from the token.

    Ownership (proposal and session ids) is looked up at most once per request by
    :mod:`pyispyb.kernel.access` and cached in ``cache``.
    """

    username: str
    groups: tuple = ()
    permissions: frozenset = frozenset()
    is_admin: bool = False
    token_id: str = None
    expires_at: int = None
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    def has_permission(self, name):
        """Return True if the user holds ``name`` (admins hold every permission)."""
        return self.is_admin or name in self.permissions

    def has_any(self, names):
        """Return True if the user holds at least one of ``names``."""
        return self.is_admin or any(n in self.permissions for n in names)

    def has_all(self, names):
        """Return True if the user holds every one of ``names``."""
        return self.is_admin or all(n in self.permissions for n in names)

    def describe(self):
        """Return a short description for messages and logs."""
        return f"user {self.username!r}"
