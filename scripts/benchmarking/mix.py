# SPDX-License-Identifier: LGPL-3.0-or-later
"""The request mix of the benchmark: one :class:`Endpoint` per kind of request.

Adding an endpoint is adding an entry to :data:`MIX`: a path template whose ``{names}``
are filled from the fixtures (:mod:`scripts.benchmarking.fixtures`), who calls it, its
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

# Hand-written floors of the aggregates: one query each, children as JSON arrays built by the database.
PERSON_JSON = "JSON_OBJECT('personId', pe.personId, 'familyName', pe.familyName, 'givenName', pe.givenName, " \
              "'emailAddress', pe.emailAddress, 'login', pe.login)"


def table_columns(table):
    """The columns of a table of the reference schema (from the generated models)."""
    import pyispyb.models  # noqa: F401  (registers the tables)
    from pyispyb.models.base import Base

    return Base.metadata.tables[table].columns


def json_rows(table, where, alias="t"):
    """A scalar subquery: the rows of ``table`` matching ``where`` as one JSON array (every column)."""
    return f"(SELECT JSON_ARRAYAGG({json_row(table, alias)}) FROM `{table}` {alias} WHERE {where})"


def json_row(table, alias):
    """``JSON_OBJECT`` of every column of the row ``alias`` of ``table``."""
    columns = table_columns(table)
    return "JSON_OBJECT(" + ", ".join(f"'{c.name}', {alias}.`{c.name}`" for c in columns) + ")"


def session_counts(session):
    """The 12 counts of a legacy session row as correlated subqueries on ``session``'s id."""
    groups = f"FROM DataCollectionGroup g LEFT JOIN DataCollection d ON d.dataCollectionGroupId = " \
             f"g.dataCollectionGroupId WHERE g.sessionId = {session}.sessionId"
    last = f"(SELECT MAX(dataCollectionGroupId) FROM DataCollectionGroup WHERE sessionId = {session}.sessionId)"
    return ", ".join([
        f"(SELECT COUNT(DISTINCT g.blSampleId) {groups}) AS sampleCount",
        f"(SELECT SUM(d.numberOfImages) {groups}) AS imagesCount",
        f"(SELECT COUNT(CASE WHEN d.numberOfImages < 5 THEN 1 END) {groups}) AS testDataCollectionGroupCount",
        f"(SELECT COUNT(CASE WHEN d.numberOfImages > 4 THEN 1 END) {groups}) AS dataCollectionGroupCount",
        f"(SELECT COUNT(CASE WHEN g.experimentType = 'EM' AND d.dataCollectionId IS NOT NULL THEN 1 END) "
        f"{groups}) AS EMdataCollectionGroupCount",
        f"(SELECT COUNT(*) FROM EnergyScan e WHERE e.sessionId = {session}.sessionId) AS energyScanCount",
        f"(SELECT COUNT(*) FROM XFEFluorescenceSpectrum x WHERE x.sessionId = {session}.sessionId) "
        f"AS xrfSpectrumCount",
        "0 AS hplcCount, 0 AS sampleChangerCount, 0 AS calibrationCount",
        f"(SELECT experimentType FROM DataCollectionGroup WHERE dataCollectionGroupId = {last}) "
        f"AS lastExperimentDataCollectionGroup",
        f"(SELECT endTime FROM DataCollectionGroup WHERE dataCollectionGroupId = {last}) "
        f"AS lastEndTimeDataCollectionGroup"])


def legacy_session_floor(source="BLSession s"):
    """A legacy session row (43 keys) with its counts, sessions read from ``source``."""
    return (
    "SELECT s.*, p.title AS Proposal_title, p.proposalCode AS Proposal_proposalCode, "
    "p.proposalNumber AS Proposal_ProposalNumber, p.proposalType AS Proposal_ProposalType, "
    "pe.personId AS Person_personId, pe.familyName AS Person_familyName, pe.givenName AS Person_givenName, "
    "pe.emailAddress AS Person_emailAddress, " + session_counts("s") + " "
    f"FROM {source} JOIN Proposal p ON p.proposalId = s.proposalId "
    "LEFT JOIN Person pe ON pe.personId = p.personId ")


