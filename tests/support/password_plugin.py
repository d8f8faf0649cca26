# SPDX-License-Identifier: LGPL-3.0-or-later
"""A login plugin with real passwords, for servers started by the tests (loaded from the YAML configuration)."""

from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity


class PasswordListAuthentication(AbstractAuthentication):
    """Users and passwords from ``CONFIG.USERS`` (``{name: password}``); permissions ``own_proposals``."""

    def configure(self, config):
        """Keep the user list."""
        self.users = dict(config.get("USERS") or {})

    def get_user_and_groups(self, username, password, token):
        """Accept a known user with the right password."""
        if username in self.users and password == self.users[username]:
            return Identity(username=username, groups=["users"], permissions=["own_proposals"])
        return None
