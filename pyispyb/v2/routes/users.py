# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET user/current``: the caller as 2.x clients read it."""

from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.v2.services import proposals

ns = Namespace("2.x current user", description="The caller: login, names, person id, permissions", path="/user")


@route(ns, "/current", answer="login, givenName, familyName, personId, Permissions", errors=(401,))
def current_user_2x(user):
    """Return the caller's login, person and permissions."""
    return proposals.current_user(user)
