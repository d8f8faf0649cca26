# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of persons, lab contacts and laboratories (``/contacts``)."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core.services import contacts

ns = Namespace("Contacts", description="Persons, their laboratories and the lab contacts of proposals",
               path="/contacts")

crud_collections(ns, [
    (contacts.PERSON_SPEC, "/persons", "persons", "person_by_id", "person_id"),
    (contacts.LAB_CONTACT_SPEC, "/lab_contacts", "lab_contacts", "lab_contact_by_id", "lab_contact_id"),
    (contacts.LABORATORY_SPEC, "/labs", "labs", "laboratory_by_id", "laboratory_id"),
])

PERSON_INFO = info_model(ns, "PersonInfo", read_model(ns, contacts.PERSON_SPEC), extra={
    "proposal_ids": rx.List(rx.Integer, description="the person's proposals that you may see")})



@route(ns, "/persons/<string:login>/info", answer="The object", model=PERSON_INFO, errors=(400, 401, 403, 404),
       params={"login": "the person's login"})
def person_info_by_login(user, login):
    """Get a person by login with the ids of his proposals (those you may see)."""
    return contacts.person_info(user, login)
