# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of a session's info and of session lists by date or proposal; the CRUD is declared in core/resources.py."""

from flask_restx import fields as rx

from pyispyb.kernel.http.views import info_model, list_route, object_route, read_model
from pyispyb.core import resources
from pyispyb.core.services import sessions

ns = resources.SESSIONS.namespace

SESSION_PERSON = info_model(ns, "SessionPerson", read_model(ns, resources.PERSONS), extra={
    "role": rx.String(description="Session_has_Person.role"), "remote": rx.Integer()})
SESSION_INFO = info_model(
    ns, "SessionInfo", read_model(ns, resources.SESSIONS),
    one={"proposal": read_model(ns, resources.PROPOSALS), "beamline_setup": read_model(ns, resources.BEAMLINE_SETUPS)},
    many={"persons": SESSION_PERSON, "local_contacts": SESSION_PERSON})
DAY_PARAM = {"in": "query", "type": "string", "pattern": r"^\d{8}$"}

object_route(ns, "/<int:session_id>/info", endpoint="session_info_by_id", model=SESSION_INFO,
             summary="Get a session with its proposal, beamline set-up, persons and local contacts.",
             fetch=lambda user, session_id: sessions.session_info(user, session_id))

list_route(ns, resources.SESSIONS, "/date", endpoint="sessions_by_date",
           summary="List the sessions overlapping a range of days (YYYYMMDD), optionally on one beamline.",
           extra=("start_date", "end_date", "beamline"),
           params={"start_date": {**DAY_PARAM, "description": "first day, YYYYMMDD"},
                   "end_date": {**DAY_PARAM, "description": "last day (included), YYYYMMDD"},
                   "beamline": {"in": "query", "type": "string", "description": "beamline name"}},
           restrict=lambda user, args: sessions.overlap_clauses(
               args.get("start_date"), args.get("end_date"), args.get("beamline")))

list_route(ns, resources.SESSIONS, "/date/<string:start_date>/<string:end_date>", endpoint="sessions_by_date_range",
           summary="List the sessions overlapping the days start_date..end_date (YYYYMMDD, both included).",
           params={"start_date": "first day, YYYYMMDD", "end_date": "last day (included), YYYYMMDD"},
           restrict=lambda user, args, start_date, end_date: sessions.overlap_clauses(start_date, end_date))

list_route(ns, resources.SESSIONS, "/proposal/<string:proposal_id>", endpoint="sessions_by_proposal",
           summary="List the sessions of a proposal (id or name) that you may see.",
           params={"proposal_id": "proposal id or name (e.g. 37027 or cm14451)"},
           restrict=lambda user, args, proposal_id: sessions.proposal_clauses(user, proposal_id))
