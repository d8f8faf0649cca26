# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of foil holes (``/em/foil_holes``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import FoilHole
from pyispyb.em.services.processing import FOIL_HOLE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM foil holes", description="Foil holes within grid squares", path="/em/foil_holes")

crud_routes(ns, FOIL_HOLE_SPEC, list_endpoint="em_foil_holes", item_endpoint="em_foil_hole_by_id",
            item_param="foil_hole_id", methods=("GET",), list_filters=CollectionFilters(FoilHole))


@route(ns, "/<int:foil_hole_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_foil_hole_image(user, foil_hole_id):
    """Get the foil hole image."""
    return send_item_file(FOIL_HOLE_SPEC, user, foil_hole_id, "foilHoleImage")
