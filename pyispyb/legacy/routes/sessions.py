# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy proposal and session routes (Java templates J2-J10 and py-ispyb 1.x's session groups)."""

from pyispyb.kernel.http.routing import PATH_TOKEN, route
from pyispyb import models as m
from pyispyb.legacy.services import groups, proposals, sessions
from pyispyb.legacy.services.common import readable_proposal_id
from pyispyb.legacy.routes.base import PAGED_PARAMS, PATH_PARAMS, legacy_namespace, page, without_nulls

ns = legacy_namespace("Legacy proposals and sessions", "Java-ISPyB proposal and session lists (token in the path)")

PROPOSAL = "/<token>/proposal/<proposal>"


@route(ns, "/<token>/proposal/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_proposal_list(user):
    """List the caller's proposals (all for all_proposals): Proposal_* rows (J2)."""
    limit, offset = page()
    return proposals.proposal_rows(user, limit=limit, offset=offset)


@route(ns, f"{PROPOSAL}/info/get", answer="One description, or []", errors=(401, 403), params=PATH_PARAMS,
       auth=PATH_TOKEN)
def legacy_proposal_info(user, proposal):
    """Describe a proposal: [{proposal, proteins, crystals, labcontacts, ...}] (J3)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return proposals.proposal_description(user, proposal_id)


@route(ns, "/<token>/session/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_session_list(user):
    """List the caller's sessions (all for all_sessions, paged) with their counts: 43-key rows (J5)."""
    limit, offset = page()
    return sessions.session_rows(user, limit=limit, offset=offset)


@route(ns, f"{PROPOSAL}/session/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_proposal_session_list(user, proposal):
    """List the sessions of a proposal, newest id first (J6)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    limit, offset = page()
    rows = sessions.session_rows(user, [m.BLSession.proposalId == proposal_id], limit=limit, offset=offset)
    return without_nulls(rows)


@route(ns, f"{PROPOSAL}/session/sessionId/<int:session_id>/list", answer="Rows", errors=(401, 403), params=PATH_PARAMS,
       auth=PATH_TOKEN)
def legacy_proposal_session_by_id(user, proposal, session_id):
    """List one session of a proposal (J7)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return sessions.session_rows(user, [m.BLSession.proposalId == proposal_id, m.BLSession.sessionId == session_id])


@route(ns, f"{PROPOSAL}/session/date/<start>/<end>/list", answer="Rows", errors=(400, 401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_proposal_sessions_by_date(user, proposal, start, end):
    """List the sessions of a proposal overlapping [start, end], newest id first (J8)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    window = sessions.overlap_clause(sessions.parse_day(start), sessions.parse_day(end))
    limit, offset = page()
    return sessions.session_rows(user, [m.BLSession.proposalId == proposal_id, window], limit=limit, offset=offset)


@route(ns, "/<token>/proposal/session/date/<start>/<end>/list", answer="Rows", errors=(400, 401, 403),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_sessions_by_date(user, start, end):
    """List the caller's sessions (every session for all_sessions) overlapping [start, end] (J9)."""
    window = sessions.overlap_clause(sessions.parse_day(start), sessions.parse_day(end))
    limit, offset = page()
    return sessions.session_rows(user, [window], limit=limit, offset=offset)


@route(ns, "/<token>/proposal/session/beamlineoperator/<operator>/list", answer="Rows", errors=(401, 403),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_sessions_by_operator(user, operator):
    """List the caller's sessions whose beamline operator contains the text (J10)."""
    limit, offset = page()
    where = [m.BLSession.beamLineOperator.contains(operator, autoescape=True)]
    return sessions.session_rows(user, where, limit=limit, offset=offset)


@route(ns, "/<token>/proposal/session/<int:session_id>/list", answer="Rows", errors=(401, 403, 404),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_session_groups(user, session_id):
    """List the data collection groups of a session, newest first (py-ispyb 1.x meaning of this path)."""
    limit, offset = page()
    return groups.one_session_group_rows(user, session_id, limit=limit, offset=offset)
