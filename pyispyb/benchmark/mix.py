# SPDX-License-Identifier: LGPL-3.0-or-later
"""The request mix of the benchmark: one :class:`Endpoint` per kind of request.

Adding an endpoint is adding an entry to :data:`MIX`: a path template whose ``{names}``
are filled from the fixtures (:mod:`pyispyb.benchmark.fixtures`), who calls it, its
weight in the mixed run and, for reads, the floor: one hand-written SQL query returning
the same rows (``%(name)s`` parameters from the same fixtures). Entries whose route the
server does not have yet (a 404 "URL not found") are skipped with a note.
"""

from dataclasses import dataclass

OWNED_PROPOSALS = """
    SELECT proposalId FROM Proposal WHERE personId = %(owner_id)s
    UNION SELECT proposalId FROM ProposalHasPerson WHERE personId = %(owner_id)s
    UNION SELECT s.proposalId FROM BLSession s JOIN Session_has_Person sp ON sp.sessionId = s.sessionId
          WHERE sp.personId = %(owner_id)s"""
OWNED_SESSIONS = """
    SELECT sessionId FROM Session_has_Person WHERE personId = %(owner_id)s
    UNION SELECT s.sessionId FROM BLSession s JOIN Proposal p ON p.proposalId = s.proposalId
          WHERE p.personId = %(owner_id)s
    UNION SELECT s.sessionId FROM BLSession s JOIN ProposalHasPerson m ON m.proposalId = s.proposalId
          WHERE m.personId = %(owner_id)s"""
PAGE = 20


@dataclass(frozen=True)
class Endpoint:
    """One kind of request of the mix."""

    name: str
    path: str  # under API_ROOT, with {fixture} placeholders ({token} for legacy routes)
    user: str = "owner"  # "owner" (own_* permissions), "staff" (all_* and writes) or None (anonymous)
    weight: int = 1  # requests of this kind per round of the mixed run
    method: str = "GET"
    body: dict = None
    floor: str = None  # hand-written SQL returning the same rows (None: no floor)
    scaling: bool = False  # a filtered list whose latency must not grow with the database
    lists: bool = False  # a list: its SQL count must not depend on the page size (``limit``)
    issue: str = ""  # where the route comes from (notes on skipped entries)

    @property
    def is_read(self):
        """True for GET requests."""
        return self.method == "GET"


