# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of motion corrections (``/em/motion_corrections``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import MotionCorrection
from pyispyb.em.services.processing import MOTION_CORRECTION_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM motion correction", description="Motion correction of cryo-EM movies",
               path="/em/motion_corrections")

crud_routes(ns, MOTION_CORRECTION_SPEC, list_endpoint="em_motion_corrections",
            item_endpoint="em_motion_correction_by_id", item_param="motion_correction_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(MotionCorrection))
image_routes(ns, MOTION_CORRECTION_SPEC, {
    "micrograph": ("micrographSnapshotFullPath", "Get the snapshot of the motion-corrected micrograph."),
    "drift_plot": ("driftPlotFullPath", "Get the drift plot."),
    "fft": ("fftFullPath", "Get the FFT of the raw micrograph."),
    "fft_corrected": ("fftCorrectedFullPath", "Get the FFT of the drift-corrected micrograph."),
}, endpoint="em_motion_correction", item_param="motion_correction_id")