def group_floor(where):
    """A legacy data collection group row: group, last collection, sample chain, set-up and main aggregates."""
    last = "(SELECT MAX(dataCollectionId) FROM DataCollection WHERE dataCollectionGroupId = g.dataCollectionGroupId)"
    processing = ("FROM AutoProcIntegration i LEFT JOIN AutoProcProgram pr ON pr.autoProcProgramId = "
                  "i.autoProcProgramId LEFT JOIN AutoProcScaling_has_Int h ON h.autoProcIntegrationId = "
                  "i.autoProcIntegrationId LEFT JOIN AutoProcScalingStatistics st ON st.autoProcScalingId = "
                  "h.autoProcScalingId WHERE i.dataCollectionId = d.dataCollectionId")
    return (
        "SELECT g.*, d.*, bs.*, c.*, cr.*, pr.*, ct.*, dw.*, sh.*, dp.*, det.*, bl.*, "
        "(SELECT COUNT(*) FROM DataCollection x WHERE x.dataCollectionGroupId = g.dataCollectionGroupId) "
        "AS totalNumberOfDataCollections, "
        "(SELECT SUM(x.numberOfImages) FROM DataCollection x WHERE x.dataCollectionGroupId = "
        "g.dataCollectionGroupId) AS totalNumberOfImages, "
        "(SELECT GROUP_CONCAT(x.dataCollectionId ORDER BY x.dataCollectionId) FROM DataCollection x "
        "WHERE x.dataCollectionGroupId = g.dataCollectionGroupId) AS dataCollectionIdList, "
        f"(SELECT GROUP_CONCAT(pr.processingPrograms ORDER BY i.autoProcIntegrationId) {processing}) "
        "AS processingPrograms, "
        f"(SELECT GROUP_CONCAT(st.resolutionLimitHigh ORDER BY i.autoProcIntegrationId, "
        f"st.autoProcScalingStatisticsId) {processing}) AS resolutionsLimitHigh, "
        f"(SELECT GROUP_CONCAT(st.rMerge ORDER BY i.autoProcIntegrationId, st.autoProcScalingStatisticsId) "
        f"{processing}) AS rMerges "
        "FROM DataCollectionGroup g JOIN BLSession bl ON bl.sessionId = g.sessionId "
        f"LEFT JOIN DataCollection d ON d.dataCollectionId = {last} "
        "LEFT JOIN BLSample bs ON bs.blSampleId = g.blSampleId "
        "LEFT JOIN Crystal c ON c.crystalId = bs.crystalId LEFT JOIN Protein pr ON pr.proteinId = c.proteinId "
        "LEFT JOIN Container ct ON ct.containerId = bs.containerId LEFT JOIN Dewar dw ON dw.dewarId = ct.dewarId "
        "LEFT JOIN Shipping sh ON sh.shippingId = dw.shippingId "
        "LEFT JOIN DiffractionPlan dp ON dp.diffractionPlanId = bs.diffractionPlanId "
        "LEFT JOIN Detector det ON det.detectorId = d.detectorId "
        f"LEFT JOIN Crystal cr ON cr.crystalId = bs.crystalId WHERE {where} "
        "ORDER BY d.startTime DESC, g.dataCollectionGroupId DESC")


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
    item: bool = False  # an item read: within 1.5x of its floor, in one SQL statement
    plain: bool = False  # a plain list page (one table, no related rows): one SQL statement
    issue: str = ""  # where the route comes from (notes on skipped entries)

    @property
    def is_read(self):
        """True for GET requests."""
        return self.method == "GET"


