# SPDX-License-Identifier: LGPL-3.0-or-later
"""Synchronisation with the user office (``/user_office``): permission ``uportal_sync`` or an admin group."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.params import check_params
from pyispyb.kernel.http.payload import json_body
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.auth.permissions import UPORTAL_SYNC
from pyispyb.core.services import user_office_import
from pyispyb.core.services.user_office_document import document_schema

ns = Namespace("User office", description="Import proposals, persons and sessions from the user office",
               path="/user_office")

COUNTS = rx.Raw(description="table -> number of rows", example={"Proposal": 1, "Person": 3})
SUMMARY = ns.model("UserOfficeSyncSummary", {
    "proposals": rx.List(rx.String, description="proposals imported (code + number)"),
    "created": COUNTS,
    "updated": COUNTS,
    "ignored": rx.List(rx.String, description="Table.column values skipped: this database schema lacks them"),
})
DOCUMENT = ns.model("UserOfficeProposalDocument", {
    "proposal": rx.Raw(required=True, description="proposalCode, proposalNumber, principalInvestigator, ..."),
    "persons": rx.List(rx.Raw, description="login, names, proposalRole, laboratory"),
    "sessions": rx.List(rx.Raw, description="visit_number, beamLineName, dates, participants, localContacts"),
    "labContacts": rx.List(rx.Raw, description="login, cardName, courier details"),
    "proteins": rx.List(rx.Raw, description="acronym, name, sequence, ..."),
})


SYNC = {"permissions": [UPORTAL_SYNC]}  # admin groups hold it
IMPORTED = "What the import created and updated"


@route(ns, "/sync_all", "POST", answer=IMPORTED, model=SUMMARY, errors=(401, 403, 409, 422, 503), **SYNC)
def user_office_sync_all(user):
    """Import every proposal the user office holds (all or nothing)."""
    check_params(request.args)
    return user_office_import.sync_all()


@route(ns, "/update_proposal/<string:proposal_code>/<string:proposal_number>", "POST", answer=IMPORTED,
       model=SUMMARY, errors=(401, 403, 404, 409, 422, 503), **SYNC)
def user_office_update_proposal(user, proposal_code, proposal_number):
    """Import one proposal (by code and number) from the user office."""
    check_params(request.args)
    return user_office_import.sync_proposals([(proposal_code, proposal_number)])


@route(ns, "/sync_proposal", "POST", answer=IMPORTED, model=SUMMARY, body=DOCUMENT, errors=(400, 401, 403, 409, 422),
       **SYNC)
def user_office_sync_proposal(user):
    """Import the proposal document in the body (format: GET /user_office/schema)."""
    check_params(request.args)
    return user_office_import.import_document(json_body())


@route(ns, "/schema", answer="JSON Schema (draft-07) of a proposal document", errors=(401, 403), **SYNC)
def user_office_schema(user):
    """Get the JSON Schema (draft-07) that proposal documents must follow."""
    check_params(request.args)
    return document_schema()
