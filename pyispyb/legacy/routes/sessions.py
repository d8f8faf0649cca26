# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy proposal and session routes (Java templates J2-J10 and py-ispyb 1.x's session groups)."""

from pyispyb import models as m
from pyispyb.legacy.services import groups, proposals, sessions
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route, page

ns = legacy_namespace("Legacy proposals and sessions", "Java-ISPyB proposal and session lists (token in the path)")

PROPOSAL = "/<token>/proposal/<proposal>"


@legacy_route(ns, "/<token>/proposal/list", "proposal_list", paged=True)
def proposal_list(user):
    """List the caller's proposals (all for all_proposals): Proposal_* rows (J2)."""
    limit, offset = page()
    return proposals.proposal_rows(user, limit=limit, offset=offset)


@legacy_route(ns, f"{PROPOSAL}/info/get", "proposal_info", success="One description, or []", proposal="proposal")
def proposal_info(user, proposal_id):
    """Describe a proposal: [{proposal, proteins, crystals, labcontacts, ...}] (J3)."""
    return proposals.proposal_description(user, proposal_id)


@legacy_route(ns, "/<token>/session/list", "session_list", paged=True)
def session_list(user):
    """List the caller's sessions (all for all_sessions, paged) with their counts: 43-key rows (J5)."""
    limit, offset = page()
    return sessions.session_rows(user, limit=limit, offset=offset)


@legacy_route(ns, f"{PROPOSAL}/session/list", "proposal_session_list", paged=True, proposal="session",
              omit_nulls=True)
def proposal_session_list(user, proposal_id):
    """List the sessions of a proposal, newest id first (J6)."""
    limit, offset = page()
    return sessions.session_rows(user, [m.BLSession.proposalId == proposal_id], limit=limit, offset=offset)


@legacy_route(ns, f"{PROPOSAL}/session/sessionId/<int:session_id>/list", "proposal_session_by_id",
              proposal="session")
def proposal_session_by_id(user, proposal_id, session_id):
    """List one session of a proposal (J7)."""
    return sessions.session_rows(user, [m.BLSession.proposalId == proposal_id, m.BLSession.sessionId == session_id])


@legacy_route(ns, f"{PROPOSAL}/session/date/<start>/<end>/list", "proposal_sessions_by_date", codes=(400, 401, 403),
              paged=True, proposal="session")
def proposal_sessions_by_date(user, proposal_id, start, end):
    """List the sessions of a proposal overlapping [start, end], newest id first (J8)."""
    window = sessions.overlap_clause(sessions.parse_day(start), sessions.parse_day(end))
    limit, offset = page()
    return sessions.session_rows(user, [m.BLSession.proposalId == proposal_id, window], limit=limit, offset=offset)


@legacy_route(ns, "/<token>/proposal/session/date/<start>/<end>/list", "sessions_by_date", codes=(400, 401, 403),
              paged=True)
def sessions_by_date(user, start, end):
    """List the caller's sessions (every session for all_sessions) overlapping [start, end] (J9)."""
    window = sessions.overlap_clause(sessions.parse_day(start), sessions.parse_day(end))
    limit, offset = page()
    return sessions.session_rows(user, [window], limit=limit, offset=offset)


@legacy_route(ns, "/<token>/proposal/session/beamlineoperator/<operator>/list", "sessions_by_operator", paged=True)
def sessions_by_operator(user, operator):
    """List the caller's sessions whose beamline operator contains the text (J10)."""
    limit, offset = page()
    where = [m.BLSession.beamLineOperator.contains(operator, autoescape=True)]
    return sessions.session_rows(user, where, limit=limit, offset=offset)


@legacy_route(ns, "/<token>/proposal/session/<int:session_id>/list", "session_groups", paged=True,
              codes=(401, 403, 404))
def session_groups(user, session_id):
    """List the data collection groups of a session, newest first (py-ispyb 1.x meaning of this path)."""
    limit, offset = page()
    return groups.one_session_group_rows(user, session_id, limit=limit, offset=offset)