MIX = [
    Endpoint("login", "/auth/login", user=None, method="POST", weight=1,
             body={"plugin": "dummy", "username": "{owner_login}", "password": "own_proposals,own_sessions"}),
    Endpoint("proposals (own)", f"/proposals?limit={PAGE}", weight=3, lists=True, plain=True,
             floor=f"SELECT p.* FROM Proposal p JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   f"ORDER BY p.proposalId LIMIT {PAGE}"),
    Endpoint("proposals (all, by code)", f"/proposals?proposalCode=mx&limit={PAGE}&order_by=bltimeStamp&order=desc",
             user="staff", weight=2, lists=True, scaling=True, plain=True,
             floor=f"SELECT * FROM Proposal WHERE proposalCode = 'mx' "
                   f"ORDER BY bltimeStamp DESC, proposalId DESC LIMIT {PAGE}"),
    Endpoint("proposal item", "/proposals/{owner_proposal_id}", weight=2, item=True,
             floor=f"SELECT p.* FROM Proposal p JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   "WHERE p.proposalId = %(owner_proposal_id)s"),
    Endpoint("sessions (own)", f"/sessions?limit={PAGE}&order_by=startDate&order=desc", weight=3, lists=True,
             plain=True,
             floor=f"SELECT s.* FROM BLSession s JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   f"ORDER BY s.startDate DESC, s.sessionId DESC LIMIT {PAGE}"),
    Endpoint("sessions of a proposal", "/sessions?proposalId={proposal_id}", user="staff", weight=3,
             lists=True, scaling=True, plain=True,
             floor="SELECT * FROM BLSession WHERE proposalId = %(proposal_id)s ORDER BY sessionId LIMIT 100"),
    Endpoint("sessions (all, by beamline)", f"/sessions?beamLineName={{beamline}}&limit={PAGE}", user="staff",
             weight=2, lists=True, scaling=True, plain=True,
             floor=f"SELECT * FROM BLSession WHERE beamLineName = %(beamline)s ORDER BY sessionId LIMIT {PAGE}"),
    Endpoint("session item", "/sessions/{owner_session_id}", weight=2, item=True,
             floor=f"SELECT s.* FROM BLSession s JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   "WHERE s.sessionId = %(owner_session_id)s"),
    Endpoint("session update", "/sessions/{session_id}", user="staff", method="PATCH", weight=1,
             body={"comments": "benchmark run"}),
    # routes of the other issues: measured as soon as the server has them
    Endpoint("proposal info", "/proposals/{owner_proposal_id}/info", weight=1, issue="core routes (issue 3)",
             floor=f"SELECT p.*, {PERSON_JSON} AS person, {json_rows('BLSession', 't.proposalId = p.proposalId')} "
                   f"AS sessions, {json_rows('LabContact', 't.proposalId = p.proposalId')} AS lab_contacts, "
                   f"{json_rows('Protein', 't.proposalId = p.proposalId')} AS proteins FROM Proposal p "
                   f"JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   "LEFT JOIN Person pe ON pe.personId = p.personId WHERE p.proposalId = %(owner_proposal_id)s"),
    Endpoint("session info", "/sessions/{owner_session_id}/info", weight=1, issue="core routes (issue 3)",
             floor=f"SELECT s.*, {json_row('Proposal', 'p')} AS proposal, {json_row('BeamLineSetup', 'b')} "
                   "AS beamline_setup, (SELECT JSON_ARRAYAGG(JSON_OBJECT('personId', pe.personId, 'familyName', "
                   "pe.familyName, 'givenName', pe.givenName, 'emailAddress', pe.emailAddress, 'login', pe.login, "
                   "'role', sp.role, 'remote', sp.remote)) FROM Session_has_Person sp JOIN Person pe "
                   "ON pe.personId = sp.personId WHERE sp.sessionId = s.sessionId) AS persons "
                   f"FROM BLSession s JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   "JOIN Proposal p ON p.proposalId = s.proposalId "
                   "LEFT JOIN BeamLineSetup b ON b.beamLineSetupId = s.beamLineSetupId "
                   "WHERE s.sessionId = %(owner_session_id)s"),
    Endpoint("DC groups of a session", "/data_collections/groups/session/{owner_session_id}", weight=2,
             lists=True, scaling=True, issue="core routes (issue 3)",
             floor="SELECT * FROM DataCollectionGroup WHERE sessionId = %(owner_session_id)s "
                   "ORDER BY dataCollectionGroupId LIMIT 100"),
    Endpoint("DCs of a group", "/data_collections?dataCollectionGroupId={owner_dcg_id}", weight=2, lists=True,
             scaling=True, issue="core routes (issue 3)", plain=True,
             floor="SELECT * FROM DataCollection WHERE dataCollectionGroupId = %(owner_dcg_id)s "
                   "ORDER BY dataCollectionId LIMIT 100"),
    Endpoint("integrations of a DC", "/autoproc/integrations?dataCollectionId={owner_dc_id}", weight=1,
             lists=True, scaling=True, issue="core routes (issue 3)", plain=True,
             floor="SELECT * FROM AutoProcIntegration WHERE dataCollectionId = %(owner_dc_id)s "
                   "ORDER BY autoProcIntegrationId LIMIT 100"),
    Endpoint("samples (own)", f"/samples?limit={PAGE}", weight=1, lists=True, issue="core routes (issue 3)",
             plain=True,
             floor="SELECT s.* FROM BLSample s JOIN Crystal c ON c.crystalId = s.crystalId "
                   f"JOIN Protein p ON p.proteinId = c.proteinId JOIN ({OWNED_PROPOSALS}) o "
                   f"ON o.proposalId = p.proposalId ORDER BY s.blSampleId LIMIT {PAGE}"),
    Endpoint("shipments of a proposal", "/shipments?proposalId={owner_proposal_id}", weight=1, lists=True,
             scaling=True, issue="core routes (issue 3)", plain=True,
             floor="SELECT * FROM Shipping WHERE proposalId = %(owner_proposal_id)s ORDER BY shippingId LIMIT 100"),
    Endpoint("legacy proposals", "/legacy/{token}/proposal/list", weight=1, issue="legacy API (issue 5)",
             floor="SELECT p.proposalId AS Proposal_proposalId, p.personId AS Proposal_personId, "
                   "p.title AS Proposal_title, p.proposalCode AS Proposal_proposalCode, "
                   "p.proposalNumber AS Proposal_proposalNumber, p.proposalType AS Proposal_proposalType "
                   f"FROM Proposal p JOIN ({OWNED_PROPOSALS}) o ON o.proposalId = p.proposalId "
                   "ORDER BY p.proposalId"),
    Endpoint("legacy sessions (all_sessions)", "/legacy/{token}/session/list", user="staff", weight=1,
             issue="legacy API (issue 5)",
             floor=legacy_session_floor("(SELECT * FROM BLSession ORDER BY sessionId DESC LIMIT 1000) s")
             + "ORDER BY s.sessionId DESC"),
    Endpoint("legacy sessions of a proposal", "/legacy/{token}/proposal/{owner_proposal_id}/session/list",
             weight=1, issue="legacy API (issue 5)",
             floor=legacy_session_floor() + f"JOIN ({OWNED_SESSIONS}) o ON o.sessionId = s.sessionId "
                   "WHERE s.proposalId = %(owner_proposal_id)s ORDER BY s.sessionId DESC"),
    Endpoint("legacy DC groups of a session", "/legacy/{token}/proposal/session/{owner_session_id}/list",
             weight=1, issue="legacy API (issue 5)",
             floor=group_floor(f"g.sessionId = %(owner_session_id)s AND g.sessionId IN ({OWNED_SESSIONS})")),
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


def floor_parameters(values, index=0):
    """Return the fixtures as SQL parameters (lists are cycled by ``index``, like :func:`fill`)."""
    return {k: (v[index % len(v)] if isinstance(v, (list, tuple)) else v) for k, v in values.items()}


def with_limit(path, limit):
    """Return ``path`` with its ``limit`` query parameter set to ``limit``."""
    base, _, query = path.partition("?")
    params = [p for p in query.split("&") if p and not p.startswith("limit=")]
    return f"{base}?{'&'.join(params + [f'limit={limit}'])}"
