# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of particle pickers (``/em/particle_pickers/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.PARTICLE_PICKERS.namespace


@route(ns, "/<int:particle_picker_id>/summary", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_particle_picker_summary(user, particle_picker_id):
    """Get the summary micrograph with the picked particles highlighted."""
    return send_item_file(resources.PARTICLE_PICKERS, user, particle_picker_id, "summaryImageFullPath")
