# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET user/current``: the caller as 2.x clients read it."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.v2.services import proposals

ns = Namespace("2.x current user", description="The caller: login, names, person id, permissions", path="/user")


@ns.route("/current", endpoint="current_user_2x")
class CurrentUser(AuthenticatedResource):
    """The caller."""

    @ns.response(200, "login, givenName, familyName, personId, Permissions")
    @document_errors(ns, (401,))
    def get(self):
        """Return the caller's login, person and permissions."""
        return proposals.current_user(current_user())
