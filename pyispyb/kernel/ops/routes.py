# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET /health``: is this server able to serve? For load balancers, orchestrators and monitoring."""

from flask_restx import Namespace, Resource
from flask_restx import fields as rx

from pyispyb.kernel.ops.health import server_health

ns = Namespace("Health", description="Readiness of this server", path="/health")

health_model = ns.model("Health", {
    "status": rx.String(description="ok, or unavailable", example="ok"),
    "database": rx.String(description="ok when the database answers, else unavailable"),
    "auth_store": rx.String(description="ok when the store of revoked tokens answers, else unavailable"),
    "version": rx.String(description="py-ISPyB version"),
    "message": rx.String(description="what is unavailable (only when status is not ok)"),
})


@ns.route("", endpoint="health")
class Health(Resource):
    """Readiness: the database and the token store answer."""

    @ns.doc(security=None)
    @ns.response(200, "Ready", health_model)
    @ns.response(503, "The database or the token store does not answer", health_model)
    def get(self):
        """Return 200 when the database and the token store answer, else 503 (no authentication)."""
        report = server_health()
        return report, 200 if report["status"] == "ok" else 503
