# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of proposals (``/proposals``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core.services import contacts, proposals, sessions
from pyispyb.core.services.samples import PROTEIN_SPEC

ns = Namespace("Proposals", description="Proposals: a team's allocation of beam time", path="/proposals")

crud_routes(ns, proposals.SPEC, list_endpoint="proposals", item_endpoint="proposal_by_id",
            item_param="proposal_id", key_converter="string", resolve_key=proposals.resolve_proposal_id)

PROPOSAL_INFO = info_model(
    ns, "ProposalInfo", read_model(ns, proposals.SPEC),
    one={"person": read_model(ns, contacts.PERSON_SPEC)},
    many={"sessions": read_model(ns, sessions.SPEC), "lab_contacts": read_model(ns, contacts.LAB_CONTACT_SPEC),
          "proteins": read_model(ns, PROTEIN_SPEC)})



@route(ns, "/<string:proposal_id>/info", answer="The object", model=PROPOSAL_INFO, errors=(400, 401, 403, 404),
       params={"proposal_id": "proposal id or name (e.g. 37027 or cm14451)"})
def proposal_info_by_id(user, proposal_id):
    """Get a proposal (id or name) with its person, sessions, lab contacts and proteins."""
    return proposals.proposal_info(user, proposal_id)
