# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of grid squares (``/em/grid_squares/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.GRID_SQUARES.namespace


@route(ns, "/<int:grid_square_id>/image", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_grid_square_image(user, grid_square_id):
    """Get the grid square image."""
    return send_item_file(resources.GRID_SQUARES, user, grid_square_id, "gridSquareImage")
