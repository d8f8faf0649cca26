# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of foil holes (``/em/foil_holes/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.FOIL_HOLES.namespace


@route(ns, "/<int:foil_hole_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_foil_hole_image(user, foil_hole_id):
    """Get the foil hole image."""
    return send_item_file(resources.FOIL_HOLES, user, foil_hole_id, "foilHoleImage")
