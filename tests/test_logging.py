# SPDX-License-Identifier: LGPL-3.0-or-later
"""The access log: one line per request with status, duration, user and SQL count; tokens masked."""

import logging
from contextlib import contextmanager

from pyispyb.kernel.ops.logging import masked_path


@contextmanager
def captured(name):
    """Collect the messages of logger ``name`` at INFO level."""
    messages = []

    class Collector(logging.Handler):
        def emit(self, record):
            messages.append(record.getMessage())

    logger = logging.getLogger(name)
    handler, level = Collector(level=logging.INFO), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_legacy_tokens_are_masked():
    assert masked_path("/ispyb/api/v1/legacy/eyJabc.def.ghi/proposal/list") == "/ispyb/api/v1/legacy/***/proposal/list"
    assert masked_path("/ispyb/api/v1/legacy/authenticate") == "/ispyb/api/v1/legacy/authenticate"


def test_one_access_line_per_request(client, auth):
    headers = auth.headers("boaty", ("own_proposals",))
    with captured("pyispyb.access") as lines:
        client.get("/ispyb/api/v1/proposals", headers=headers)
    assert len(lines) == 1
    assert lines[0].startswith("GET /ispyb/api/v1/proposals 200 ")
    assert "user=boaty" in lines[0] and "sql=" in lines[0]


def test_login_logs_the_address_but_never_the_password(client):
    with captured("pyispyb.kernel.auth") as lines:  # the provider logs logins (and throttles them)
        client.post("/ispyb/api/v1/auth/login", json={"username": "boaty", "password": "s3cret-perm"})
    text = " ".join(lines)
    assert "boaty" in text and "127.0.0.1" in text
    assert "s3cret-perm" not in text


def test_expected_server_errors_log_one_line_without_traceback(app):
    from pyispyb.kernel.exceptions import NotAvailable

    records = []

    class Collector(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Collector(level=logging.DEBUG)
    app.logger.addHandler(handler)
    try:
        error = NotAvailable("not available on this database schema: table X is missing")
        app.log_exception((type(error), error, None))
    finally:
        app.logger.removeHandler(handler)
    assert [r.getMessage() for r in records] == [
        "501 NotAvailable: not available on this database schema: table X is missing"]
    assert records[0].exc_info is None
