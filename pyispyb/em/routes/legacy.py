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

from pyispyb.kernel.http.routing import PATH_TOKEN, route
from pyispyb.kernel.http.swagger import document_model, rx_model
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



def legacy_list(fetch, user, proposal, key):
    """Answer the rows ``fetch(user, proposal_id, key, limit, offset)`` gives, with ``X-Total-Count``."""
    limit, offset = page()
    proposal_id = readable_proposal_id(user, proposal, "session")
    total, rows = fetch(user, proposal_id, key, limit, offset)
    return rows, 200, {"X-Total-Count": str(total)}


def legacy_movie_image(user, proposal, datacollection_id, movie_id, image):
    """Send an image of a movie of the proposal's data collection."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    dc_id = int(datacollection_id) if datacollection_id.isdigit() else None
    return send_data_file(movie_file(user, movie_id, image, dc_id, proposal_id))


@route(ns, f"{BASE}/datacollection/session/<int:session_id>/list",
       answer="Data collection group rows (Java v_datacollection_summary keys) with a stats list",
       errors=LIST_ERRORS, params=LIST_PARAMS, auth=PATH_TOKEN)
def legacy_em_session_groups(user, proposal, session_id):
    """List the data collection groups of a session with the EM counts of their data collections."""
    return legacy_list(legacy_rows.group_rows_with_stats, user, proposal, session_id)


@route(ns, f"{BASE}/datacollection/<int:datacollection_id>/movie/all", answer="Movie rows (v_em_movie keys)",
       model=[MOVIE_ROW], errors=LIST_ERRORS, params=LIST_PARAMS, auth=PATH_TOKEN)
def legacy_em_movies(user, proposal, datacollection_id):
    """List the movies of a data collection with their motion correction and CTF values."""
    return legacy_list(legacy_rows.movie_rows, user, proposal, datacollection_id)


@route(ns, f"{BASE}/session/<int:session_id>/stats", answer="Stats rows (v_em_stats keys)", model=[STATS_ROW],
       errors=LIST_ERRORS, params=LIST_PARAMS, auth=PATH_TOKEN)
def legacy_em_session_stats(user, proposal, session_id):
    """List the motion correction and CTF values of every processed movie of a session."""
    return legacy_list(legacy_rows.session_stats_rows, user, proposal, session_id)


@route(ns, f"{BASE}/session/<int:session_id>/classification", answer="Classification rows (v_em_classification keys)",
       model=[CLASSIFICATION_ROW], errors=LIST_ERRORS, params=LIST_PARAMS, auth=PATH_TOKEN)
def legacy_em_classification(user, proposal, session_id):
    """List the 2D/3D classes of the particles picked in a session."""
    return legacy_list(legacy_rows.classification_rows, user, proposal, session_id)


MOVIE = f"{BASE}/datacollection/<string:datacollection_id>/movie/<int:movie_id>"
IMAGE = {"answer": "The image", "errors": IMAGE_ERRORS, "produces": ["image/png"], "params": PATH_PARAMS,
         "auth": PATH_TOKEN}


@route(ns, f"{MOVIE}/thumbnail", **IMAGE)
def legacy_em_movie_thumbnail(user, proposal, datacollection_id, movie_id):
    """Get the micrograph snapshot of a movie."""
    return legacy_movie_image(user, proposal, datacollection_id, movie_id, "micrograph")


@route(ns, f"{MOVIE}/motioncorrection/thumbnail", **IMAGE)
def legacy_em_movie_motioncorrection_thumbnail(user, proposal, datacollection_id, movie_id):
    """Get the motion-corrected micrograph snapshot of a movie."""
    return legacy_movie_image(user, proposal, datacollection_id, movie_id, "micrograph")


@route(ns, f"{MOVIE}/motioncorrection/drift", **IMAGE)
def legacy_em_movie_motioncorrection_drift(user, proposal, datacollection_id, movie_id):
    """Get the drift plot of a movie."""
    return legacy_movie_image(user, proposal, datacollection_id, movie_id, "drift")


@route(ns, f"{MOVIE}/ctf/thumbnail", **IMAGE)
def legacy_em_movie_ctf_thumbnail(user, proposal, datacollection_id, movie_id):
    """Get the CTF spectrum image of a movie."""
    return legacy_movie_image(user, proposal, datacollection_id, movie_id, "ctf")
