# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a person by login (``/contacts/persons/{login}/info``); the CRUD is declared in core/resources.py."""

from flask_restx import fields as rx

from pyispyb.kernel.http.views import info_model, object_route, read_model
from pyispyb.core import resources
from pyispyb.core.services import contacts

ns = resources.CONTACTS

PERSON_INFO = info_model(ns, "PersonInfo", read_model(ns, resources.PERSONS), extra={
    "proposal_ids": rx.List(rx.Integer, description="the person's proposals that you may see")})

object_route(ns, "/persons/<string:login>/info", endpoint="person_info_by_login", model=PERSON_INFO,
             summary="Get a person by login with the ids of his proposals (those you may see).",
             params={"login": "the person's login"},
             fetch=lambda user, login: contacts.person_info(user, login))
