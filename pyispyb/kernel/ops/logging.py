# SPDX-License-Identifier: LGPL-3.0-or-later
"""Logging extension: application logs, one access line per request, and the request id.

Every request gets an id: the client's (or the proxy's) ``X-Request-ID`` when it is a
short plain token, else a new one. It is echoed in the response's ``X-Request-ID`` and
carried by every log line written while the request runs. ``LOG_FORMAT: json`` writes each
line as one JSON object (``time``, ``level``, ``logger``, ``message``, ``request_id``, and for
access lines ``method``, ``path``, ``status``, ``duration_ms``, ``user``, ``sql``).

The access line gives method, path (tokens masked; never the query string), status,
duration, user and the number of SQL statements the request ran. Filters added to the
``pyispyb`` handler (e.g. one masking secrets) run before formatting, in both formats.

Tokens never reach a log line: :func:`install_token_masking` wraps the process's log record
factory, so every record of every logger (ours, Flask's exception logger, werkzeug, gunicorn)
has its message and traceback masked when it is made, whatever handler later writes it.
"""

import json
import logging
import os
import re
import sys
import time
from datetime import datetime, timezone

from flask import g, has_app_context, request

ACCESS_LOG = logging.getLogger("pyispyb.access")
TOKEN_IN_PATH = re.compile(r"(/legacy/)(?!authenticate(?:[/?#\s]|$))[^/\s?#]+(?=[/?#\s]|$)")
#: what a secret looks like in free text: a JWT, an Authorization value, a token query parameter
SECRET_PATTERNS = (
    (re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*"), "***"),
    (re.compile(r"\b(Bearer|Basic)\s+[^\s'\",;]+", re.IGNORECASE), r"\1 ***"),
    (re.compile(r"([?&;](?:access_)?token=)[^&\s'\"]+", re.IGNORECASE), r"\1***"),
)
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
REQUEST_ID_HEADER = "X-Request-ID"
REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")  # short: a token (100+ characters) never fits


class RequestIdFilter(logging.Filter):
    """Give every record the id of the request being served (``-`` outside requests)."""

    def filter(self, record):
        """Set ``record.request_id``; never drop a record."""
        record.request_id = g.get("request_id", "-") if has_app_context() else "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record):
        """Return the record as compact JSON (the message formatted, the exception as text)."""
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": None if getattr(record, "request_id", "-") == "-" else record.request_id,
        }
        entry.update(getattr(record, "access", None) or {})
        if record.exc_info:  # the text masked when the record was made, if it was
            entry["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def handler_formatter(log_format):
    """Return the formatter of a log format name (``text`` or ``json``)."""
    return JsonFormatter() if log_format == "json" else logging.Formatter(FORMAT)


def configure_logging(level="INFO", log_file=None, log_format="text"):
    """Send the ``pyispyb`` loggers to stderr (and ``log_file``) in the chosen format, with request ids."""
    logger = logging.getLogger("pyispyb")
    logger.setLevel(level)
    handlers = [h for h in logger.handlers if getattr(h, "pyispyb_owned", False)]
    if not any(getattr(h, "baseFilename", None) is None for h in handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream.pyispyb_owned = True
        stream.addFilter(RequestIdFilter())
        logger.addHandler(stream)
        handlers.append(stream)
    if log_file and not any(getattr(h, "baseFilename", None) == log_file for h in handlers):
        file_handler = logging.FileHandler(log_file)
        file_handler.pyispyb_owned = True
        file_handler.addFilter(RequestIdFilter())
        logger.addHandler(file_handler)
        handlers.append(file_handler)
    for handler in handlers:
        handler.setFormatter(handler_formatter(log_format))
    logger.propagate = False


def masked_path(path):
    """Hide the token segment of legacy URLs (``/legacy/<token>/...``)."""
    return TOKEN_IN_PATH.sub(r"\1***", path)


#: lower-case fragments one of which every secret :func:`mask_secrets` hides contains
SECRET_MARKS = ("/legacy/", "eyj", "bearer", "basic", "token=")


def mask_secrets(text):
    """Hide every token in a text: legacy path segments, JWTs, Authorization values, token parameters."""
    lowered = text.lower()
    if not any(mark in lowered for mark in SECRET_MARKS):  # most lines: no pattern can match
        return text
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


def request_id_of(header):
    """Return the client's request id if it is a short plain token, else a new one."""
    if header and REQUEST_ID.fullmatch(header):
        return header
    return os.urandom(16).hex()


def init_app(app):
    """Configure logging (tokens masked everywhere) and install the request-id and access-log hooks."""
    install_token_masking()
    configure_logging(app.config["LOG_LEVEL"], app.config["LOG_FILE"], app.config["LOG_FORMAT"])
    access_log = app.config["ACCESS_LOG"]

    @app.before_request
    def _start_request():
        g.request_started = time.perf_counter()
        g.request_id = request_id_of(request.headers.get(REQUEST_ID_HEADER))

    @app.after_request
    def _finish_request(response):
        request_id = g.get("request_id")
        if request_id:
            response.headers[REQUEST_ID_HEADER] = request_id
        if access_log:
            log_access(response)
        return response


def log_access(response):
    """Write the access line of the current request."""
    write_access_line(request.method, request.path, response.status_code, g.get("request_started"),
                      g.get("ispyb_user"), g.get("sql_statements", 0))


def write_access_line(method, path, status, started, user, sql):
    """Write one access line: method, path (tokens masked), status, milliseconds since ``started``, caller, SQL."""
    duration = (time.perf_counter() - started) * 1000 if started else 0.0
    path = masked_path(path)
    username = user.username if user else "-"
    ACCESS_LOG.info("%s %s %s %.1fms user=%s sql=%d", method, path, status, duration, username, sql,
                    extra={"access": {"method": method, "path": path, "status": status,
                                      "duration_ms": round(duration, 1), "user": username, "sql": sql}})
