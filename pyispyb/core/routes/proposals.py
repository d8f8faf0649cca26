# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of proposals (``/proposals``)."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import crud_routes
from pyispyb.core.modules import proposals

ns = Namespace("Proposals", description="Proposals: a team's allocation of beam time", path="/proposals")

crud_routes(ns, proposals.SPEC, list_endpoint="proposals", item_endpoint="proposal_by_id",
            item_param="proposal_id", key_converter="string", resolve_key=proposals.resolve_proposal_id)
