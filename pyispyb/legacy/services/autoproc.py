# SPDX-License-Identifier: LGPL-3.0-or-later
"""Autoprocessing of the Java API: integration views per data collection, program attachments."""

from sqlalchemy import func, or_, select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.data.queries import fetch_dicts, fetch_keyed, present_columns
from pyispyb import models as m
from pyispyb.legacy.services.common import collection_context, source_column
from pyispyb.legacy.services.group_aggregates import integration_source
from pyispyb.legacy.services.sql import concat_list

Integration, Program = m.AutoProcIntegration, m.AutoProcProgram
SCALING, STATS = m.AutoProcScaling, m.AutoProcScalingStatistics
DC, DCG, ATTACHMENT = m.DataCollection, m.DataCollectionGroup, m.AutoProcProgramAttachment

PREFIX = "v_datacollection_summary_phasing_"
INTEGRATION_COLUMNS = [
    (f"{PREFIX}autoProcIntegrationId", "AutoProcIntegration", "autoProcIntegrationId"),
    (f"{PREFIX}dataCollectionId", "AutoProcIntegration", "dataCollectionId"),
    *[(f"{PREFIX}{c}", "AutoProcIntegration", c) for c in ("cell_a", "cell_b", "cell_c", "cell_alpha", "cell_beta",
                                                           "cell_gamma", "anomalous")],
    (f"{PREFIX}autoproc_space_group", "AutoProc", "spaceGroup"),
    (f"{PREFIX}autoproc_autoprocId", "AutoProc", "autoProcId"),
    (f"{PREFIX}autoProcScalingId", "AutoProcScaling", "autoProcScalingId"),
    ("v_datacollection_processingPrograms", "AutoProcProgram", "processingPrograms"),
    (f"{PREFIX}autoProcProgramId", "AutoProcProgram", "autoProcProgramId"),
    ("v_datacollection_processingStatus", "AutoProcProgram", "processingStatus"),
    ("v_datacollection_processingStartTime", "AutoProcProgram", "processingStartTime"),
    ("v_datacollection_processingEndTime", "AutoProcProgram", "processingEndTime"),
    ("v_datacollection_summary_session_sessionId", "BLSession", "sessionId"),
    ("v_datacollection_summary_session_proposalId", "BLSession", "proposalId"),
    ("AutoProcIntegration_dataCollectionId", "AutoProcIntegration", "dataCollectionId"),
    ("AutoProcIntegration_autoProcIntegrationId", "AutoProcIntegration", "autoProcIntegrationId"),
    ("Protein_proteinId", "Protein", "proteinId"), ("Protein_acronym", "Protein", "acronym"),
    ("BLSample_name", "BLSample", "name"),
    ("DataCollection_dataCollectionNumber", "DataCollection", "dataCollectionNumber"),
    ("DataCollection_imagePrefix", "DataCollection", "imagePrefix"),
]

#: Per-shell statistics joined with commas, one item per ``AutoProcScalingStatistics`` row.
STATISTICS = [
    "scalingStatisticsType", "resolutionLimitLow", "resolutionLimitHigh", "completeness", "multiplicity",
    "anomalousMultiplicity", "ccHalf", "meanIOverSigI", "anomalousCompleteness", "rMerge", "rMeasWithinIPlusIMinus",
    "rMeasAllIPlusIMinus", "rPimWithinIPlusIMinus", "rPimAllIPlusIMinus", "fractionalPartialBias",
    "nTotalObservations", "nTotalUniqueObservations", "anomalous", "sigAno", "ccAno", "isa",
]
PHASING_KEYS = ["PhasingStep_phasing_phasingStepType", "SpaceGroup_spaceGroupShortName",
                "phasingStepType", "spaceGroupIds", "spaceGroupShortName"]


def _statistics(scaling_ids):
    inner = (select(STATS.autoProcScalingId, STATS.autoProcScalingStatisticsId,
                    *[source_column("AutoProcScalingStatistics", name) for name in STATISTICS])
             .where(STATS.autoProcScalingId.in_(scaling_ids))
             .order_by(STATS.autoProcScalingId, STATS.autoProcScalingStatisticsId).subquery("statistics"))
    order = [inner.c.autoProcScalingStatisticsId]
    stmt = (select(inner.c.autoProcScalingId,
                   *[concat_list(inner.c[name], separator=",", order_by=order).label(name) for name in STATISTICS])
            .group_by(inner.c.autoProcScalingId))
    return fetch_keyed(stmt, "autoProcScalingId")


