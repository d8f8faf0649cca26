# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collection group rows of the Java API, built from the base tables.

Java reads ``v_datacollection_summary`` (one row per group, joined to the group's last
data collection, its sample, container, dewar, shipment, protein, diffraction plan,
detector and beamline set-up) grouped by group, plus 37 aggregates. Here the same row is
one query over the base tables, and the aggregates a fixed number of grouped queries
(:mod:`pyispyb.legacy.services.group_aggregates`), whatever the number of groups.
"""

from sqlalchemy import func, null, select

from pyispyb.kernel.access import ensure_visible, visible_filter
from pyispyb import models as m
from pyispyb.legacy.services import group_aggregates
from pyispyb.kernel.data.queries import fetch_dicts
from pyispyb.legacy.services.common import site_expr, site_table, source_column
from pyispyb.legacy.services.group_columns import BASE_COLUMNS, ROW_KEYS, TAIL_COLUMNS

DCG = m.DataCollectionGroup
DC = m.DataCollection


def _group_source():
    """Groups joined to their session and sample chain (what the filters may name)."""
    return (DCG.__table__
            .join(m.BLSession, m.BLSession.sessionId == DCG.sessionId)
            .outerjoin(m.BLSample, m.BLSample.blSampleId == DCG.blSampleId)
            .outerjoin(m.DiffractionPlan, m.DiffractionPlan.diffractionPlanId == m.BLSample.diffractionPlanId)
            .outerjoin(m.Container, m.Container.containerId == m.BLSample.containerId)
            .outerjoin(m.Dewar, m.Dewar.dewarId == m.Container.dewarId)
            .outerjoin(m.Shipping, m.Shipping.shippingId == m.Dewar.shippingId)
            .outerjoin(m.Crystal, m.Crystal.crystalId == m.BLSample.crystalId)
            .outerjoin(m.Protein, m.Protein.proteinId == m.Crystal.proteinId))


def _last_collections(where):
    """``(groupId, dataCollectionId)`` of the last data collection of each group matching ``where``."""
    groups = select(DCG.dataCollectionGroupId).select_from(_group_source()).where(*where)
    return (select(DC.dataCollectionGroupId.label("groupId"), func.max(DC.dataCollectionId).label("dataCollectionId"))
            .where(DC.dataCollectionGroupId.in_(groups))
            .group_by(DC.dataCollectionGroupId)
            .subquery("chosen"))


def _chosen_collections(data_collection_ids):
    """``(groupId, dataCollectionId)`` of the given data collections."""
    return (select(DC.dataCollectionGroupId.label("groupId"), DC.dataCollectionId.label("dataCollectionId"))
            .where(DC.dataCollectionId.in_(data_collection_ids))
            .subquery("chosen"))


def _base_rows(where, chosen, *, every_group, limit, offset):
    """One query: the view columns of the groups, newest data collection first."""
    source = (_group_source()
              .join(chosen, chosen.c.groupId == DCG.dataCollectionGroupId, isouter=every_group)
              .outerjoin(DC, DC.dataCollectionId == chosen.c.dataCollectionId)
              .outerjoin(m.BeamLineSetup, m.BeamLineSetup.beamLineSetupId == m.BLSession.beamLineSetupId)
              .outerjoin(m.Detector, m.Detector.detectorId == DC.detectorId))
    workflow = site_table("Workflow")
    workflow_key = site_expr("DataCollectionGroup", "workflowId")
    joined = workflow is not None and workflow_key is not None
    if joined:
        source = source.outerjoin(workflow, workflow.c.workflowId == workflow_key)
    columns = [null().label(key) if table == "Workflow" and not joined else source_column(table, name, key)
               for key, table, name in BASE_COLUMNS + TAIL_COLUMNS]
    stmt = (select(*columns).select_from(source).where(*where)
            .order_by(DC.startTime.desc(), DCG.dataCollectionGroupId.desc(), DC.dataCollectionId.desc()))
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return fetch_dicts(stmt)


def _finish(rows):
    group_aggregates.attach(rows)
    return [{key: row.get(key) for key in ROW_KEYS} for row in rows]


def group_rows(user, where, *, proposal_id=None, limit=None, offset=0):
    """Return the group rows matching ``where`` (clauses on the joined tables) the user may see."""
    where = list(where) + visible_filter(user, DCG)
    if proposal_id is not None:
        where.append(m.BLSession.proposalId == proposal_id)
    rows = _base_rows(where, _last_collections(where), every_group=True, limit=limit, offset=offset)
    return _finish(rows)


def session_group_rows(user, proposal_id, session_ids, *, limit=None, offset=0):
    """Return the group rows (Java shape) of the sessions the user may see, newest first.

    ``proposal_id`` (None for any) keeps the groups of that proposal's sessions only.
    A fixed number of queries, whatever the number of sessions and groups.
    """
    if not session_ids:
        return []
    return group_rows(user, [DCG.sessionId.in_(list(session_ids))], proposal_id=proposal_id,
                      limit=limit, offset=offset)


def one_session_group_rows(user, session_id, *, limit=None, offset=0):
    """Return the group rows of one session the user may see (404 absent, 403 not the user's)."""
    ensure_visible(user, m.BLSession, m.BLSession.sessionId, session_id)
    return session_group_rows(user, None, [session_id], limit=limit, offset=offset)


def collection_group_rows(user, proposal_id, data_collection_ids):
    """Return one group row per given data collection (its group, with that collection's columns)."""
    if not data_collection_ids:
        return []
    where = visible_filter(user, DCG)
    if proposal_id is not None:
        where.append(m.BLSession.proposalId == proposal_id)
    rows = _base_rows(where, _chosen_collections(list(data_collection_ids)), every_group=False,
                      limit=None, offset=0)
    return _finish(rows)


def sample_group_rows(user, proposal_id, sample_id):
    """Return the group rows of a sample."""
    return group_rows(user, [DCG.blSampleId == sample_id], proposal_id=proposal_id)


def acronym_group_rows(user, proposal_id, acronyms):
    """Return the group rows of the samples of proteins with these acronyms."""
    if not acronyms:
        return []
    return group_rows(user, [m.Protein.acronym.in_(list(acronyms))], proposal_id=proposal_id)
