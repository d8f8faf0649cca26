# SPDX-License-Identifier: LGPL-3.0-or-later
"""The py-ispyb 2.x API that current MXCuBE clients and ispyb-client speak, under ``API_2X_ROOT``.

Its own root (default ``/v2/ispyb/api/v1``) because several of its paths (``/proposals``,
``/sessions``) are also 1.x paths with other answers; the 1.x API under ``API_ROOT`` is untouched.
Same tokens, ownership and permissions as every other route; its own ``swagger.json``. The
legacy routes (``legacy/...``) are served under this root too, so that one ispyb-client host
reaches its login, the SSX web services and the legacy EM routes.
"""

from flask import Blueprint
from flask_restx import Api

from pyispyb.kernel.http import AUTHORIZATIONS, output_json
from pyispyb.kernel.http.errors import register_api_handlers
from pyispyb.config import ConfigError

DESCRIPTION = (
    "The py-ispyb 2.x API of current MXCuBE clients (PyISPyBRestClient, PyISPyBDataAdapter) and "
    "ispyb-client: log in with POST auth/login, then send `Authorization: Bearer <token>`."
)


def legacy_namespaces(app):
    """The legacy namespaces under this root: token in the path as under API_ROOT, and in the header (2.x)."""
    if not app.config["LEGACY_API"]:
        return []
    from pyispyb.legacy.routes import authenticate, files, mx, sessions, shipping

    from pyispyb.v2.routes import legacy_header

    found = [authenticate.ns, sessions.ns, mx.ns, files.ns, shipping.ns, legacy_header.ns]
    if "em" in app.config["SERVICES"]:
        from pyispyb.em.routes import legacy as em_legacy

        found += [em_legacy.ns, legacy_header.em_ns]
    return found


def init_app(app):
    """Serve the 2.x API under ``API_2X_ROOT`` (nothing when it is false or empty)."""
    root = app.config["API_2X_ROOT"]
    if not root:
        return
    if not isinstance(root, str) or not root.startswith("/") or root.rstrip("/") == app.config["API_ROOT"].rstrip("/"):
        raise ConfigError(f"API_2X_ROOT must be a path starting with / other than API_ROOT, not {root!r}")
    from pyispyb import __version__
    from pyispyb.v2.routes import auth, beamline, collections, events, proposals, samples, sessions, ssx, users

    blueprint = Blueprint("api_2x", __name__, url_prefix=root.rstrip("/"))
    doc = app.config["SWAGGER_UI_URI"]
    api = Api(blueprint, version=__version__, title="py-ISPyB: py-ispyb 2.x API", description=DESCRIPTION,
              doc=doc if doc else False, authorizations=AUTHORIZATIONS, security="bearer", validate=False)
    api.representation("application/json")(output_json)
    register_api_handlers(api)
    for namespace in (auth.ns, users.ns, proposals.ns, sessions.ns, samples.ns, beamline.detectors_ns,
                      beamline.setups_ns, collections.ns, collections.images_ns, events.ns, ssx.ns,
                      *legacy_namespaces(app)):
        api.add_namespace(namespace)
    app.register_blueprint(blueprint)
    app.extensions["ispyb_api_2x"] = api
