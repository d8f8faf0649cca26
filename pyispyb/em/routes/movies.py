# SPDX-License-Identifier: LGPL-3.0-or-later
"""The image routes of EM movies (``/em/movies/{id}/...``); the CRUD is declared in em/resources.py."""

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import send_data_file
from pyispyb.em.services.images import movie_file
from pyispyb.em import resources
from pyispyb.em.routes.images import IMAGE_ERRORS

ns = resources.MOVIES.namespace



@ns.route("/<int:movie_id>/thumbnail", endpoint="em_movie_thumbnail")
class MovieThumbnail(AuthenticatedResource):
    """The micrograph snapshot of a movie."""

    @ns.produces(["image/png", "image/jpeg"])
    @ns.response(200, "The image")
    @document_errors(ns, IMAGE_ERRORS)
    def get(self, movie_id):
        """Get the micrograph snapshot of the movie's latest motion correction."""
        return send_data_file(movie_file(current_user(), movie_id, "micrograph"))
