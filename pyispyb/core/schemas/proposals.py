# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of proposals and sessions."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import BLSession, Proposal

PROPOSAL = model_schemas(Proposal, name="Proposal", required=("personId", "proposalCode", "proposalNumber"))
SESSION = model_schemas(BLSession, name="Session", required=("proposalId",))
