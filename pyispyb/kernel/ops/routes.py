# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET /health``: is this server able to serve? For load balancers, orchestrators and monitoring."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.ops.health import server_health

ns = Namespace("Health", description="Readiness of this server", path="/health")

health_model = ns.model("Health", {
    "status": rx.String(description="ok, or unavailable", example="ok"),
    "database": rx.String(description="ok when the database answers, else unavailable"),
    "auth_store": rx.String(description="ok when the store of revoked tokens answers, else unavailable"),
    "version": rx.String(description="py-ISPyB version"),
    "message": rx.String(description="what is unavailable (only when status is not ok)"),
})


@route(ns, "", answer="Ready", model=health_model, auth=None,
       errors=((503, "The database or the token store does not answer", health_model),))
def health():
    """Return 200 when the database and the token store answer, else 503 (no authentication)."""
    report = server_health()
    return report, 200 if report["status"] == "ok" else 503
