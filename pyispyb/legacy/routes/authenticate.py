# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy login: ``POST /legacy/authenticate`` (EXI and EXI2 post a form; ``?site=`` is ignored)."""

from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.auth.routes import login_model, perform_login, token_model

ns = Namespace("Legacy", description="Java-ISPyB compatible routes (EXI, EXI2, MXCuBE); the token is in the path",
               path="/legacy")
ns.add_model(login_model.name, login_model)
ns.add_model(token_model.name, token_model)


@route(ns, "/authenticate", "POST", answer="Token and roles", model=token_model, body=login_model, errors=(401,),
       auth=None, params={"site": {"description": "ignored (Java-ISPyB site name)", "in": "query"}})
def legacy_authenticate():
    """Log in (form, JSON body or headers) and get the token to put in legacy paths."""
    return perform_login()
