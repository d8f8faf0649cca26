# SPDX-License-Identifier: LGPL-3.0-or-later
"""LDAP authentication (ldap3): bind as the user, read the user's groups from the directory.

The user's DN comes from ``LDAP_USER_DN_TEMPLATE`` or from a search (``LDAP_USER_SEARCH_BASE``
and ``LDAP_USER_SEARCH_FILTER``, run as ``LDAP_BIND_DN`` or anonymously); the password is
then checked by binding as that DN. User input is escaped in DNs (RFC 4514) and filters
(RFC 4515); an empty password never reaches the server (it would be an anonymous bind).
Every login opens its own connections and closes them: nothing is shared between threads.
An unreachable directory is a 503, not a failed login.
"""

import logging
import os
import ssl

from ldap3 import BASE, SUBTREE, Connection, Server, Tls
from ldap3.core.exceptions import LDAPException, LDAPStartTLSError
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.kernel.auth.groups import user_groups
from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity
from pyispyb.kernel.auth.plugins.options import PluginOptions

log = logging.getLogger(__name__)

MAX_USERNAME_LENGTH = 256
MAX_PASSWORD_LENGTH = 1024
BIND_PASSWORD_ENV = "ISPYB_LDAP_BIND_PASSWORD"

OPTIONS = PluginOptions("LDAP", {
    "LDAP_URI": (str, None),
    "LDAP_USER_DN_TEMPLATE": (str, None),
    "LDAP_USER_SEARCH_BASE": (str, None),
    "LDAP_USER_SEARCH_FILTER": (str, "(uid={username})"),
    "LDAP_USERNAME_ATTRIBUTE": (str, "uid"),
    "LDAP_BIND_DN": (str, None),
    "LDAP_BIND_PASSWORD": (str, None),
    "LDAP_GROUP_BASE": (str, None),
    "LDAP_GROUP_FILTER": (str, "(&(objectClass=groupOfNames)(member={user_dn}))"),
    "LDAP_GROUP_NAME_ATTRIBUTE": (str, "cn"),
    "LDAP_DEFAULT_GROUPS": (list, []),
    "LDAP_DB_GROUPS": (bool, False),
    "LDAP_START_TLS": (bool, False),
    "LDAP_TLS_VALIDATE": (bool, True),
    "LDAP_TLS_CA_FILE": (str, None),
    "LDAP_CONNECT_TIMEOUT": ((int, float), 5),
    "LDAP_RECEIVE_TIMEOUT": ((int, float), 10),
})


def acceptable(username, password):
    """Return True if the credentials may be sent to the directory (non-empty, bounded, no control characters)."""
    if not isinstance(username, str) or not isinstance(password, str):
        return False
    if not username or not password or len(username) > MAX_USERNAME_LENGTH or len(password) > MAX_PASSWORD_LENGTH:
        return False
    return not any(ord(c) < 32 or ord(c) == 127 for c in username) and "\x00" not in password


