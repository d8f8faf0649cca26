# SPDX-License-Identifier: LGPL-3.0-or-later
"""Logging extension: application logs, and one access line per request.

The access line gives method, path (tokens masked), status, duration, user and the
number of SQL statements the request ran.

Tokens never reach a log line: :func:`install_token_masking` wraps the process's log record
factory, so every record of every logger (ours, Flask's exception logger, werkzeug, gunicorn)
has its message and traceback masked when it is made, whatever handler later writes it.
"""

import logging
import re
import time

from flask import g, request

ACCESS_LOG = logging.getLogger("pyispyb.access")
TOKEN_IN_PATH = re.compile(r"(/legacy/)(?!authenticate(?:[/?#\s]|$))[^/\s?#]+(?=[/?#\s]|$)")
#: what a secret looks like in free text: a JWT, an Authorization value, a token query parameter
SECRET_PATTERNS = (
    (re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*"), "***"),
    (re.compile(r"\b(Bearer|Basic)\s+[^\s'\",;]+", re.IGNORECASE), r"\1 ***"),
    (re.compile(r"([?&;](?:access_)?token=)[^&\s'\"]+", re.IGNORECASE), r"\1***"),
)
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


def mask_secrets(text):
    """Hide every token in a text: legacy path segments, JWTs, Authorization values, token parameters."""
    text = masked_path(text)
    for pattern, replacement in SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _masked_record(record):
    """Mask the message and the traceback of a new log record in place (left untouched when clean)."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: the handler reports it, with the raw message
        return record
    masked = mask_secrets(message)
    if masked != message:
        record.msg, record.args = masked, None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        text = logging.Formatter().formatException(record.exc_info)
        record.exc_text = mask_secrets(text)
    if record.stack_info:
        record.stack_info = mask_secrets(record.stack_info)
    return record


def install_token_masking():
    """Wrap the log record factory once so that every record of the process is masked when made."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "masks_tokens", False):
        return

    def masking_factory(*args, **kwargs):
        return _masked_record(factory(*args, **kwargs))

    masking_factory.masks_tokens = True
    logging.setLogRecordFactory(masking_factory)


def init_app(app):
    """Configure logging (tokens masked everywhere) and install the access-log hooks."""
    install_token_masking()
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
