# SPDX-License-Identifier: LGPL-3.0-or-later
"""User-office extension: the plug-in named by ``USER_OFFICE`` (``MODULE``, ``CLASS``, ``CONFIG``).

Without ``USER_OFFICE`` the :class:`DummyUserOffice` is used (no proposals). The packaged
:class:`JSONDocumentsUserOffice` reads one JSON document per proposal.
"""

import importlib

from flask import current_app

from pyispyb.kernel.user_office.base import AbstractUserOffice
from pyispyb.kernel.user_office.dummy import DummyUserOffice
from pyispyb.kernel.user_office.json_documents import JSONDocumentsUserOffice
from pyispyb.config import ConfigError, current_module_name

__all__ = ["AbstractUserOffice", "DummyUserOffice", "JSONDocumentsUserOffice", "init_app", "user_office"]

SETTING_KEYS = ("MODULE", "CLASS", "CONFIG")


def plugin_from_settings(settings):
    """Instantiate and configure the plug-in the ``USER_OFFICE`` mapping names."""
    if not settings:
        return DummyUserOffice()
    unknown = sorted(set(settings) - set(SETTING_KEYS))
    if unknown:
        raise ConfigError(f"server.USER_OFFICE: unknown key {unknown[0]} (known: {', '.join(SETTING_KEYS)})")
    module_name, class_name = settings.get("MODULE"), settings.get("CLASS")
    if not isinstance(module_name, str) or not isinstance(class_name, str):
        raise ConfigError("server.USER_OFFICE needs MODULE and CLASS (strings)")
    try:
        module = importlib.import_module(current_module_name(module_name))
    except ImportError:
        raise ConfigError(f"server.USER_OFFICE: module {module_name!r} cannot be imported") from None
    plugin_class = getattr(module, class_name, None)
    if not (isinstance(plugin_class, type) and issubclass(plugin_class, AbstractUserOffice)):
        raise ConfigError(f"server.USER_OFFICE: {module_name}.{class_name} is not a user-office plug-in class")
    if not isinstance(settings.get("CONFIG") or {}, dict):
        raise ConfigError("server.USER_OFFICE.CONFIG must be a mapping")
    plugin = plugin_class()
    plugin.configure(settings.get("CONFIG") or {})
    return plugin


def init_app(app):
    """Load the user-office plug-in of ``app`` (a bad configuration stops the start with one line)."""
    plugin = plugin_from_settings(app.config.get("USER_OFFICE") or {})
    plugin.init_app(app)
    app.extensions["ispyb_user_office"] = plugin


def user_office():
    """Return the user-office plug-in of the current application."""
    return current_app.extensions["ispyb_user_office"]
