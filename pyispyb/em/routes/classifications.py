# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of particle classes (``/em/classifications/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.CLASSIFICATIONS.namespace


@route(ns, "/<int:classification_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_classification_image(user, classification_id):
    """Get the image of the class."""
    return send_item_file(resources.CLASSIFICATIONS, user, classification_id, "classImageFullPath")
