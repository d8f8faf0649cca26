# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions in the shapes of py-ispyb 2.x: by proposal name, beamline and day; created; given a set-up.

A session row has its ``BLSession`` columns, ``proposal`` (the proposal's name), ``title`` (the
proposal's title) and ``BeamLineSetup`` (its set-up row or null). Dates are ISO 8601 without zone.
"""

from calendar import monthrange
from datetime import datetime, timedelta

from sqlalchemy import func, select

from pyispyb.kernel import access
from pyispyb.kernel.data import crud
from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.kernel.data.queries import attach_parent, fetch_dicts, present_columns
from pyispyb.models import BeamLineSetup, BLSession, Proposal
from pyispyb.core.services import sessions as core_sessions
from pyispyb.v2.services.proposals import name_clause
from pyispyb.v2.services.values import column_values, identifier, required


def _shaped(rows):
    """Add ``proposal``, ``title`` and ``BeamLineSetup`` to session rows (two queries for the page)."""
    attach_parent(rows, key="proposalId", column=Proposal.proposalId, name="Proposal",
                  columns=[Proposal.proposalId, Proposal.proposalCode, Proposal.proposalNumber, Proposal.title])
    attach_parent(rows, key="beamLineSetupId", column=BeamLineSetup.beamLineSetupId, name="BeamLineSetup")
    for row in rows:
        proposal = row.pop("Proposal") or {}
        row["proposal"] = f"{proposal.get('proposalCode') or ''}{proposal.get('proposalNumber') or ''}"
        row["title"] = proposal.get("title") or ""
    return rows


def day_window(year, month, day):
    """Return ``(start, end)`` of the given day, or month, or year (None when no year is given)."""
    if year is None:
        if month is not None or day is not None:
            raise BadRequest("query parameters month and day need year")
        return None
    try:
        if month is None:
            start = datetime(year, 1, 1)
            return start, datetime(year + 1, 1, 1)
        if day is None:
            start = datetime(year, month, 1)
            return start, start + timedelta(days=monthrange(year, month)[1])
        start = datetime(year, month, day)
    except ValueError:
        raise BadRequest(f"no such date: year={year} month={month} day={day}") from None
    return start, start + timedelta(days=1)


def list_sessions(user, *, proposal=None, beamline=None, window=None, limit, offset):
    """Return ``(total, rows)``: the user's sessions of a proposal (name) on a beamline overlapping ``window``."""
    clauses = access.visible_filter(user, BLSession)
    if proposal:
        clauses.append(BLSession.proposalId.in_(select(Proposal.proposalId).where(name_clause(proposal))))
    if beamline:
        clauses.append(BLSession.beamLineName == beamline)
    if window is not None:
        start, end = window
        clauses += [BLSession.startDate < end, BLSession.endDate >= start]
    total = fetch_dicts(select(func.count(BLSession.sessionId).label("n")).where(*clauses))[0]["n"]
    stmt = (select(*present_columns(BLSession)).where(*clauses)
            .order_by(BLSession.startDate.desc(), BLSession.sessionId.desc()).limit(limit).offset(offset))
    return total, _shaped(fetch_dicts(stmt))


def get_session(user, session_id):
    """Return one session of the user, shaped (404 absent, 403 not his)."""
    return _shaped([crud.get_item(core_sessions.SPEC, user, session_id)])[0]


def create_session(user, body):
    """Create a session of a proposal the user may write sessions of; return it shaped."""
    values = column_values(BLSession, {**body, "proposalId": identifier("proposalId", body.get("proposalId"))})
    values.pop("sessionId", None)
    required(values, "startDate", "endDate")
    if values["endDate"] < values["startDate"]:
        raise BadRequest("endDate is before startDate")
    return _shaped([crud.create_item(core_sessions.SPEC, user, values)])[0]


def associate_beamline_setup(user, session_id, setup_id):
    """Give a session of the user a beamline set-up (409 if the set-up does not exist)."""
    values = {"beamLineSetupId": identifier("beamLineSetupId", setup_id)}
    return _shaped([crud.update_item(core_sessions.SPEC, user, session_id, values)])[0]


def parse_day_query(args):
    """Return the ``(year, month, day)`` integers of a query (each None when absent; 400 when not a number)."""
    parts = []
    for name in ("year", "month", "day"):
        raw = args.get(name)
        if raw in (None, ""):
            parts.append(None)
        elif not is_integer_text(raw) or int(raw) < 0:
            raise BadRequest(f"query parameter {name!r} must be a number")
        else:
            parts.append(int(raw))
    return tuple(parts)

