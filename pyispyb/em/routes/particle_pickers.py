# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of particle pickers (``/em/particle_pickers``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import ParticlePicker
from pyispyb.em.services.processing import PARTICLE_PICKER_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM particle picking", description="Particle picking runs on motion-corrected micrographs",
               path="/em/particle_pickers")

crud_routes(ns, PARTICLE_PICKER_SPEC, list_endpoint="em_particle_pickers", item_endpoint="em_particle_picker_by_id",
            item_param="particle_picker_id", methods=("GET", "POST"), list_filters=CollectionFilters(ParticlePicker))
image_routes(ns, PARTICLE_PICKER_SPEC, {
    "summary": ("summaryImageFullPath", "Get the summary micrograph with the picked particles highlighted."),
}, endpoint="em_particle_picker", item_param="particle_picker_id")
