# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of CTF estimations (``/em/ctf/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.CTF_ESTIMATIONS.namespace

image_routes(ns, resources.CTF_ESTIMATIONS, {
    "spectrum": ("fftTheoreticalFullPath", "Get the image of the fitted CTF spectrum."),
}, endpoint="em_ctf", item_param="ctf_id")
