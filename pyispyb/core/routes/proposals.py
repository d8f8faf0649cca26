# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of a proposal with its related rows (``/proposals/{id}/info``); the CRUD is declared in core/resources.py."""

from pyispyb.kernel.http.views import info_model, object_route, read_model
from pyispyb.core import resources
from pyispyb.core.services import proposals

ns = resources.PROPOSALS.namespace

PROPOSAL_INFO = info_model(
    ns, "ProposalInfo", read_model(ns, resources.PROPOSALS),
    one={"person": read_model(ns, resources.PERSONS)},
    many={"sessions": read_model(ns, resources.SESSIONS), "lab_contacts": read_model(ns, resources.LAB_CONTACTS),
          "proteins": read_model(ns, resources.PROTEINS)})

object_route(ns, "/<string:proposal_id>/info", endpoint="proposal_info_by_id",
             summary="Get a proposal (id or name) with its person, sessions, lab contacts and proteins.",
             model=PROPOSAL_INFO, params={"proposal_id": "proposal id or name (e.g. 37027 or cm14451)"},
             fetch=lambda user, proposal_id: proposals.proposal_info(user, proposal_id))