def _phasing(scaling_ids):
    step, group = m.PhasingStep, m.SpaceGroup
    inner = (select(step.autoProcScalingId, step.phasingStepId, step.phasingStepType, step.spaceGroupId,
                    group.spaceGroupShortName)
             .outerjoin(group, group.spaceGroupId == step.spaceGroupId)
             .where(step.autoProcScalingId.in_(scaling_ids))
             .order_by(step.autoProcScalingId, step.phasingStepId).subquery("phasing"))
    order = [inner.c.phasingStepId]
    stmt = (select(inner.c.autoProcScalingId,
                   func.min(inner.c.phasingStepType).label("PhasingStep_phasing_phasingStepType"),
                   func.min(inner.c.spaceGroupShortName).label("SpaceGroup_spaceGroupShortName"),
                   concat_list(inner.c.phasingStepType, separator=",", order_by=order).label("phasingStepType"),
                   concat_list(inner.c.spaceGroupId, separator=",", order_by=order).label("spaceGroupIds"),
                   concat_list(inner.c.spaceGroupShortName, separator=",", order_by=order)
                   .label("spaceGroupShortName"))
            .group_by(inner.c.autoProcScalingId))
    return fetch_keyed(stmt, "autoProcScalingId")


def integration_views(user, proposal_id, dc_ids):
    """Return one list per data collection id (in the given order) of its integration rows."""
    if not dc_ids:
        return []
    source = collection_context(integration_source(statistics=False)
                                .join(DC, DC.dataCollectionId == Integration.dataCollectionId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in INTEGRATION_COLUMNS])
            .select_from(source)
            .where(Integration.dataCollectionId.in_(dc_ids), m.BLSession.proposalId == proposal_id,
                   *visible_filter(user, DCG))
            .order_by(Integration.autoProcIntegrationId, SCALING.autoProcScalingId))
    rows = fetch_dicts(stmt)
    scaling_ids = sorted({row[f"{PREFIX}autoProcScalingId"] for row in rows} - {None})
    statistics = _statistics(scaling_ids) if scaling_ids else {}
    phasing = _phasing(scaling_ids) if scaling_ids else {}
    by_collection = {dc_id: [] for dc_id in dc_ids}
    for row in rows:
        scaling_id = row[f"{PREFIX}autoProcScalingId"]
        row.update(statistics.get(scaling_id, {name: None for name in STATISTICS}))
        row.update(phasing.get(scaling_id, {key: None for key in PHASING_KEYS}))
        by_collection[row["AutoProcIntegration_dataCollectionId"]].append(row)
    return [by_collection[dc_id] for dc_id in dc_ids]


def program_in_proposal(proposal_id):
    """Clause: an ``AutoProcProgram`` of the proposal (through its integrations or processing job)."""
    sessions = (select(DC.dataCollectionId).join(DCG, DCG.dataCollectionGroupId == DC.dataCollectionGroupId)
                .join(m.BLSession, m.BLSession.sessionId == DCG.sessionId)
                .where(m.BLSession.proposalId == proposal_id))
    by_integration = select(Integration.autoProcProgramId).where(Integration.dataCollectionId.in_(sessions))
    by_job = select(m.ProcessingJob.processingJobId).where(m.ProcessingJob.dataCollectionId.in_(sessions))
    return or_(Program.autoProcProgramId.in_(by_integration), Program.processingJobId.in_(by_job))


def attachments(user, proposal_id, program_ids, where=()):
    """Return ``(program row, attachment rows)`` for the user's programs of the proposal, by id."""
    programs = fetch_dicts(select(Program.autoProcProgramId, Program.processingPrograms)
                           .where(Program.autoProcProgramId.in_(program_ids), program_in_proposal(proposal_id),
                                  *visible_filter(user, Program)))
    found = {row["autoProcProgramId"]: row for row in programs}
    files = fetch_dicts(select(*present_columns(ATTACHMENT))
                        .where(ATTACHMENT.autoProcProgramId.in_(sorted(found) or [-1]), *where)
                        .order_by(ATTACHMENT.autoProcProgramAttachmentId))
    by_program = {program_id: [] for program_id in found}
    for row in files:
        by_program[row["autoProcProgramId"]].append(row)
    return [(found[pid], by_program[pid]) for pid in program_ids if pid in found]


def attachment_lists(user, proposal_id, program_ids):
    """Return one list of attachments per program id (empty for programs that are not the user's)."""
    found = {program["autoProcProgramId"]: files for program, files in attachments(user, proposal_id, program_ids)}
    return [found.get(program_id, []) for program_id in program_ids]


def attachment(user, proposal_id, attachment_id):
    """Return the attachment row the user may read in the proposal, or None."""
    key = ATTACHMENT.autoProcProgramAttachmentId
    rows = fetch_dicts(select(ATTACHMENT.autoProcProgramId).where(key == attachment_id))
    if not rows:
        return None
    for _program, files in attachments(user, proposal_id, [rows[0]["autoProcProgramId"]],
                                       [key == attachment_id]):
        return files[0] if files else None
    return None
