# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of EM movies (``/em/movies/{id}/...``); their CRUD: em/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.files import send_data_file
from pyispyb.em.services.images import movie_file
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS

ns = resources.MOVIES.namespace


@route(ns, "/<int:movie_id>/thumbnail", answer="The image", errors=IMAGE_ERRORS, produces=["image/png", "image/jpeg"])
def em_movie_thumbnail(user, movie_id):
    """Get the micrograph snapshot of the movie's latest motion correction."""
    return send_data_file(movie_file(user, movie_id, "micrograph"))
