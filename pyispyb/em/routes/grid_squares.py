# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of grid squares (``/em/grid_squares``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.models import GridSquare
from pyispyb.em.services.processing import GRID_SQUARE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import image_routes

ns = Namespace("EM grid squares", description="Grid squares of the atlas of a cryo-EM grid",
               path="/em/grid_squares")

crud_routes(ns, GRID_SQUARE_SPEC, list_endpoint="em_grid_squares", item_endpoint="em_grid_square_by_id",
            item_param="grid_square_id", methods=("GET",), list_filters=CollectionFilters(GridSquare))
image_routes(ns, GRID_SQUARE_SPEC, {"image": ("gridSquareImage", "Get the grid square image.")},
             endpoint="em_grid_square", item_param="grid_square_id")
