# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of grid squares (``/em/grid_squares/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.GRID_SQUARES.namespace

image_routes(ns, resources.GRID_SQUARES, {"image": ("gridSquareImage", "Get the grid square image.")},
             endpoint="em_grid_square", item_param="grid_square_id")
