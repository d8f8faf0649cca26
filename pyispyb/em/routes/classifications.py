# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of particle classes (``/em/classifications``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import ParticleClassification
from pyispyb.em.services.processing import CLASSIFICATION_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM classes", description="Classes found by 2D or 3D classification", path="/em/classifications")

crud_routes(ns, CLASSIFICATION_SPEC, list_endpoint="em_classifications", item_endpoint="em_classification_by_id",
            item_param="classification_id", methods=("GET", "POST"),
            list_filters=CollectionFilters(ParticleClassification))


@route(ns, "/<int:classification_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_classification_image(user, classification_id):
    """Get the image of the class."""
    return send_item_file(CLASSIFICATION_SPEC, user, classification_id, "classImageFullPath")
