# SPDX-License-Identifier: LGPL-3.0-or-later
"""Logging extension: application logs, and one access line per request.

The access line gives method, path (tokens masked), status, duration, user and the
number of SQL statements the request ran.
"""

import logging
import re
import time

from flask import g, request

ACCESS_LOG = logging.getLogger("pyispyb.access")
TOKEN_IN_PATH = re.compile(r"(/legacy/)[^/]+(?=/)")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level="INFO", log_file=None):
    """Send the ``pyispyb`` loggers to stderr (and ``log_file``) unless a host (gunicorn) already did."""
    logger = logging.getLogger("pyispyb")
    logger.setLevel(level)
    if not logger.handlers:
        gunicorn = logging.getLogger("gunicorn.error")
        handlers = list(gunicorn.handlers) or [logging.StreamHandler()]
        for handler in handlers:
            if not handler.formatter:
                handler.setFormatter(logging.Formatter(FORMAT))
            logger.addHandler(handler)
    if log_file and not any(getattr(h, "baseFilename", None) == log_file for h in logger.handlers):
        file_handler = logging.FileHandler(log_file)
        file_handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(file_handler)
    logger.propagate = False


def masked_path(path):
    """Hide the token segment of legacy URLs (``/legacy/<token>/...``)."""
    return TOKEN_IN_PATH.sub(r"\1***", path)


def init_app(app):
    """Configure logging and install the access-log hooks."""
    configure_logging(app.config["LOG_LEVEL"], app.config["LOG_FILE"])
    if not app.config["ACCESS_LOG"]:
        return

    @app.before_request
    def _start_timer():
        g.request_started = time.perf_counter()

    @app.after_request
    def _log_request(response):
        started = g.get("request_started")
        duration = (time.perf_counter() - started) * 1000 if started else 0.0
        user = g.get("ispyb_user")
        ACCESS_LOG.info("%s %s %s %.1fms user=%s sql=%d", request.method, masked_path(request.path),
                        response.status_code, duration, user.username if user else "-",
                        g.get("sql_statements", 0))
        return response