class LdapAuthentication(AbstractAuthentication):
    """Check a username and password against an LDAP directory; groups from a group search."""

    def configure(self, config):
        """Read and check the ``CONFIG`` mapping (unknown keys are refused)."""
        super().configure(config)
        self.options = OPTIONS.parse(config, self.name)
        o = self.options
        o.require("LDAP_URI")
        if bool(o["LDAP_USER_DN_TEMPLATE"]) == bool(o["LDAP_USER_SEARCH_BASE"]):
            o.fail("give LDAP_USER_DN_TEMPLATE or LDAP_USER_SEARCH_BASE (one of them)")
        o.require_placeholder("LDAP_USER_DN_TEMPLATE", "username")
        o.require_placeholder("LDAP_USER_SEARCH_FILTER", "username")
        if o["LDAP_GROUP_FILTER"] and "{" in o["LDAP_GROUP_FILTER"]:
            try:
                o["LDAP_GROUP_FILTER"].format(user_dn="x", username="x")
            except (KeyError, IndexError, ValueError):
                o.fail("CONFIG.LDAP_GROUP_FILTER may only use the placeholders {user_dn} and {username}")
        if o["LDAP_BIND_DN"] and not o["LDAP_BIND_PASSWORD"]:
            o["LDAP_BIND_PASSWORD"] = os.environ.get(BIND_PASSWORD_ENV)
            if not o["LDAP_BIND_PASSWORD"]:
                o.fail(f"LDAP_BIND_DN needs LDAP_BIND_PASSWORD (or {BIND_PASSWORD_ENV})")
        uri = o["LDAP_URI"]
        tls = Tls(validate=ssl.CERT_REQUIRED if o["LDAP_TLS_VALIDATE"] else ssl.CERT_NONE,
                  ca_certs_file=o["LDAP_TLS_CA_FILE"], version=ssl.PROTOCOL_TLS_CLIENT)
        self.server = Server(uri, use_ssl=uri.lower().startswith("ldaps://"), tls=tls, get_info=None,
                             connect_timeout=o["LDAP_CONNECT_TIMEOUT"])

    def _connection(self, user=None, password=None):
        """Open a new connection (StartTLS when configured) and bind; return it, or None if the bind fails."""
        conn = Connection(self.server, user=user, password=password, read_only=True, raise_exceptions=False,
                          receive_timeout=self.options["LDAP_RECEIVE_TIMEOUT"], auto_bind="NONE")
        conn.open()
        if self.options["LDAP_START_TLS"] and not conn.start_tls():
            raise LDAPStartTLSError(f"StartTLS refused: {conn.result}")
        if conn.bind():
            return conn
        conn.unbind()
        return None

    def get_user_and_groups(self, username, password, token):
        """Bind as the user; return the directory's spelling of the login and the user's groups."""
        if not acceptable(username, password):
            return None
        opened = []
        try:
            searcher = None
            if self.options["LDAP_USER_SEARCH_BASE"] or self.options["LDAP_BIND_DN"]:
                searcher = self._service_connection()
                opened.append(searcher)
            user_dn = self._user_dn(searcher, username)
            user_conn = self._connection(user_dn, password) if user_dn else None
            if user_conn is None:
                return None
            opened.append(user_conn)
            login = self._login_of(user_conn, user_dn) or username
            groups = self._groups(searcher or user_conn, user_dn, login)
        except LDAPException as exc:
            log.error("plugin %r: LDAP directory %s failed: %s", self.name, self.options["LDAP_URI"], exc)
            raise ServiceUnavailable("the LDAP directory is unavailable, try again later") from None
        finally:
            for conn in opened:
                conn.unbind()
        if self.options["LDAP_DB_GROUPS"]:
            groups += user_groups(login)
        return Identity(username=login, groups=sorted(set(groups) | set(self.options["LDAP_DEFAULT_GROUPS"])))

    def _service_connection(self):
        conn = self._connection(self.options["LDAP_BIND_DN"], self.options["LDAP_BIND_PASSWORD"])
        if conn is None:
            log.error("plugin %r: the search account %r cannot bind", self.name, self.options["LDAP_BIND_DN"])
            raise ServiceUnavailable("the LDAP directory is unavailable, try again later")
        return conn

    def _user_dn(self, searcher, username):
        """Return the user's DN from the template, or the one entry the search finds (else None)."""
        if self.options["LDAP_USER_DN_TEMPLATE"]:
            return self.options["LDAP_USER_DN_TEMPLATE"].format(username=escape_rdn(username))
        search_filter = self.options["LDAP_USER_SEARCH_FILTER"].format(username=escape_filter_chars(username))
        searcher.search(self.options["LDAP_USER_SEARCH_BASE"], search_filter, SUBTREE, attributes=[],
                        size_limit=2)
        entries = [e for e in searcher.response or () if e.get("type") == "searchResEntry"]
        return entries[0]["dn"] if len(entries) == 1 else None

    def _login_of(self, conn, user_dn):
        """Return the user's login as the directory spells it (``LDAP_USERNAME_ATTRIBUTE``), or None."""
        attribute = self.options["LDAP_USERNAME_ATTRIBUTE"]
        conn.search(user_dn, "(objectClass=*)", BASE, attributes=[attribute], size_limit=1)
        for entry in conn.response or ():
            values = entry.get("attributes", {}).get(attribute)
            if isinstance(values, list) and values:
                return str(values[0])
            if isinstance(values, str) and values:
                return values
        return None

    def _groups(self, conn, user_dn, login):
        """Return the names of the groups the group search finds for the user."""
        if not self.options["LDAP_GROUP_BASE"]:
            return []
        search_filter = self.options["LDAP_GROUP_FILTER"].format(
            user_dn=escape_filter_chars(user_dn), username=escape_filter_chars(login))
        attribute = self.options["LDAP_GROUP_NAME_ATTRIBUTE"]
        conn.search(self.options["LDAP_GROUP_BASE"], search_filter, SUBTREE, attributes=[attribute])
        names = []
        for entry in conn.response or ():
            values = entry.get("attributes", {}).get(attribute) if entry.get("type") == "searchResEntry" else None
            names.extend([values] if isinstance(values, str) else values or [])
        return [str(n) for n in names]
