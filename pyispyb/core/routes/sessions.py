# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of a session's info and of session lists by date or proposal; the CRUD is declared in core/resources.py."""

from flask import request
from flask_restx import fields as rx

from pyispyb.kernel.http.listing import list_params_doc
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, page_model, read_model, visible_page
from pyispyb.core import resources
from pyispyb.core.services import sessions

ns = resources.SESSIONS.namespace
SESSIONS = resources.SESSIONS

SESSION_PERSON = info_model(ns, "SessionPerson", read_model(ns, resources.PERSONS), extra={
    "role": rx.String(description="Session_has_Person.role"), "remote": rx.Integer()})
SESSION_INFO = info_model(
    ns, "SessionInfo", read_model(ns, SESSIONS),
    one={"proposal": read_model(ns, resources.PROPOSALS), "beamline_setup": read_model(ns, resources.BEAMLINE_SETUPS)},
    many={"persons": SESSION_PERSON, "local_contacts": SESSION_PERSON})
DAY_PARAM = {"in": "query", "type": "string", "pattern": r"^\d{8}$"}

SESSION_PAGE = page_model(ns, read_model(ns, SESSIONS))
SESSION_LIST_PARAMS = list_params_doc(SESSIONS.model)


@route(ns, "/<int:session_id>/info", answer="The object", model=SESSION_INFO, errors=(400, 401, 403, 404))
def session_info_by_id(user, session_id):
    """Get a session with its proposal, beamline set-up, persons and local contacts."""
    return sessions.session_info(user, session_id)


@route(ns, "/date", answer="Page of rows", model=SESSION_PAGE, errors=(400, 401, 403, 404),
       params={**SESSION_LIST_PARAMS,
               "start_date": {**DAY_PARAM, "description": "first day, YYYYMMDD"},
               "end_date": {**DAY_PARAM, "description": "last day (included), YYYYMMDD"},
               "beamline": {"in": "query", "type": "string", "description": "beamline name"}})
def sessions_by_date(user):
    """List the sessions overlapping a range of days (YYYYMMDD), optionally on one beamline."""
    args = request.args
    clauses = sessions.overlap_clauses(args.get("start_date"), args.get("end_date"), args.get("beamline"))
    return visible_page(SESSIONS, user, clauses, extra=("start_date", "end_date", "beamline"))


@route(ns, "/date/<string:start_date>/<string:end_date>", answer="Page of rows", model=SESSION_PAGE,
       errors=(400, 401, 403, 404), params={**SESSION_LIST_PARAMS, "start_date": "first day, YYYYMMDD",
                                            "end_date": "last day (included), YYYYMMDD"})
def sessions_by_date_range(user, start_date, end_date):
    """List the sessions overlapping the days start_date..end_date (YYYYMMDD, both included)."""
    return visible_page(SESSIONS, user, sessions.overlap_clauses(start_date, end_date))


@route(ns, "/proposal/<string:proposal_id>", answer="Page of rows", model=SESSION_PAGE, errors=(400, 401, 403, 404),
       params={**SESSION_LIST_PARAMS, "proposal_id": "proposal id or name (e.g. 37027 or cm14451)"})
def sessions_by_proposal(user, proposal_id):
    """List the sessions of a proposal (id or name) that you may see."""
    return visible_page(SESSIONS, user, sessions.proposal_clauses(user, proposal_id))
