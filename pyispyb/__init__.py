# SPDX-License-Identifier: LGPL-3.0-or-later
"""py-ISPyB: the Python REST server of ISPyB.

``create_app()`` builds the Flask application. With a configuration file (argument or
``ISPYB_CONFIG``) it serves that site's database; in ``dev`` or ``test`` mode without
one it serves the embedded SQLite demo.
"""

import logging
from importlib import import_module

from flask import Flask

__version__ = "2.0.0"

SERVICE_PACKAGES = {"core": "pyispyb.core", "em": "pyispyb.em", "ssx": "pyispyb.ssx"}


def register_access_rules():
    """Import the access rules of every service: its resources' declarations and the scopes of its other tables.

    All tables are served (legacy, 2.x) whatever ``SERVICES`` says.
    """
    for package in SERVICE_PACKAGES.values():
        import_module(f"{package}.access")
        import_module(f"{package}.resources")

log = logging.getLogger(__name__)


class ISPyBFlask(Flask):
    """Flask application whose expected 5xx answers (501 schema, 503 outage) log one line, not a traceback."""

    SYNC_CHECKS_KEPT = 4096
    direct_reads = None  # the declared tables' GETs answered without Flask (see pyispyb.kernel.http.direct)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._checked_sync = {}

    def ensure_sync(self, func):
        """Flask's coroutine check of a hook or view, made once per function instead of on every call."""
        checked = self._checked_sync.get(func)
        if checked is None:
            checked = super().ensure_sync(func)
            if len(self._checked_sync) < self.SYNC_CHECKS_KEPT:
                self._checked_sync[func] = checked
        return checked

    def wsgi_app(self, environ, start_response):
        """Answer a declared table's GET directly when it can (:mod:`pyispyb.kernel.http.direct`), else as Flask."""
        if self.direct_reads is not None:
            body = self.direct_reads(environ, start_response)
            if body is not None:
                return body
        return super().wsgi_app(environ, start_response)

    def log_exception(self, exc_info):
        """Log unexpected errors with their traceback, domain errors and database outages with one line."""
        from sqlalchemy.exc import SQLAlchemyError

        from pyispyb.kernel.exceptions import ISPyBError
        from pyispyb.kernel.data.errors import classify

        error = exc_info[1] if exc_info else None
        if isinstance(error, ISPyBError):
            self.logger.warning("%s %s: %s", error.status, type(error).__name__, error.message)
            return
        if isinstance(error, SQLAlchemyError) and classify(error) is not None:
            return  # the error handler logged its one line
        super().log_exception(exc_info)


def load_app_config(config_filename=None, run_mode=None, overrides=None):
    """Return the checked :class:`~pyispyb.config.Config` for ``create_app``."""
    import os

    from pyispyb import config as cfg

    mode = cfg.resolve_run_mode(run_mode)
    has_file = bool(config_filename or os.environ.get("ISPYB_CONFIG"))
    if not has_file and overrides is None:
        if os.environ.get("ISPYB_DATABASE_URI"):
            return cfg.load_config(None, mode, overrides={})
        if mode != "prod":
            from pyispyb import demo

            config = cfg.load_config(None, mode, overrides=demo.demo_settings())
            config.source, config.demo = f"embedded demo ({demo.demo_database_path()})", True
            return config
    return cfg.load_config(config_filename, mode, overrides=overrides)


def create_app(config_filename=None, run_mode=None, *, overrides=None):
    """Create the Flask application.

    :param config_filename: YAML configuration (default: ``ISPYB_CONFIG``).
    :param run_mode: ``dev``, ``test`` or ``prod`` (default: ``ISPYB_RUN_MODE``, else ``prod``).
    :param overrides: ``server`` keys applied on top of the file (tests, embedded demo).
    :raises pyispyb.config.ConfigError: the configuration cannot be used (one-line message).
    """
    from pyispyb.kernel import auth
    from pyispyb.kernel import data as db
    from pyispyb.kernel import http as api
    from pyispyb.kernel.http import compression, cors, direct
    from pyispyb.kernel.ops import logging as logging_ext
    from pyispyb.kernel.ops import metrics
    from pyispyb import legacy, v2
    from pyispyb.kernel.auth import routes as auth_routes
    from pyispyb.kernel.ops import routes as health_routes

    config = load_app_config(config_filename, run_mode, overrides)
    register_access_rules()
    app = ISPyBFlask(__name__, static_folder=None)
    app.config.update(config.flask_mapping())
    logging_ext.init_app(app)
    if app.config.get("DEMO_DATABASE"):
        from pyispyb import demo

        demo.ensure_demo_database(app.config["SQLALCHEMY_DATABASE_URI"])
    roots = [app.config["API_ROOT"]] + ([app.config["API_2X_ROOT"]] if app.config["API_2X_ROOT"] else [])
    cors.init_app(app, roots)
    db.init_app(app)
    metrics.init_app(app)
    compression.init_app(app)
    api.init_app(app)
    auth.init_app(app)
    api.add_namespaces(app, [auth_routes.ns, health_routes.ns])
    for service in app.config["SERVICES"]:
        import_module(SERVICE_PACKAGES[service]).init_app(app)
    legacy.init_app(app)
    v2.init_app(app)
    api.finalize(app)
    direct.init_app(app)
    auth.check_app(app)
    log.info("py-ISPyB %s ready (%s mode, configuration: %s, services: %s)", __version__,
             config.run_mode, config.source, ", ".join(app.config["SERVICES"]))
    return app
