# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM statistics routes (``/em/.../stats``): counts and averages per session, group or data collection."""

from flask import current_app, request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.listing import page_body, parse_list_query
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.swagger import document_model, envelope_model, rx_model
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


@route(ns, "/sessions/<int:session_id>/stats", answer="Statistics", model=STATISTICS, errors=(401, 403, 404, 501))
def em_session_stats(user, session_id):
    """Get the movie, motion correction and CTF counts and averages of a session."""
    return stats.session_statistics(user, session_id)


@route(ns, "/sessions/<int:session_id>/data_collection_groups/stats",
       answer="Page of statistics, one row per group (by group id)", model=PAGE, errors=(400, 401, 403, 404, 501),
       params=PAGING)
def em_session_group_stats(user, session_id):
    """Get the statistics of each data collection group of a session (paginated)."""
    query = parse_list_query(request.args, DataCollectionGroup, filterable=())
    return page_body(*stats.session_group_statistics(user, session_id, query.limit, query.offset))


@route(ns, "/data_collection_groups/<int:group_id>/stats", answer="Statistics", model=STATISTICS,
       errors=(401, 403, 404, 501))
def em_group_stats(user, group_id):
    """Get the movie, motion correction and CTF counts and averages of a data collection group."""
    return stats.group_statistics(user, group_id)


@route(ns, "/data_collections/<string:ids>/stats", answer="One row per data collection, in the order given",
       model=PAGE, errors=(400, 401, 403, 404, 501),
       params={"ids": "comma-separated data collection ids (at most PAGINATION_MAX_LIMIT)"})
def em_collection_stats(user, ids):
    """Get the statistics of each of the given data collections."""
    rows = stats.collection_statistics(user, stats.parse_id_list(ids, current_app.config["PAGINATION_MAX_LIMIT"]))
    return page_body(len(rows), rows)
