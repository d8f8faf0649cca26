# SPDX-License-Identifier: LGPL-3.0-or-later
"""Phasing rows of the Java API (``v_phasing`` + statistics and attachment lists), from base tables."""

from sqlalchemy import case, select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.data.queries import fetch_dicts, fetch_keyed
from pyispyb import models as m
from pyispyb.legacy.services.common import collection_context, source_column
from pyispyb.legacy.services.group_columns import prefixed
from pyispyb.legacy.services.sql import concat_list

STEP, RUN, API, DC, DCG = m.PhasingStep, m.PhasingProgramRun, m.AutoProcIntegration, m.DataCollection, \
    m.DataCollectionGroup

PHASING_COLUMNS = [
    ("BLSample_blSampleId", "BLSample", "blSampleId"),
    *prefixed("AutoProcIntegration", [
        "autoProcIntegrationId", "dataCollectionId", "autoProcProgramId", "startImageNumber", "endImageNumber",
        "refinedDetectorDistance", "refinedXBeam", "refinedYBeam", "rotationAxisX", "rotationAxisY", "rotationAxisZ",
        "beamVectorX", "beamVectorY", "beamVectorZ", "cell_a", "cell_b", "cell_c", "cell_alpha", "cell_beta",
        "cell_gamma", "recordTimeStamp", "anomalous"]),
    *prefixed("SpaceGroup", [
        "spaceGroupId", "geometryClassnameId", "spaceGroupNumber", "spaceGroupShortName", "spaceGroupName",
        "bravaisLattice", "bravaisLatticeName", "pointGroup", "MX_used"]),
    *prefixed("PhasingStep", [
        "phasingStepId", "previousPhasingStepId", "programRunId", "spaceGroupId", "autoProcScalingId",
        "phasingAnalysisId", "phasingStepType", "method", "solventContent", "enantiomorph", "lowRes", "highRes",
        "recordTimeStamp"]),
    *prefixed("DataCollection", [
        "dataCollectionId", "dataCollectionGroupId", "dataCollectionNumber", "startTime", "endTime", "runStatus",
        "numberOfImages", "imageDirectory", "imagePrefix", "wavelength", "resolution", "detectorDistance",
        "xtalSnapshotFullPath1", "bestWilsonPlotPath"]),
    *prefixed("PhasingProgramRun", [
        "phasingProgramRunId", "phasingCommandLine", "phasingPrograms", "phasingStatus", "phasingMessage",
        "phasingStartTime", "phasingEndTime", "phasingEnvironment", "phasingDirectory", "recordTimeStamp"]),
    ("Protein_proteinId", "Protein", "proteinId"),
    *prefixed("BLSession", ["sessionId", "proposalId"]),
]

#: The attachment summaries Java adds: ``(key, attachment column, file name pattern)``.
ATTACHMENT_LISTS = [
    ("csv", "phasingProgramAttachmentId", "%.csv%"), ("map", "phasingProgramAttachmentId", "%.map%"),
    ("pdb", "phasingProgramAttachmentId", "%.pdb%"), ("mapFileName", "fileName", "%.map%"),
    ("pdbFileName", "fileName", "%.pdb%"), ("csvFileName", "fileName", "%.csv%"),
    ("png", "phasingProgramAttachmentId", "%.png%"), ("phasingProgramAttachmentId", "phasingProgramAttachmentId",
                                                      "%.png%"),
    ("fileType", "fileType", "%.png%"),
]

#: What ``mx/phasing/{filter}/{ids}/list`` filters on.
FILTERS = {
    "datacollectionid": DC.dataCollectionId, "datacollectiongroupid": DC.dataCollectionGroupId,
    "sessionid": DCG.sessionId, "autoprocintegrationid": API.autoProcIntegrationId,
    "phasingstepid": STEP.phasingStepId, "sampleid": m.BLSample.blSampleId,
}


def _statistics(step_ids):
    stats = m.PhasingStatistics
    inner = (select(stats.phasingStepId, stats.phasingStatisticsId, stats.metric, stats.statisticsValue)
             .where(stats.phasingStepId.in_(step_ids))
             .order_by(stats.phasingStepId, stats.phasingStatisticsId).subquery("statistics"))
    order = [inner.c.phasingStatisticsId]
    stmt = (select(inner.c.phasingStepId,
                   concat_list(inner.c.phasingStatisticsId, order_by=order)
                   .label("PhasingStatistics_phasingStatisticsIds"),
                   concat_list(inner.c.metric, order_by=order).label("metric"),
                   concat_list(inner.c.statisticsValue, order_by=order).label("statisticsValue"))
            .group_by(inner.c.phasingStepId))
    return fetch_keyed(stmt, "phasingStepId")


def _attachments(run_ids):
    files = m.PhasingProgramAttachment
    inner = (select(files.phasingProgramRunId, files.phasingProgramAttachmentId, files.fileName, files.fileType)
             .where(files.phasingProgramRunId.in_(run_ids))
             .order_by(files.phasingProgramRunId, files.phasingProgramAttachmentId).subquery("files"))
    order = [inner.c.phasingProgramAttachmentId]
    lists = [concat_list(case((inner.c.fileName.like(pattern), inner.c[column])), separator=",", order_by=order)
             .label(key) for key, column, pattern in ATTACHMENT_LISTS]
    stmt = select(inner.c.phasingProgramRunId, *lists).group_by(inner.c.phasingProgramRunId)
    return fetch_keyed(stmt, "phasingProgramRunId")


def phasing_lists(user, proposal_id, filter_name, ids):
    """Return one list of phasing rows per id (in the given order), filtered by ``filter_name``."""
    key_column = FILTERS[filter_name]
    if not ids:
        return []
    source = collection_context(
        STEP.__table__
        .outerjoin(m.SpaceGroup, m.SpaceGroup.spaceGroupId == STEP.spaceGroupId)
        .outerjoin(RUN, RUN.phasingProgramRunId == STEP.programRunId)
        .join(m.AutoProcScalingHasInt, m.AutoProcScalingHasInt.autoProcScalingId == STEP.autoProcScalingId)
        .join(API, API.autoProcIntegrationId == m.AutoProcScalingHasInt.autoProcIntegrationId)
        .join(DC, DC.dataCollectionId == API.dataCollectionId))
    stmt = (select(key_column.label("filterKey"),
                   *[source_column(table, name, key) for key, table, name in PHASING_COLUMNS])
            .select_from(source)
            .where(key_column.in_(ids), m.BLSession.proposalId == proposal_id, *visible_filter(user, DCG))
            .order_by(STEP.phasingStepId))
    rows = fetch_dicts(stmt)
    statistics = _statistics(sorted({r["PhasingStep_phasingStepId"] for r in rows})) if rows else {}
    runs = sorted({r["PhasingProgramRun_phasingProgramRunId"] for r in rows} - {None})
    attachments = _attachments(runs) if runs else {}
    empty = {"PhasingStatistics_phasingStatisticsIds": None, "metric": None, "statisticsValue": None,
             **{key: None for key, _c, _p in ATTACHMENT_LISTS}}
    grouped = {value: [] for value in ids}
    for row in rows:
        row.update(empty)
        row.update(statistics.get(row["PhasingStep_phasingStepId"], {}))
        row.update(attachments.get(row["PhasingProgramRun_phasingProgramRunId"], {}))
        grouped[row.pop("filterKey")].append(row)
    return [grouped[value] for value in ids]
