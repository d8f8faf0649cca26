# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who the caller is: person, groups, permissions and proposals (``GET /auth/me``).

Three queries at most whatever the number of proposals: the person, the caller's
proposal ids, and one bounded page of those proposals.
"""

from sqlalchemy import select

from pyispyb.kernel import access
from pyispyb.kernel.auth.groups import find_person
from pyispyb.kernel.data import schema_info
from pyispyb.kernel.data.queries import fetch_dicts
from pyispyb.models import Proposal

PROPOSAL_FIELDS = ("proposalId", "proposalCode", "proposalNumber", "title", "proposalType", "state")


def caller_proposals(user, limit):
    """Return ``(total, rows)``: the proposals the caller owns or takes part in, newest first, at most ``limit``."""
    if not user.has_any(access.READ_PERMISSIONS["proposal"]):
        return 0, []
    ids = sorted(access.user_proposal_ids(user), reverse=True)
    if not ids:
        return 0, []
    info = schema_info()
    columns = [Proposal.__table__.c[n] for n in PROPOSAL_FIELDS if info.has_column("Proposal", n)]
    stmt = (select(*columns).where(Proposal.proposalId.in_(ids[:limit]))
            .order_by(Proposal.proposalId.desc()))
    return len(ids), fetch_dicts(stmt)


def describe_caller(user, limit):
    """Return the caller's description: login, person (or None), groups, permissions and proposals."""
    total, proposals = caller_proposals(user, limit)
    return {
        "username": user.username,
        "person": find_person(user.username),
        "groups": list(user.groups),
        "permissions": sorted(user.permissions),
        "is_admin": user.is_admin,
        "proposals": {"total": total, "rows": proposals},
    }
