# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of motion corrections (``/em/motion_corrections``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import MotionCorrection
from pyispyb.em.services.processing import MOTION_CORRECTION_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM motion correction", description="Motion correction of cryo-EM movies",
               path="/em/motion_corrections")

crud_routes(ns, MOTION_CORRECTION_SPEC, list_endpoint="em_motion_corrections",
            item_endpoint="em_motion_correction_by_id", item_param="motion_correction_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(MotionCorrection))


@route(ns, "/<int:motion_correction_id>/micrograph", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_micrograph(user, motion_correction_id):
    """Get the snapshot of the motion-corrected micrograph."""
    return send_item_file(MOTION_CORRECTION_SPEC, user, motion_correction_id, "micrographSnapshotFullPath")


@route(ns, "/<int:motion_correction_id>/drift_plot", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_drift_plot(user, motion_correction_id):
    """Get the drift plot."""
    return send_item_file(MOTION_CORRECTION_SPEC, user, motion_correction_id, "driftPlotFullPath")


@route(ns, "/<int:motion_correction_id>/fft", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_fft(user, motion_correction_id):
    """Get the FFT of the raw micrograph."""
    return send_item_file(MOTION_CORRECTION_SPEC, user, motion_correction_id, "fftFullPath")


@route(ns, "/<int:motion_correction_id>/fft_corrected", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_fft_corrected(user, motion_correction_id):
    """Get the FFT of the drift-corrected micrograph."""
    return send_item_file(MOTION_CORRECTION_SPEC, user, motion_correction_id, "fftCorrectedFullPath")
