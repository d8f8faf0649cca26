# SPDX-License-Identifier: LGPL-3.0-or-later
"""Checked ``CONFIG`` mappings of authentication plugins: known keys, types and defaults."""

from pyispyb.config import ConfigError


def _fits(value, types):
    types = types if isinstance(types, tuple) else (types,)
    return any(isinstance(value, t) and not (t in (int, float) and isinstance(value, bool)) for t in types)


class PluginOptions:
    """The keys a plugin accepts: ``{KEY: (type or tuple of types, default)}``."""

    def __init__(self, label, keys):
        self.label = label
        self.keys = keys

    def parse(self, config, plugin_name):
        """Return the :class:`CheckedOptions` of a plugin; refuse unknown keys and wrong types."""
        options = CheckedOptions(f"{self.label} plugin {plugin_name!r}")
        unknown = sorted(set(config or {}) - set(self.keys))
        if unknown:
            options.fail(f"unknown CONFIG key {unknown[0]}")
        for key, (types, default) in self.keys.items():
            value = (config or {}).get(key, default)
            if value is not None and not _fits(value, types):
                options.fail(f"CONFIG.{key} has the wrong type ({type(value).__name__})")
            if isinstance(value, list) and not all(isinstance(v, str) for v in value):
                options.fail(f"CONFIG.{key} must be a list of strings")
            options[key] = list(value) if isinstance(value, list) else value
        return options


class CheckedOptions(dict):
    """A plugin's options, with checks that name the plugin in their error."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner

    def fail(self, problem):
        """Raise :class:`ConfigError` naming the plugin."""
        raise ConfigError(f"{self.owner}: {problem}")

    def require(self, *keys):
        """Refuse missing (null or empty) values of ``keys``."""
        for key in keys:
            if self.get(key) in (None, ""):
                self.fail(f"CONFIG.{key} is required")

    def require_placeholder(self, key, placeholder):
        """Refuse a template value that lacks ``{placeholder}`` or uses other fields."""
        value = self.get(key)
        if value is None:
            return
        try:
            value.format(**{placeholder: "x"})
        except (KeyError, IndexError, ValueError):
            self.fail(f"CONFIG.{key} may only use the placeholder {{{placeholder}}}")
        if "{" + placeholder + "}" not in value:
            self.fail(f"CONFIG.{key} must contain {{{placeholder}}}")
