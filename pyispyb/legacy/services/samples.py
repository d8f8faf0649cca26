# SPDX-License-Identifier: LGPL-3.0-or-later
"""Samples (Java ``v_mx_sample`` rows), crystals and proteins (Java ``Crystal3VO``/``Protein3VO``)."""

from sqlalchemy import and_, false, func, select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.data.queries import attach_parent, fetch_dicts
from pyispyb import models as m
from pyispyb.legacy.services.common import paged, source_column
from pyispyb.legacy.services.group_columns import prefixed

SAMPLE, DCG = m.BLSample, m.DataCollectionGroup

SAMPLE_COLUMNS = [
    *prefixed("BLSample", [
        "blSampleId", "diffractionPlanId", "crystalId", "containerId", "name", "code", "location", "holderLength",
        "loopLength", "loopType", "wireWidth", "comments", "completionStage", "structureStage", "publicationStage",
        "publicationComments", "blSampleStatus", "isInSampleChanger", "lastKnownCenteringPosition",
        "recordTimeStamp", "SMILES"]),
    *prefixed("Protein", ["proteinId", "name", "acronym", "proteinType"]),
    ("Protein_proposalId", "Shipping", "proposalId"),
    *prefixed("Person", ["personId", "familyName", "givenName", "emailAddress"]),
    *prefixed("Container", [
        "containerId", "code", "containerType", "containerStatus", "beamlineLocation", "sampleChangerLocation"]),
    *prefixed("Dewar", ["code", "dewarId", "storageLocation", "dewarStatus", "barCode"]),
    ("Shipping_shippingId", "Shipping", "shippingId"),
    ("sessionId", "BLSession", "sessionId"),
    ("BLSession_startDate", "BLSession", "startDate"),
    ("BLSession_beamLineName", "BLSession", "beamLineName"),
]

#: ``Protein3VO`` keys and their columns.
PROTEIN_VO = [
    ("proteinId", "proteinId"), ("name", "name"), ("acronym", "acronym"), ("safetyLevel", "safetyLevel"),
    ("molecularMass", "molecularMass"), ("proteinType", "proteinType"), ("sequence", "sequence"),
    ("personId", "personId"), ("timeStamp", "bltimeStamp"), ("isCreatedBySampleSheet", "isCreatedBySampleSheet"),
    ("externalId", "externalId"),
]
#: ``Crystal3VO`` keys and their columns (``proteinVO``, ``diffractionPlanVO`` are attached).
CRYSTAL_VO = [
    ("crystalId", "crystalId"), ("crystalUUID", "crystalUUID"), ("name", "name"), ("spaceGroup", "spaceGroup"),
    ("morphology", "morphology"), ("color", "color"), ("sizeX", "size_X"), ("sizeY", "size_Y"), ("sizeZ", "size_Z"),
    ("cellA", "cell_a"), ("cellB", "cell_b"), ("cellC", "cell_c"), ("cellAlpha", "cell_alpha"),
    ("cellBeta", "cell_beta"), ("cellGamma", "cell_gamma"), ("comments", "comments"),
    ("pdbFileName", "pdbFileName"), ("pdbFilePath", "pdbFilePath"),
]


def _visible_person(user, join):
    """The join to a protein's person, limited to persons the user may see (``Protein.personId`` has no key)."""
    try:
        return and_(join, *visible_filter(user, m.Person))
    except Forbidden:
        return false()


def sample_rows(user, proposal_id, where=(), group_where=(), page=None):
    """Return ``v_mx_sample`` rows of the proposal's samples matching ``where``.

    One row per sample; its session columns and ``DataCollectionGroup_dataCollectionGroupId``
    come from the sample's last data collection group (among ``group_where``).
    """
    samples = (SAMPLE.__table__
               .outerjoin(m.Crystal, m.Crystal.crystalId == SAMPLE.crystalId)
               .outerjoin(m.Protein, m.Protein.proteinId == m.Crystal.proteinId)
               .outerjoin(m.Person, _visible_person(user, m.Person.personId == m.Protein.personId))
               .outerjoin(m.Container, m.Container.containerId == SAMPLE.containerId)
               .outerjoin(m.Dewar, m.Dewar.dewarId == m.Container.dewarId)
               .outerjoin(m.Shipping, m.Shipping.shippingId == m.Dewar.shippingId))
    where = [m.Shipping.proposalId == proposal_id, *where, *visible_filter(user, SAMPLE)]
    matching = select(SAMPLE.blSampleId).select_from(samples).where(*where)
    last = (select(DCG.blSampleId.label("sampleId"), func.max(DCG.dataCollectionGroupId).label("groupId"))
            .where(DCG.blSampleId.in_(matching), *group_where).group_by(DCG.blSampleId).subquery("last_group"))
    source = (samples.outerjoin(last, last.c.sampleId == SAMPLE.blSampleId)
              .outerjoin(DCG, DCG.dataCollectionGroupId == last.c.groupId)
              .outerjoin(m.BLSession, m.BLSession.sessionId == DCG.sessionId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in SAMPLE_COLUMNS],
                   last.c.groupId.label("DataCollectionGroup_dataCollectionGroupId"))
            .select_from(source).where(*where).order_by(SAMPLE.blSampleId))
    return fetch_dicts(paged(stmt, page))


def session_sample_rows(user, proposal_id, session_id, page=None):
    """Return the sample rows of the samples collected during a session."""
    in_session = select(DCG.blSampleId).where(DCG.sessionId == session_id)
    return sample_rows(user, proposal_id, [SAMPLE.blSampleId.in_(in_session)], [DCG.sessionId == session_id], page)


def _vo(row, mapping):
    return {key: row.get(name) for key, name in mapping}


def protein_vos(user, proposal_id, where=(), page=None):
    """Return ``Protein3VO`` dicts of the proposal's proteins."""
    stmt = (select(*[source_column("Protein", name) for _key, name in PROTEIN_VO])
            .where(m.Protein.proposalId == proposal_id, *where, *visible_filter(user, m.Protein))
            .order_by(m.Protein.proteinId))
    return [_vo(row, PROTEIN_VO) for row in fetch_dicts(paged(stmt, page))]


def crystal_vos(user, proposal_id, where=(), page=None):
    """Return ``Crystal3VO`` dicts (with ``proteinVO`` and ``diffractionPlanVO``) of the proposal's crystals."""
    names = sorted({name for _key, name in CRYSTAL_VO} | {"proteinId", "diffractionPlanId"})
    stmt = (select(*[source_column("Crystal", name) for name in names])
            .join(m.Protein, m.Protein.proteinId == m.Crystal.proteinId)
            .where(m.Protein.proposalId == proposal_id, *where, *visible_filter(user, m.Crystal))
            .order_by(m.Crystal.crystalId))
    rows = fetch_dicts(paged(stmt, page))
    proteins = [source_column("Protein", name) for _key, name in PROTEIN_VO]
    attach_parent(rows, key="proteinId", column=m.Protein.proteinId, name="protein", columns=proteins)
    attach_parent(rows, key="diffractionPlanId", column=m.DiffractionPlan.diffractionPlanId, name="plan")
    crystals = []
    for row in rows:
        crystal = _vo(row, CRYSTAL_VO)
        crystal["proteinVO"] = _vo(row["protein"], PROTEIN_VO) if row["protein"] else None
        crystal["diffractionPlanVO"] = row["plan"]
        crystal["structure3VOs"] = []
        crystals.append(crystal)
    return crystals
