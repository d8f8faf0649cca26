# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of particle classes (``/em/classifications/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.em import resources
from pyispyb.em.routes.images import image_routes

ns = resources.CLASSIFICATIONS.namespace

image_routes(ns, resources.CLASSIFICATIONS, {"image": ("classImageFullPath", "Get the image of the class.")},
             endpoint="em_classification", item_param="classification_id")
