# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of particle pickers (``/em/particle_pickers``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import ParticlePicker
from pyispyb.em.services.processing import PARTICLE_PICKER_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM particle picking", description="Particle picking runs on motion-corrected micrographs",
               path="/em/particle_pickers")

crud_routes(ns, PARTICLE_PICKER_SPEC, list_endpoint="em_particle_pickers", item_endpoint="em_particle_picker_by_id",
            item_param="particle_picker_id", methods=("GET", "POST"), list_filters=CollectionFilters(ParticlePicker))


@route(ns, "/<int:particle_picker_id>/summary", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_particle_picker_summary(user, particle_picker_id):
    """Get the summary micrograph with the picked particles highlighted."""
    return send_item_file(PARTICLE_PICKER_SPEC, user, particle_picker_id, "summaryImageFullPath")
