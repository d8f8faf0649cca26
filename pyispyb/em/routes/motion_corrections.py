# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of motion corrections (``/em/motion_corrections/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.MOTION_CORRECTIONS.namespace

image_routes(ns, resources.MOTION_CORRECTIONS, {
    "micrograph": ("micrographSnapshotFullPath", "Get the snapshot of the motion-corrected micrograph."),
    "drift_plot": ("driftPlotFullPath", "Get the drift plot."),
    "fft": ("fftFullPath", "Get the FFT of the raw micrograph."),
    "fft_corrected": ("fftCorrectedFullPath", "Get the FFT of the drift-corrected micrograph."),
}, endpoint="em_motion_correction", item_param="motion_correction_id")
