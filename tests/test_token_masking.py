# SPDX-License-Identifier: LGPL-3.0-or-later
"""Tokens never reach a log line: every record of every logger is masked when it is made."""

import io
import logging

from pyispyb.kernel.ops.logging import install_token_masking, mask_secrets

API = "/ispyb/api/v1"


def written(logger_name, emit):
    """Return what a plain stream handler of ``logger_name`` wrote while ``emit(logger)`` ran."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    try:
        emit(logger)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_every_form_of_token_is_masked():
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJib2F0eSJ9.c2lnbmF0dXJl"
    assert token not in mask_secrets(f"{API}/legacy/{token}/proposal/list")
    assert mask_secrets(f"{API}/legacy/not-a-jwt-secret/proposal/list") == f"{API}/legacy/***/proposal/list"
    assert mask_secrets(f"{API}/legacy/opaque") == f"{API}/legacy/***"
    assert mask_secrets(f"{API}/legacy/authenticate") == f"{API}/legacy/authenticate"
    assert mask_secrets(f"Authorization: Bearer {token}") == "Authorization: Bearer ***"
    assert mask_secrets("GET /x?token=abc&y=1") == "GET /x?token=***&y=1"
    assert token not in mask_secrets(f"invalid token {token} given")


def test_the_default_exception_logger_and_foreign_loggers_are_masked(app):
    install_token_masking()
    secret = "opaque-secret-value"
    path = f"{API}/legacy/{secret}/proposal/session/1/list"

    def fail(logger):
        try:
            raise ValueError(f"while serving {path}")
        except ValueError:
            logger.exception("Exception on %s [%s]", path, "GET")  # what Flask's log_exception writes

    for name in ("pyispyb", "werkzeug", "gunicorn.error", "some.library"):
        text = written(name, fail)
        assert "Exception on" in text and "ValueError" in text
        assert secret not in text, (name, text)


def test_a_failing_legacy_request_logs_no_token(client, auth, caplog):
    token = auth.token("boaty", ("own_proposals", "own_sessions"))
    with caplog.at_level(logging.DEBUG):
        for path in (f"{API}/legacy/{token}/proposal/session/339525/list",
                     f"{API}/legacy/{token}/proposal/cm1/mx/datacollection/session/339525/list",
                     f"{API}/legacy/{token}/proposal/nope/nope"):
            client.get(path)
    text = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert token not in text
