# SPDX-License-Identifier: LGPL-3.0-or-later
"""The interface every authentication plugin implements.

A site writes its own plugin in its own package::

    from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity

    class SiteAuthentication(AbstractAuthentication):
        def configure(self, config):
            self.url = config["URL"]

        def get_user_and_groups(self, username, password, token):
            ...  # check the credentials against the site's system
            return Identity(username=username, groups=["users"])

and names it in the configuration (``AUTH_MODULE: "site.auth"``, ``AUTH_CLASS:
"SiteAuthentication"``). Permissions of the groups are read from the database
(``UserGroup_has_Permission``) unless the plugin returns them itself.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass
class Identity:
    """What a plugin learned about a user who proved who they are."""

    username: str
    groups: list = field(default_factory=list)
    permissions: list = None  # None: resolve the groups' permissions from the database


class AbstractAuthentication(ABC):
    """Turn credentials (username and password, or a token of an identity provider) into an identity."""

    #: name of the plugin in the configuration (set by the provider)
    name = None

    def configure(self, config):
        """Read the plugin's ``CONFIG`` mapping; raise ``ConfigError`` on bad values."""
        self.config = dict(config or {})

    def init_app(self, app):  # noqa: B027 - optional hook, empty by default
        """Hook called once with the application (optional)."""

    @abstractmethod
    def get_user_and_groups(self, username, password, token):
        """Return an :class:`Identity` for valid credentials, or None."""

    def authenticate(self, username, password, token):
        """Check credentials; return an :class:`Identity` or None (never raise for bad credentials)."""
        return self.get_user_and_groups(username, password, token)
