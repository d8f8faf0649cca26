# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of EM movies (``/em/movies``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.files import send_data_file
from pyispyb.models import Movie
from pyispyb.em.services.images import movie_file
from pyispyb.em.services.processing import MOVIE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS

ns = Namespace("EM movies", description="Cryo-EM movies recorded during data collections", path="/em/movies")

crud_routes(ns, MOVIE_SPEC, list_endpoint="em_movies", item_endpoint="em_movie_by_id", item_param="movie_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(Movie))


@route(ns, "/<int:movie_id>/thumbnail", answer="The image", errors=IMAGE_ERRORS, produces=["image/png", "image/jpeg"])
def em_movie_thumbnail(user, movie_id):
    """Get the micrograph snapshot of the movie's latest motion correction."""
    return send_data_file(movie_file(user, movie_id, "micrograph"))
