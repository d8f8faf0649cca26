# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of CTF estimations (``/em/ctf``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import CTF
from pyispyb.em.services.processing import CTF_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM CTF", description="Contrast transfer function estimation of motion-corrected micrographs",
               path="/em/ctf")

crud_routes(ns, CTF_SPEC, list_endpoint="em_ctfs", item_endpoint="em_ctf_by_id", item_param="ctf_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(CTF))
image_routes(ns, CTF_SPEC, {"spectrum": ("fftTheoreticalFullPath", "Get the image of the fitted CTF spectrum.")},
             endpoint="em_ctf", item_param="ctf_id")
