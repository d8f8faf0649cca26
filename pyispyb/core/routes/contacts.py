# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a person by login (``/contacts/persons/{login}/info``); the CRUD is declared in core/resources.py."""

from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core import resources
from pyispyb.core.services import contacts

ns = resources.CONTACTS

PERSON_INFO = info_model(ns, "PersonInfo", read_model(ns, resources.PERSONS), extra={
    "proposal_ids": rx.List(rx.Integer, description="the person's proposals that you may see")})


@route(ns, "/persons/<string:login>/info", answer="The object", model=PERSON_INFO, errors=(400, 401, 403, 404),
       params={"login": "the person's login"})
def person_info_by_login(user, login):
    """Get a person by login with the ids of his proposals (those you may see)."""
    return contacts.person_info(user, login)
