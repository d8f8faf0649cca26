# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions (``BLSession``): session info, date and proposal lists."""


from sqlalchemy import select

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import BadRequest, Forbidden, NotFound
from pyispyb.kernel.data.joins import Parent
from pyispyb.kernel.data.queries import fetch_dicts, present_columns, row_exists
from pyispyb.kernel.data.related import visible_row_with_parents
from pyispyb.kernel.data.values import day_after, parse_compact_day
from pyispyb.models import BeamLineSetup, BLSession, Person, Proposal, SessionHasPerson
from pyispyb.core.services.contacts import PERSON_SUMMARY
from pyispyb.core.services.proposals import resolve_proposal_id

# Session_has_Person roles that make a person one of the session's local contacts.
LOCAL_CONTACT_ROLES = ("Local Contact", "Local Contact 2")


def session_info(user, session_id):
    """Return a session with its proposal, beamline set-up, persons and local contacts."""
    row = visible_row_with_parents(user, BLSession, session_id, [
        Parent("proposal", Proposal, "proposalId"),
        Parent("beamline_setup", BeamLineSetup, "beamLineSetupId")])
    person_columns = [c for c in present_columns(Person) if c.name in PERSON_SUMMARY]
    stmt = (select(*person_columns, SessionHasPerson.role, SessionHasPerson.remote)
            .join(Person, Person.personId == SessionHasPerson.personId)
            .where(SessionHasPerson.sessionId == session_id).order_by(SessionHasPerson.personId))
    row["persons"] = fetch_dicts(stmt)
    row["local_contacts"] = [p for p in row["persons"] if p["role"] in LOCAL_CONTACT_ROLES]
    return row


def parse_day(name, raw):
    """Parse a ``YYYYMMDD`` query or path value (400 if malformed); None when absent."""
    if raw is None or raw == "":
        return None
    try:
        return parse_compact_day(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a date in YYYYMMDD format, not {raw!r}") from None


def overlap_clauses(start_raw, end_raw, beamline=None):
    """Return the clauses of sessions overlapping the days ``start``..``end`` (both included)."""
    start, end = parse_day("start_date", start_raw), parse_day("end_date", end_raw)
    if start is None and end is None:
        raise BadRequest("give start_date, end_date or both (YYYYMMDD)")
    if start is not None and end is not None and end < start:
        raise BadRequest("end_date is before start_date")
    clauses = []
    if start is not None:
        clauses.append(BLSession.endDate >= start)
    if end is not None:
        clauses.append(BLSession.startDate < day_after(end))
    if beamline:
        clauses.append(BLSession.beamLineName == beamline)
    return clauses


def proposal_clauses(user, value):
    """Return the clause of the sessions of a proposal (id or name) the user may read (404, 403)."""
    proposal_id = resolve_proposal_id(value)
    access.check_read_permission(user, BLSession)
    clauses = [BLSession.proposalId == proposal_id]
    sees_all = access.sees_all(user, "session")
    if not sees_all and proposal_id in access.user_proposal_ids(user):
        return clauses  # one of his (the ids come from the database: no existence check needed)
    if not row_exists(Proposal, [Proposal.proposalId == proposal_id]):
        raise NotFound(f"proposal {value} not found")
    if not sees_all:
        raise Forbidden(f"{user.describe()} takes part in no session of proposal {proposal_id}")
    return clauses
