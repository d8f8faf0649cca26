# SPDX-License-Identifier: LGPL-3.0-or-later
"""Per-session data roots: a served file must lie in the data folder of a session the caller may read.

``FILE_DATA_ROOTS`` (empty by default) lists path templates such as
``/dls/{beamLineName}/data/{year}/{proposal}-{visit_number}``. When set, a file under ``FILE_ROOTS``
is served only if, once symbolic links are resolved, it lies under the template resolved for one of
the sessions the caller may read (his sessions, and every session of his proposals); callers who
read every session (``all_sessions``) are not limited. Templates are resolved with ``realpath`` too,
so a link inside a data folder cannot lead out of it.

Placeholders: ``{beamLineName}``, ``{year}`` and ``{month}`` (of the session's start),
``{proposal}`` (code and number), ``{proposalCode}``, ``{proposalNumber}``, ``{proposalId}``,
``{visit_number}``, ``{sessionId}``. A session lacking a value a template needs has no root there.
"""

import logging
import os
from pathlib import Path

from sqlalchemy import select

from pyispyb.kernel.access.checks import sees_all
from pyispyb.kernel.access.ownership import user_session_ids
from pyispyb.kernel.data import db
from pyispyb.models import BLSession, Proposal

log = logging.getLogger(__name__)
MAX_SESSIONS = 5000  # a caller with more sessions than this is checked against the first ones only


def session_values(row):
    """The template values of one session row (None where the database has no value)."""
    start = row.startDate
    proposal = f"{row.proposalCode or ''}{row.proposalNumber or ''}" or None
    return {"beamLineName": row.beamLineName, "year": start.year if start else None,
            "month": f"{start.month:02d}" if start else None, "proposal": proposal,
            "proposalCode": row.proposalCode, "proposalNumber": row.proposalNumber, "proposalId": row.proposalId,
            "visit_number": row.visit_number, "sessionId": row.sessionId}


def resolve_templates(templates, values):
    """Return the real paths of the templates a session fills completely."""
    roots = []
    for template in templates:
        try:
            text = template.format(**values)
        except (KeyError, IndexError, ValueError):
            log.error("FILE_DATA_ROOTS template %r is not valid", template)
            continue
        names = [name for name in values if "{" + name + "}" in template]
        if any(values[name] in (None, "") for name in names):
            continue
        roots.append(Path(os.path.realpath(text)))
    return roots


def user_data_roots(user, templates):
    """The real data roots of the sessions the user may read (read once per request)."""
    if "data_roots" not in user.cache:
        ids = sorted(user_session_ids(user))[:MAX_SESSIONS]
        roots = []
        if ids:
            stmt = (select(BLSession.sessionId, BLSession.beamLineName, BLSession.startDate, BLSession.visit_number,
                           BLSession.proposalId, Proposal.proposalCode, Proposal.proposalNumber)
                    .join(Proposal, Proposal.proposalId == BLSession.proposalId)
                    .where(BLSession.sessionId.in_(ids)))
            for row in db.session.execute(stmt):
                roots.extend(resolve_templates(templates, session_values(row)))
        user.cache["data_roots"] = roots
    return user.cache["data_roots"]


def in_user_data(user, real, templates):
    """True when the real path ``real`` lies under a data root of a session the user may read."""
    if not templates:
        return True
    if user is None:
        return False
    if sees_all(user, "session"):
        return True
    return any(real == root or root in real.parents for root in user_data_roots(user, templates))
