# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a proposal with its related rows (``/proposals/{id}/info``); the CRUD is declared in core/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core import resources
from pyispyb.core.services import proposals

ns = resources.PROPOSALS.namespace

PROPOSAL_INFO = info_model(
    ns, "ProposalInfo", read_model(ns, resources.PROPOSALS),
    one={"person": read_model(ns, resources.PERSONS)},
    many={"sessions": read_model(ns, resources.SESSIONS), "lab_contacts": read_model(ns, resources.LAB_CONTACTS),
          "proteins": read_model(ns, resources.PROTEINS)})


@route(ns, "/<string:proposal_id>/info", answer="The object", model=PROPOSAL_INFO, errors=(400, 401, 403, 404),
       params={"proposal_id": "proposal id or name (e.g. 37027 or cm14451)"})
def proposal_info_by_id(user, proposal_id):
    """Get a proposal (id or name) with its person, sessions, lab contacts and proteins."""
    return proposals.proposal_info(user, proposal_id)
