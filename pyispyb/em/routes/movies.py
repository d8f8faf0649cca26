# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of EM movies (``/em/movies``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, crud_routes, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import send_data_file
from pyispyb.models import Movie
from pyispyb.em.services.images import movie_file
from pyispyb.em.services.processing import MOVIE_SPEC
from pyispyb.em.services.reach import CollectionFilters
from pyispyb.em.routes.images import IMAGE_ERRORS

ns = Namespace("EM movies", description="Cryo-EM movies recorded during data collections", path="/em/movies")

crud_routes(ns, MOVIE_SPEC, list_endpoint="em_movies", item_endpoint="em_movie_by_id", item_param="movie_id",
            methods=("GET", "POST"), list_filters=CollectionFilters(Movie))


@ns.route("/<int:movie_id>/thumbnail", endpoint="em_movie_thumbnail")
class MovieThumbnail(AuthenticatedResource):
    """The micrograph snapshot of a movie."""

    @ns.produces(["image/png", "image/jpeg"])
    @ns.response(200, "The image")
    @document_errors(ns, IMAGE_ERRORS)
    def get(self, movie_id):
        """Get the micrograph snapshot of the movie's latest motion correction."""
        return send_data_file(movie_file(current_user(), movie_id, "micrograph"))
