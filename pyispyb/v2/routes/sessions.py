# SPDX-License-Identifier: LGPL-3.0-or-later
"""``sessions``: by proposal name, beamline and day; create; get; give a beamline set-up."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
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


@ns.route("", endpoint="sessions_2x")
class Sessions(AuthenticatedResource):
    """The caller's sessions."""

    @ns.doc(params=SESSION_QUERY)
    @ns.response(200, "{total, results, skip, limit}")
    @document_errors(ns, (400, 401, 403))
    def get(self):
        """List the caller's sessions, latest start first."""
        limit, skip = paging()
        window = sessions.day_window(*sessions.parse_day_query(request.args))
        total, rows = sessions.list_sessions(current_user(), proposal=request.args.get("proposal"),
                                             beamline=request.args.get("beamLineName"), window=window,
                                             limit=limit, offset=skip)
        return paginated(total, rows, limit, skip)

    @ns.expect(session_model)
    @ns.response(201, "The session")
    @document_errors(ns, (400, 401, 403, 409, 422))
    def post(self):
        """Create a session: {proposalId, startDate, endDate, beamLineName, comments, scheduled}."""
        return sessions.create_session(current_user(), json_body()), 201


@ns.route("/<int:session_id>", endpoint="session_2x")
class Session(AuthenticatedResource):
    """One session."""

    @ns.response(200, "The session")
    @document_errors(ns, (401, 403, 404))
    def get(self, session_id):
        """Return a session of the caller."""
        return sessions.get_session(current_user(), session_id)


@ns.route("/<int:session_id>/associate-beamline-setup", endpoint="session_beamline_setup_2x")
class SessionBeamlineSetup(AuthenticatedResource):
    """A session's beamline set-up."""

    @ns.doc(params={"beamLineSetupId": {"in": "query", "type": "integer",
                                        "description": "the set-up (or beamLineSetupId in the body)"}})
    @ns.expect(setup_of_session_model)
    @ns.response(200, "The session")
    @document_errors(ns, (400, 401, 403, 404, 409, 422))
    def patch(self, session_id):
        """Give a session of the caller a beamline set-up (write_sessions)."""
        setup_id = query_number("beamLineSetupId")
        if setup_id is None and request.get_json(silent=True) is not None:
            setup_id = json_body().get("beamLineSetupId")
        return sessions.associate_beamline_setup(current_user(), session_id, setup_id)
