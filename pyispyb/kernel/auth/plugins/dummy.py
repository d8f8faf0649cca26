# SPDX-License-Identifier: LGPL-3.0-or-later
"""Dummy authentication: FOR DEVELOPMENT AND TESTS ONLY (refused in production).

Any non-empty username is accepted, and the password is a comma-separated list that
becomes the user's groups and permissions, e.g. ``own_proposals,own_sessions``.
"""

import logging

from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity

log = logging.getLogger(__name__)


class DummyAuthentication(AbstractAuthentication):
    """Accept anyone; the password lists the groups and permissions to grant."""

    def init_app(self, app):
        """Warn loudly that this plugin must not face real users."""
        log.warning("Dummy authentication plugin %r is enabled: anyone can log in with any "
                    "permission. Use it for development and tests only.", self.name)

    def get_user_and_groups(self, username, password, token):
        """Accept any non-empty username; the password names the groups and permissions."""
        if not username or not username.strip():
            return None
        names = [p.strip() for p in (password or "").split(",") if p.strip()]
        return Identity(username=username.strip(), groups=names, permissions=names)