MIX = [
    Endpoint("login", "/auth/login", user=None, method="POST", weight=1,
             body={"plugin": "dummy", "username": "{owner_login}", "password": "own_proposals,own_sessions"}),
    Endpoint("proposals (own)", f"/proposals?limit={PAGE}", weight=3, lists=True,
             floor=f"SELECT p.* FROM Proposal p JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   f"ORDER BY p.proposalId LIMIT {PAGE}"),
    Endpoint("proposals (all, by code)", f"/proposals?proposalCode=mx&limit={PAGE}&order_by=bltimeStamp&order=desc",
             user="staff", weight=2, lists=True, scaling=True,
             floor=f"SELECT * FROM Proposal WHERE proposalCode = 'mx' "
                   f"ORDER BY bltimeStamp DESC, proposalId DESC LIMIT {PAGE}"),
    Endpoint("proposal item", "/proposals/{owner_proposal_id}", weight=2,
             floor=f"SELECT p.* FROM Proposal p JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   "WHERE p.proposalId = %(owner_proposal_id)s"),
    Endpoint("sessions (own)", f"/sessions?limit={PAGE}&order_by=startDate&order=desc", weight=3, lists=True,
             floor=f"SELECT s.* FROM BLSession s JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   f"ORDER BY s.startDate DESC, s.sessionId DESC LIMIT {PAGE}"),
    Endpoint("sessions of a proposal", "/sessions?proposalId={proposal_id}", user="staff", weight=3,
             lists=True, scaling=True,
             floor="SELECT * FROM BLSession WHERE proposalId = %(proposal_id)s ORDER BY sessionId LIMIT 100"),
    Endpoint("sessions (all, by beamline)", f"/sessions?beamLineName={{beamline}}&limit={PAGE}", user="staff",
             weight=2, lists=True, scaling=True,
             floor=f"SELECT * FROM BLSession WHERE beamLineName = %(beamline)s ORDER BY sessionId LIMIT {PAGE}"),
    Endpoint("session item", "/sessions/{owner_session_id}", weight=2,
             floor=f"SELECT s.* FROM BLSession s JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   "WHERE s.sessionId = %(owner_session_id)s"),
    Endpoint("session update", "/sessions/{session_id}", user="staff", method="PATCH", weight=1,
             body={"comments": "benchmark run"}),
    # routes of the other issues: measured as soon as the server has them
    Endpoint("proposal info", "/proposals/{owner_proposal_id}/info", weight=1, issue="core routes (issue 3)"),
    Endpoint("session info", "/sessions/{owner_session_id}/info", weight=1, issue="core routes (issue 3)"),
    Endpoint("DC groups of a session", "/data_collections/groups/session/{owner_session_id}", weight=2,
             lists=True, scaling=True, issue="core routes (issue 3)",
             floor="SELECT * FROM DataCollectionGroup WHERE sessionId = %(owner_session_id)s "
                   "ORDER BY dataCollectionGroupId LIMIT 100"),
    Endpoint("DCs of a group", "/data_collections?dataCollectionGroupId={owner_dcg_id}", weight=2, lists=True,
             scaling=True, issue="core routes (issue 3)",
             floor="SELECT * FROM DataCollection WHERE dataCollectionGroupId = %(owner_dcg_id)s "
                   "ORDER BY dataCollectionId LIMIT 100"),
    Endpoint("integrations of a DC", "/autoproc/integrations?dataCollectionId={owner_dc_id}", weight=1,
             lists=True, scaling=True, issue="core routes (issue 3)",
             floor="SELECT * FROM AutoProcIntegration WHERE dataCollectionId = %(owner_dc_id)s "
                   "ORDER BY autoProcIntegrationId LIMIT 100"),
    Endpoint("samples (own)", f"/samples?limit={PAGE}", weight=1, lists=True, issue="core routes (issue 3)"),
    Endpoint("shipments of a proposal", "/shipments?proposalId={owner_proposal_id}", weight=1, lists=True,
             scaling=True, issue="core routes (issue 3)",
             floor="SELECT * FROM Shipping WHERE proposalId = %(owner_proposal_id)s ORDER BY shippingId LIMIT 100"),
    Endpoint("legacy proposals", "/legacy/{token}/proposal/list", weight=1, issue="legacy API (issue 5)"),
    Endpoint("legacy sessions (all_sessions)", "/legacy/{token}/session/list", user="staff", weight=1,
             issue="legacy API (issue 5)"),
    Endpoint("legacy sessions of a proposal", "/legacy/{token}/proposal/{owner_proposal_id}/session/list",
             weight=1, issue="legacy API (issue 5)"),
    Endpoint("legacy DC groups of a session", "/legacy/{token}/proposal/session/{owner_session_id}/list",
             weight=1, issue="legacy API (issue 5)"),
]


def fill(template, values, index=0):
    """Fill ``{name}`` placeholders from ``values`` (lists are cycled by ``index``)."""
    def pick(name):
        value = values[name]
        return value[index % len(value)] if isinstance(value, (list, tuple)) else value

    class Picker(dict):
        def __missing__(self, key):
            return pick(key)

    return template.format_map(Picker())


def fill_body(body, values, index=0):
    """Fill the placeholders of a JSON body's string values."""
    if body is None:
        return None
    return {k: fill(v, values, index) if isinstance(v, str) else v for k, v in body.items()}


def floor_parameters(values):
    """Return the fixtures as SQL parameters (first value of each list)."""
    return {k: (v[0] if isinstance(v, (list, tuple)) else v) for k, v in values.items()}


def with_limit(path, limit):
    """Return ``path`` with its ``limit`` query parameter set to ``limit``."""
    base, _, query = path.partition("?")
    params = [p for p in query.split("&") if p and not p.startswith("limit=")]
    return f"{base}?{'&'.join(params + [f'limit={limit}'])}"
