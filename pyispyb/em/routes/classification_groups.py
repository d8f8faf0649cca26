# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of 2D/3D particle classification groups (``/em/classification_groups``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import ParticleClassificationGroup
from pyispyb.em.services.processing import CLASSIFICATION_GROUP_SPEC
from pyispyb.em.services.reach import CollectionFilters

ns = Namespace("EM classification groups", description="Batches of 2D or 3D classification of picked particles",
               path="/em/classification_groups")

crud_routes(ns, CLASSIFICATION_GROUP_SPEC, list_endpoint="em_classification_groups",
            item_endpoint="em_classification_group_by_id", item_param="group_id", methods=("GET", "POST"),
            list_filters=CollectionFilters(ParticleClassificationGroup))
