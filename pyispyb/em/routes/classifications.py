# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of particle classes (``/em/classifications``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import ParticleClassification
from pyispyb.em.services.processing import CLASSIFICATION_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM classes", description="Classes found by 2D or 3D classification", path="/em/classifications")

crud_routes(ns, CLASSIFICATION_SPEC, list_endpoint="em_classifications", item_endpoint="em_classification_by_id",
            item_param="classification_id", methods=("GET", "POST"),
            list_filters=CollectionFilters(ParticleClassification))
image_routes(ns, CLASSIFICATION_SPEC, {"image": ("classImageFullPath", "Get the image of the class.")},
             endpoint="em_classification", item_param="classification_id")
