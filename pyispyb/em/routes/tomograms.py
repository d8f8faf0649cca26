# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of tomograms (``/em/tomograms/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS, IMAGE_TYPES, send_item_file

ns = resources.TOMOGRAMS.namespace


@route(ns, "/<int:tomogram_id>/central_slice", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_tomogram_central_slice(user, tomogram_id):
    """Get the central slice of the tomogram."""
    return send_item_file(resources.TOMOGRAMS, user, tomogram_id, "centralSliceImage")


@route(ns, "/<int:tomogram_id>/movie", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_tomogram_movie(user, tomogram_id):
    """Get the movie traversing the tomogram."""
    return send_item_file(resources.TOMOGRAMS, user, tomogram_id, "tomogramMovie")


@route(ns, "/<int:tomogram_id>/xy_shift_plot", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_tomogram_xy_shift_plot(user, tomogram_id):
    """Get the XY shift plot of the tilt series alignment."""
    return send_item_file(resources.TOMOGRAMS, user, tomogram_id, "xyShiftPlot")


@route(ns, "/<int:tomogram_id>/projection_xy", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_tomogram_projection_xy(user, tomogram_id):
    """Get the XY projection."""
    return send_item_file(resources.TOMOGRAMS, user, tomogram_id, "projXY")


@route(ns, "/<int:tomogram_id>/projection_xz", answer="The file", errors=IMAGE_ERRORS, produces=IMAGE_TYPES)
def em_tomogram_projection_xz(user, tomogram_id):
    """Get the XZ projection."""
    return send_item_file(resources.TOMOGRAMS, user, tomogram_id, "projXZ")
