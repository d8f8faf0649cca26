# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of foil holes (``/em/foil_holes/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.FOIL_HOLES.namespace

image_routes(ns, resources.FOIL_HOLES, {"image": ("foilHoleImage", "Get the foil hole image.")},
             endpoint="em_foil_hole", item_param="foil_hole_id")
