# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of grid squares (``/em/grid_squares``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.models import GridSquare
from pyispyb.em.services.processing import GRID_SQUARE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = Namespace("EM grid squares", description="Grid squares of the atlas of a cryo-EM grid",
               path="/em/grid_squares")

crud_routes(ns, GRID_SQUARE_SPEC, list_endpoint="em_grid_squares", item_endpoint="em_grid_square_by_id",
            item_param="grid_square_id", methods=("GET",), list_filters=CollectionFilters(GridSquare))


@route(ns, "/<int:grid_square_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_grid_square_image(user, grid_square_id):
    """Get the grid square image."""
    return send_item_file(GRID_SQUARE_SPEC, user, grid_square_id, "gridSquareImage")
