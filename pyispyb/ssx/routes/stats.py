# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX statistics routes (``/ssx/sessions/{id}/stats``)."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.swagger import document_model, rx_model
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.ssx.services import stats

ns = Namespace("SSX statistics", description="Serial crystallography statistics", path="/ssx")

STATISTICS = document_model(ns, rx_model("SSXStatistics", {
    "sessionId": rx.Integer(),
    "dataCollectionGroupCount": rx.Integer(description="groups holding SSX collections"),
    "dataCollectionCount": rx.Integer(description="SSX data collections"),
    "numberOfImages": rx.Integer(description="images recorded"),
    "analysedImages": rx.Integer(description="images with per-image analysis (ImageQualityIndicators)"),
    "hits": rx.Integer(description="analysed images with at least hitMinimumSpots Bragg candidates"),
    "hitRate": rx.Float(description="hits / analysedImages (null when nothing was analysed)", nullable=True),
    "hitMinimumSpots": rx.Integer(description="the hit criterion used"),
}))


HIT_PARAM = {"in": "query", "type": "integer",
             "description": f"Bragg candidates that make a hit (default {stats.DEFAULT_HIT_SPOTS})"}


@route(ns, "/sessions/<int:session_id>/stats", answer="Statistics", model=STATISTICS, errors=(400, 401, 403, 404, 501),
       params={"hitMinimumSpots": HIT_PARAM})
def ssx_session_stats(user, session_id):
    """Get the SSX collections, images and hits of a session."""
    unknown = set(request.args) - {"hitMinimumSpots"}
    if unknown:
        raise BadRequest(f"unknown query parameter {sorted(unknown)[0]!r}")
    raw = request.args.get("hitMinimumSpots", str(stats.DEFAULT_HIT_SPOTS))
    if not is_integer_text(raw) or not 1 <= int(raw) <= 100000:
        raise BadRequest("query parameter 'hitMinimumSpots' must be an integer between 1 and 100000")
    return stats.session_statistics(user, session_id, int(raw))
