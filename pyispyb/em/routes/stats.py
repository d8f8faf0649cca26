# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM statistics routes (``/em/.../stats``): counts and averages per session, group or data collection."""

from flask import current_app, request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.listing import envelope, parse_list_query
from pyispyb.kernel.http.swagger import document_model, envelope_model, rx_model
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.models import DataCollectionGroup
from pyispyb.em.services import stats

ns = Namespace("EM statistics", description="Cryo-EM processing statistics, aggregated in the database", path="/em")

STATISTICS = document_model(ns, rx_model("EmStatistics", {
    "sessionId": rx.Integer(description="the session (per-session statistics)"),
    "dataCollectionGroupId": rx.Integer(description="the group (per-group statistics)"),
    "dataCollectionId": rx.Integer(description="the data collection (per-collection statistics)"),
    "movieCount": rx.Integer(description="movies recorded"),
    "motionCorrectionCount": rx.Integer(description="motion corrections"),
    "ctfCount": rx.Integer(description="CTF estimations"),
    "averageTotalMotion": rx.Float(description="mean total motion (A)", nullable=True),
    "averageMotionPerFrame": rx.Float(description="mean motion per frame (A)", nullable=True),
    "averageResolution": rx.Float(description="mean CTF estimated resolution (A)", nullable=True),
    "averageDefocus": rx.Float(description="mean CTF estimated defocus (A)", nullable=True),
    "averageAstigmatism": rx.Float(description="mean CTF astigmatism (A)", nullable=True),
    "averageIceThickness": rx.Float(description="mean median relative ice thickness (null if not recorded)",
                                    nullable=True),
}))
PAGE = document_model(ns, envelope_model(STATISTICS))
PAGING = {"limit": {"in": "query", "type": "integer", "description": "groups per page"},
          "offset": {"in": "query", "type": "integer", "description": "groups to skip"}}


@ns.route("/sessions/<int:session_id>/stats", endpoint="em_session_stats")
class SessionStatistics(AuthenticatedResource):
    """EM statistics of a session."""

    @ns.response(200, "Statistics", STATISTICS)
    @document_errors(ns, (401, 403, 404, 501))
    def get(self, session_id):
        """Get the movie, motion correction and CTF counts and averages of a session."""
        return stats.session_statistics(current_user(), session_id)


@ns.route("/sessions/<int:session_id>/data_collection_groups/stats", endpoint="em_session_group_stats")
class SessionGroupStatistics(AuthenticatedResource):
    """EM statistics of each data collection group of a session."""

    @ns.doc(params=PAGING)
    @ns.response(200, "Page of statistics, one row per group (by group id)", PAGE)
    @document_errors(ns, (400, 401, 403, 404, 501))
    def get(self, session_id):
        """Get the statistics of each data collection group of a session (paginated)."""
        query = parse_list_query(request.args, DataCollectionGroup, filterable=())
        return envelope(*stats.session_group_statistics(current_user(), session_id, query.limit, query.offset))


@ns.route("/data_collection_groups/<int:group_id>/stats", endpoint="em_group_stats")
class GroupStatistics(AuthenticatedResource):
    """EM statistics of a data collection group."""

    @ns.response(200, "Statistics", STATISTICS)
    @document_errors(ns, (401, 403, 404, 501))
    def get(self, group_id):
        """Get the movie, motion correction and CTF counts and averages of a data collection group."""
        return stats.group_statistics(current_user(), group_id)


@ns.route("/data_collections/<string:ids>/stats", endpoint="em_collection_stats")
class CollectionStatistics(AuthenticatedResource):
    """EM statistics of a list of data collections."""

    @ns.doc(params={"ids": "comma-separated data collection ids (at most PAGINATION_MAX_LIMIT)"})
    @ns.response(200, "One row per data collection, in the order given", PAGE)
    @document_errors(ns, (400, 401, 403, 404, 501))
    def get(self, ids):
        """Get the statistics of each of the given data collections."""
        id_list = stats.parse_id_list(ids, current_app.config["PAGINATION_MAX_LIMIT"])
        rows = stats.collection_statistics(current_user(), id_list)
        return envelope(len(rows), rows)
