# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy login: ``POST /legacy/authenticate`` (EXI and EXI2 post a form; ``?site=`` is ignored)."""

from flask_restx import Namespace, Resource

from pyispyb.kernel.http.crud_routes import document_errors
from pyispyb.kernel.auth.routes import login_model, perform_login, token_model

ns = Namespace("Legacy", description="Java-ISPyB compatible routes (EXI, EXI2, MXCuBE); the token is in the path",
               path="/legacy")
ns.add_model(login_model.name, login_model)
ns.add_model(token_model.name, token_model)


@ns.route("/authenticate", endpoint="legacy_authenticate")
class LegacyAuthenticate(Resource):
    """Exchange credentials for a token (Java-ISPyB login)."""

    @ns.doc(security=None, params={"site": {"description": "ignored (Java-ISPyB site name)", "in": "query"}})
    @ns.expect(login_model)
    @ns.response(200, "Token and roles", token_model)
    @document_errors(ns, (401,))
    def post(self):
        """Log in (form, JSON body or headers) and get the token to put in legacy paths."""
        return perform_login()
