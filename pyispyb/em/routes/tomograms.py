# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of tomograms (``/em/tomograms/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.TOMOGRAMS.namespace

image_routes(ns, resources.TOMOGRAMS, {
    "central_slice": ("centralSliceImage", "Get the central slice of the tomogram."),
    "movie": ("tomogramMovie", "Get the movie traversing the tomogram."),
    "xy_shift_plot": ("xyShiftPlot", "Get the XY shift plot of the tilt series alignment."),
    "projection_xy": ("projXY", "Get the XY projection."),
    "projection_xz": ("projXZ", "Get the XZ projection."),
}, endpoint="em_tomogram", item_param="tomogram_id")
