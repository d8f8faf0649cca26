# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of motion corrections (``/em/motion_corrections/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.MOTION_CORRECTIONS.namespace


@route(ns, "/<int:motion_correction_id>/micrograph", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_micrograph(user, motion_correction_id):
    """Get the snapshot of the motion-corrected micrograph."""
    return send_item_file(resources.MOTION_CORRECTIONS, user, motion_correction_id, "micrographSnapshotFullPath")


@route(ns, "/<int:motion_correction_id>/drift_plot", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_drift_plot(user, motion_correction_id):
    """Get the drift plot."""
    return send_item_file(resources.MOTION_CORRECTIONS, user, motion_correction_id, "driftPlotFullPath")


@route(ns, "/<int:motion_correction_id>/fft", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_fft(user, motion_correction_id):
    """Get the FFT of the raw micrograph."""
    return send_item_file(resources.MOTION_CORRECTIONS, user, motion_correction_id, "fftFullPath")


@route(ns, "/<int:motion_correction_id>/fft_corrected", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_motion_correction_fft_corrected(user, motion_correction_id):
    """Get the FFT of the drift-corrected micrograph."""
    return send_item_file(resources.MOTION_CORRECTIONS, user, motion_correction_id, "fftCorrectedFullPath")
