# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of particle pickers (``/em/particle_pickers/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.PARTICLE_PICKERS.namespace

image_routes(ns, resources.PARTICLE_PICKERS, {
    "summary": ("summaryImageFullPath", "Get the summary micrograph with the picked particles highlighted."),
}, endpoint="em_particle_picker", item_param="particle_picker_id")
