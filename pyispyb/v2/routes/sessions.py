# SPDX-License-Identifier: LGPL-3.0-or-later
"""``sessions``: by proposal name, beamline and day; create; get; give a beamline set-up."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.models import BLSession
from pyispyb.v2.services import sessions
from pyispyb.v2.routes.bodies import body_model, field, table_fields
from pyispyb.v2.routes.common import PAGING_DOC, json_body, paginated, paging, query_number

ns = Namespace("2.x sessions", description="Sessions with their proposal name, ISO dates and beamline set-up",
               path="/sessions")

SESSION_QUERY = {
    **PAGING_DOC,
    "proposal": {"in": "query", "type": "string", "description": "proposal name (mx20090662)"},
    "beamLineName": {"in": "query", "type": "string", "description": "beamline"},
    "year": {"in": "query", "type": "integer", "description": "sessions overlapping this year..."},
    "month": {"in": "query", "type": "integer", "description": "...this month of it..."},
    "day": {"in": "query", "type": "integer", "description": "...this day of it"},
}


session_model = body_model([ns], "SessionCreate",
                           table_fields(BLSession, required=("proposalId", "startDate", "endDate")))
setup_of_session_model = body_model([ns], "SessionBeamlineSetup", {
    "beamLineSetupId": field(rx.Integer, True, description="the set-up, when the query does not give it")})


@route(ns, "", answer="{total, results, skip, limit}", errors=(400, 401, 403), params=SESSION_QUERY)
def sessions_2x(user):
    """List the caller's sessions, latest start first."""
    limit, skip = paging()
    window = sessions.day_window(*sessions.parse_day_query(request.args))
    total, rows = sessions.list_sessions(user, proposal=request.args.get("proposal"),
                                         beamline=request.args.get("beamLineName"), window=window, limit=limit,
                                         offset=skip)
    return paginated(total, rows, limit, skip)


@route(ns, "", "POST", answer="The session", status=201, body=session_model, errors=(400, 401, 403, 409, 422))
def create_session_2x(user):
    """Create a session: {proposalId, startDate, endDate, beamLineName, comments, scheduled}."""
    return sessions.create_session(user, json_body())


@route(ns, "/<int:session_id>", answer="The session", errors=(401, 403, 404))
def session_2x(user, session_id):
    """Return a session of the caller."""
    return sessions.get_session(user, session_id)


@route(ns, "/<int:session_id>/associate-beamline-setup", "PATCH", answer="The session", body=setup_of_session_model,
       errors=(400, 401, 403, 404, 409, 422),
       params={"beamLineSetupId": {"in": "query", "type": "integer",
                                   "description": "the set-up (or beamLineSetupId in the body)"}})
def session_beamline_setup_2x(user, session_id):
    """Give a session of the caller a beamline set-up (write_sessions)."""
    setup_id = query_number("beamLineSetupId")
    if setup_id is None and request.get_json(silent=True) is not None:
        setup_id = json_body().get("beamLineSetupId")
    return sessions.associate_beamline_setup(user, session_id, setup_id)
