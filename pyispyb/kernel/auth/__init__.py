# SPDX-License-Identifier: LGPL-3.0-or-later
"""Authentication extension: plugins from the ``AUTH`` list, token issue and check.

``AUTH_MODULE`` names a module (``site.auth``) or, as in the py-ispyb 1.x seeds, an
attribute of this package (``pyispyb.kernel.auth.DummyAuthentication``).
"""

import importlib
import logging

from flask import current_app
from werkzeug.middleware.proxy_fix import ProxyFix

from pyispyb.kernel.exceptions import ISPyBError, TooManyRequests, Unauthorized
from pyispyb.kernel.auth.groups import group_permissions
from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity
from pyispyb.kernel.auth.plugins.dummy import DummyAuthentication
from pyispyb.kernel.auth.rules import check_rule_endpoints
from pyispyb.kernel.auth.store import load_store
from pyispyb.kernel.auth.throttle import LoginThrottle
from pyispyb.kernel.auth.tokens import DecodedTokens, encode_token
from pyispyb.kernel.auth.user import AuthUser
from pyispyb.config import ConfigError, current_module_name, enabled_plugins

__all__ = ["AbstractAuthentication", "AuthProvider", "AuthUser", "DummyAuthentication", "Identity", "auth_provider",
           "group_permissions"]

log = logging.getLogger(__name__)


def load_plugin_class(module_name, class_name):
    """Import ``class_name`` from ``module_name`` (or the seed form ``package.ClassName``)."""
    module_name = current_module_name(module_name)
    try:
        target = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name or "." not in module_name:
            raise ConfigError(f"authentication module {module_name!r} cannot be imported") from None
        parent, _, attribute = module_name.rpartition(".")
        target = getattr(importlib.import_module(parent), attribute, None)
        if target is None:
            raise ConfigError(f"authentication module {module_name!r} cannot be imported") from None
    cls = target if isinstance(target, type) and target.__name__ == class_name else getattr(target, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, AbstractAuthentication)):
        raise ConfigError(f"{module_name}.{class_name} is not an authentication plugin class")
    return cls


class AuthProvider:
    """Holds the enabled plugins, the token store and the login throttle of an application."""

    def __init__(self):
        self.plugins = {}
        self.store = None
        self.decoded = DecodedTokens()
        self.throttle = None

    def init_app(self, app):
        """Instantiate and configure every enabled plugin; open the token store."""
        self.plugins = {}
        for name, settings in enabled_plugins(app.config):
            cls = load_plugin_class(settings["AUTH_MODULE"], settings["AUTH_CLASS"])
            if issubclass(cls, DummyAuthentication) and app.config["RUN_MODE"] == "prod":
                raise ConfigError(f"prod mode refuses the Dummy authentication plugin ({name!r}) and its subclasses")
            plugin = cls()
            plugin.name = name
            plugin.configure(settings.get("CONFIG") or {})
            plugin.init_app(app)
            self.plugins[name] = plugin
        if not self.plugins:
            log.warning("no authentication plugin is enabled: nobody can log in")
        self.store = load_store(app.config)
        self.throttle = LoginThrottle(self.store, app.config)
        if app.config["TRUSTED_PROXIES"]:
            hops = app.config["TRUSTED_PROXIES"]
            app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
        app.extensions["ispyb_auth"] = self

    def plugin(self, name):
        """Return the plugin a login names (the only one when the name is omitted)."""
        if not self.plugins:
            raise Unauthorized("no authentication plugin is enabled on this server: nobody can log in")
        if not name and len(self.plugins) == 1:
            return next(iter(self.plugins.values()))
        if not name:
            raise Unauthorized(f"name the authentication plugin: one of {', '.join(sorted(self.plugins))}")
        if name not in self.plugins:
            raise Unauthorized(f"unknown authentication plugin {name!r}")
        return self.plugins[name]

    def identify(self, plugin_name, username, password, token):
        """Check credentials with a plugin; return an :class:`Identity` or raise :class:`Unauthorized`."""
        plugin = self.plugin(plugin_name)
        identity = plugin.authenticate(username, password, token)
        if identity is None:
            raise Unauthorized("Could not verify: wrong credentials")
        if identity.permissions is None:
            identity.permissions = group_permissions(identity.groups)
        return identity

    def login(self, credentials, address):
        """Check credentials (throttled and logged, never the password); return ``(identity, token, claims)``."""
        username, plugin = credentials.get("username"), credentials.get("plugin")
        try:
            self.throttle.check(username, address)
        except TooManyRequests as error:
            log.warning("login refused: user=%r plugin=%r from %s: %s", username, plugin, address, error.message)
            raise
        try:
            identity = self.identify(plugin, username, credentials.get("password"), credentials.get("token"))
        except Unauthorized as error:
            self.throttle.failed(username, address)
            log.warning("login failed: user=%r plugin=%r from %s: %s", username, plugin, address, error.message)
            raise
        except ISPyBError as error:
            log.error("login impossible: user=%r plugin=%r from %s: %s", username, plugin, address, error.message)
            raise
        self.throttle.succeeded(username)
        token, claims = self.issue_token(identity)
        log.info("login: user=%r plugin=%r from %s", identity.username, plugin, address)
        return identity, token, claims

    def issue_token(self, identity):
        """Return ``(token, claims)`` for an identity."""
        config = current_app.config
        permissions = sorted(set(identity.permissions) | set(config["DEFAULT_PERMISSIONS"]))
        return encode_token(
            username=identity.username, groups=identity.groups, permissions=permissions,
            secret=config["SECRET_KEY"], algorithm=config["JWT_CODING_ALGORITHM"],
            lifetime_minutes=config["TOKEN_EXP_TIME"])

    def user_from_token(self, token):
        """Decode a token into an :class:`AuthUser`, or raise :class:`Unauthorized` (also when revoked)."""
        config = current_app.config
        claims = self.decoded.decode(token, secret=config["SECRET_KEY"], algorithm=config["JWT_CODING_ALGORITHM"])
        if self.store.is_revoked(claims["jti"]):
            raise Unauthorized("Token revoked (logged out). Please log in again")
        groups = tuple(claims.get("groups") or ())
        admin_groups = set(config["ADMIN_GROUPS"])
        return AuthUser(
            username=claims["username"], groups=groups,
            permissions=frozenset(claims.get("permissions") or ()),
            is_admin=bool(admin_groups & set(groups)),
            token_id=claims["jti"], expires_at=claims["exp"])

    def logout(self, user, address):
        """Revoke the caller's token until it expires."""
        self.store.revoke(user.token_id, user.expires_at)
        log.info("logout: user=%r from %s", user.username, address)


def auth_provider():
    """Return the :class:`AuthProvider` of the current application."""
    return current_app.extensions["ispyb_auth"]


def init_app(app):
    """Set up authentication for ``app``."""
    AuthProvider().init_app(app)


def check_app(app):
    """Check, once every route is registered, that the ``authorization_rules`` name real, guarded endpoints."""
    check_rule_endpoints(app)
