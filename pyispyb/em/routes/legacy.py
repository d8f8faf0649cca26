# SPDX-License-Identifier: LGPL-3.0-or-later
"""Java-ISPyB compatible EM routes (``/legacy/{token}/proposal/{proposal}/em/...``), as EXI and EXI2 call them.

Lists answer bare arrays of at most ``limit`` rows (default and maximum: PAGINATION_MAX_LIMIT,
``offset`` to go further); the ``X-Total-Count`` header gives the number of rows in all; other
query parameters are ignored, as on the MX legacy routes (ispyb-client sends ``?self=&kwargs=``).
As in py-ispyb 1.x, a ``{proposal}`` segment naming no known proposal is ignored (ispyb-client sends
the unfilled template ``{proposal}``), and so is an image path's data collection segment when it is not
a number: access is checked on the session, data collection or movie itself. A known proposal or data
collection that is not the one of the object read is a 404.
"""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.swagger import document_model, rx_model
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import send_data_file
from pyispyb.em.services import legacy_rows
from pyispyb.em.services.images import movie_file
from pyispyb.em.routes.images import IMAGE_ERRORS
from pyispyb.legacy.services.common import readable_proposal_id
from pyispyb.legacy.routes.base import page

ns = Namespace("Legacy EM", description="Java-ISPyB compatible cryo-EM routes (EXI, EXI2); the token is in the path",
               path="/legacy")

BASE = "/<string:token>/proposal/<string:proposal>/em"
PATH_PARAMS = {
    "token": "the token from /legacy/authenticate (an Authorization header wins)",
    "proposal": "proposal name (cm14451) or id",
}
LIST_PARAMS = {
    **PATH_PARAMS,
    "limit": {"in": "query", "type": "integer", "description": "rows (default and maximum PAGINATION_MAX_LIMIT)"},
    "offset": {"in": "query", "type": "integer", "description": "rows to skip"},
}
LIST_ERRORS = (400, 401, 403, 404, 501)


def _row_model(name, keys):
    return document_model(ns, rx_model(name, {key: rx.Raw() for key, *_ in keys}))


MOVIE_ROW = _row_model("LegacyEmMovie", legacy_rows.MOVIE_KEYS)
STATS_ROW = _row_model("LegacyEmStats", legacy_rows.STATS_KEYS)
CLASSIFICATION_ROW = _row_model("LegacyEmClassification", legacy_rows.CLASSIFICATION_KEYS)


def legacy_list(fetch, proposal, *args):
    """Answer the rows ``fetch(user, proposal_id, *args, limit, offset)`` gives, with ``X-Total-Count``."""
    limit, offset = page()
    user = current_user()
    proposal_id = readable_proposal_id(user, proposal, "session")
    total, rows = fetch(user, proposal_id, *args, limit, offset)
    return rows, 200, {"X-Total-Count": str(total)}


def legacy_movie_image(proposal, datacollection_id, movie_id, image):
    """Send an image of a movie of the proposal's data collection."""
    user = current_user()
    proposal_id = readable_proposal_id(user, proposal, "session")
    dc_id = int(datacollection_id) if datacollection_id.isdigit() else None
    return send_data_file(movie_file(user, movie_id, image, dc_id, proposal_id))


def _list_route(suffix, fetch, summary, response, endpoint):
    """Add ``GET {BASE}/{suffix}`` answering the rows of ``fetch`` for the one id in the path."""

    def get(self, token, proposal, **path_id):
        (key,) = path_id.values()
        return legacy_list(fetch, proposal, key)

    get.__doc__ = summary
    get = document_errors(ns, LIST_ERRORS)(ns.response(200, *response)(get))
    resource = type(f"LegacyEM_{endpoint}", (AuthenticatedResource,), {"__doc__": summary, "get": get})
    ns.route(f"{BASE}/{suffix}", endpoint=f"legacy_em_{endpoint}")(ns.doc(params=LIST_PARAMS)(resource))


_list_route("datacollection/session/<int:session_id>/list", legacy_rows.group_rows_with_stats,
            "List the data collection groups of a session with the EM counts of their data collections.",
            ("Data collection group rows (Java v_datacollection_summary keys) with a stats list",), "session_groups")
_list_route("datacollection/<int:datacollection_id>/movie/all", legacy_rows.movie_rows,
            "List the movies of a data collection with their motion correction and CTF values.",
            ("Movie rows (v_em_movie keys)", [MOVIE_ROW]), "movies")
_list_route("session/<int:session_id>/stats", legacy_rows.session_stats_rows,
            "List the motion correction and CTF values of every processed movie of a session.",
            ("Stats rows (v_em_stats keys)", [STATS_ROW]), "session_stats")
_list_route("session/<int:session_id>/classification", legacy_rows.classification_rows,
            "List the 2D/3D classes of the particles picked in a session.",
            ("Classification rows (v_em_classification keys)", [CLASSIFICATION_ROW]), "classification")


def _image_route(suffix, image, summary, endpoint):
    path = f"{BASE}/datacollection/<string:datacollection_id>/movie/<int:movie_id>/{suffix}"

    def get(self, token, proposal, datacollection_id, movie_id):
        return legacy_movie_image(proposal, datacollection_id, movie_id, image)

    get.__doc__ = summary
    get = document_errors(ns, IMAGE_ERRORS)(ns.response(200, "The image")(ns.produces(["image/png"])(get)))
    resource = type(f"LegacyEMMovie_{endpoint}", (AuthenticatedResource,), {"__doc__": summary, "get": get})
    ns.route(path, endpoint=f"legacy_em_movie_{endpoint}")(ns.doc(params=PATH_PARAMS)(resource))


_image_route("thumbnail", "micrograph", "Get the micrograph snapshot of a movie.", "thumbnail")
_image_route("motioncorrection/thumbnail", "micrograph", "Get the motion-corrected micrograph snapshot of a movie.",
             "motioncorrection_thumbnail")
_image_route("motioncorrection/drift", "drift", "Get the drift plot of a movie.", "motioncorrection_drift")
_image_route("ctf/thumbnail", "ctf", "Get the CTF spectrum image of a movie.", "ctf_thumbnail")
