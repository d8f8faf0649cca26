# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of foil holes (``/em/foil_holes``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import FoilHole
from pyispyb.em.services.processing import FOIL_HOLE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM foil holes", description="Foil holes within grid squares", path="/em/foil_holes")

crud_routes(ns, FOIL_HOLE_SPEC, list_endpoint="em_foil_holes", item_endpoint="em_foil_hole_by_id",
            item_param="foil_hole_id", methods=("GET",), list_filters=CollectionFilters(FoilHole))
image_routes(ns, FOIL_HOLE_SPEC, {"image": ("foilHoleImage", "Get the foil hole image.")}, endpoint="em_foil_hole",
             item_param="foil_hole_id")
