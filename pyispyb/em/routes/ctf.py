# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of CTF estimations (``/em/ctf``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import CTF
from pyispyb.em.services.processing import CTF_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM CTF", description="Contrast transfer function estimation of motion-corrected micrographs",
               path="/em/ctf")

crud_routes(ns, CTF_SPEC, list_endpoint="em_ctfs", item_endpoint="em_ctf_by_id", item_param="ctf_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(CTF))


@route(ns, "/<int:ctf_id>/spectrum", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_ctf_spectrum(user, ctf_id):
    """Get the image of the fitted CTF spectrum."""
    return send_item_file(CTF_SPEC, user, ctf_id, "fftTheoreticalFullPath")
