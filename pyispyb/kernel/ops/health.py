# SPDX-License-Identifier: LGPL-3.0-or-later
"""Readiness checks: the database answers ``SELECT 1``, the token store answers."""

import logging

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from pyispyb import __version__

log = logging.getLogger(__name__)


def database_answers():
    """Return True if a pooled connection runs ``SELECT 1``."""
    from pyispyb.kernel.data import db

    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar()
    except SQLAlchemyError as exc:
        log.warning("health: the database does not answer (%s)", type(exc).__name__)
        return False
    return True


def server_health():
    """Return the health report: ``status``, ``database``, ``auth_store``, ``version`` (and ``message``)."""
    from pyispyb.kernel.auth import auth_provider

    database = database_answers()
    store = auth_provider().store.check()
    report = {"status": "ok" if database and store else "unavailable",
              "database": "ok" if database else "unavailable",
              "auth_store": "ok" if store else "unavailable",
              "version": __version__}
    down = [name for name, up in (("the database", database), ("the token store", store)) if not up]
    if down:
        report["message"] = " and ".join(down) + (" does not answer" if len(down) == 1 else " do not answer")
    return report
