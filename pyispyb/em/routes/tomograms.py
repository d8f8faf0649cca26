# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of tomograms (``/em/tomograms``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import Tomogram
from pyispyb.em.services.processing import TOMOGRAM_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM tomograms", description="Tomograms reconstructed from tilt series", path="/em/tomograms")

crud_routes(ns, TOMOGRAM_SPEC, list_endpoint="em_tomograms", item_endpoint="em_tomogram_by_id",
            item_param="tomogram_id", methods=("GET",), list_filters=CollectionFilters(Tomogram))
image_routes(ns, TOMOGRAM_SPEC, {
    "central_slice": ("centralSliceImage", "Get the central slice of the tomogram."),
    "movie": ("tomogramMovie", "Get the movie traversing the tomogram."),
    "xy_shift_plot": ("xyShiftPlot", "Get the XY shift plot of the tilt series alignment."),
    "projection_xy": ("projXY", "Get the XY projection."),
    "projection_xz": ("projXZ", "Get the XZ projection."),
}, endpoint="em_tomogram", item_param="tomogram_id")
