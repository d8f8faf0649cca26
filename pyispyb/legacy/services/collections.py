# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collection rows of the Java API (``v_datacollection`` + aggregates), one per data collection.

Used by ``mx/datacollection/datacollectiongroupid/{ids}/list``: the data collections of
groups, each with its first processing row, comma lists over all its processing rows
(``'null'`` for missing values, as Java writes them), phasing and workflow-mesh summaries.
"""

from sqlalchemy import func, select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.data.queries import fetch_dicts, fetch_keyed
from pyispyb import models as m
from pyispyb.legacy.services import group_aggregates as aggregates
from pyispyb.legacy.services.common import paged, site_expr, site_table, source_column
from pyispyb.legacy.services.group_columns import plain
from pyispyb.legacy.services.sql import concat_list

DC, DCG = m.DataCollection, m.DataCollectionGroup

COLLECTION_COLUMNS = [
    *plain("DataCollection", [
        "dataCollectionId", "dataCollectionGroupId", "strategySubWedgeOrigId", "detectorId", "blSubSampleId",
        "dataCollectionNumber", "startTime", "endTime", "runStatus", "axisStart", "axisEnd", "axisRange", "overlap",
        "numberOfImages", "startImageNumber", "numberOfPasses", "exposureTime", "imageDirectory", "imagePrefix",
        "imageSuffix", "fileTemplate", "wavelength", "resolution", "detectorDistance", "xBeam", "yBeam", "xBeamPix",
        "yBeamPix", "comments", "printableForReport", "slitGapVertical", "slitGapHorizontal", "transmission",
        "synchrotronMode", "xtalSnapshotFullPath1", "xtalSnapshotFullPath2", "xtalSnapshotFullPath3",
        "xtalSnapshotFullPath4", "rotationAxis", "phiStart", "kappaStart", "omegaStart", "resolutionAtCorner",
        "detector2Theta", "undulatorGap1", "undulatorGap2", "undulatorGap3", "beamSizeAtSampleX",
        "beamSizeAtSampleY", "centeringMethod", "averageTemperature", "actualCenteringPosition", "beamShape", "flux",
        "flux_end", "totalAbsorbedDose", "bestWilsonPlotPath", "imageQualityIndicatorsPlotPath",
        "imageQualityIndicatorsCSVPath"]),
    *plain("BLSession", ["sessionId", "proposalId"]),
    ("workflowId", "DataCollectionGroup", "workflowId"),
]

FIRST_PROCESSING_KEYS = [
    "AutoProcIntegration_dataCollectionId", "autoProcScalingId", "cell_a", "cell_b", "cell_c", "cell_alpha",
    "cell_beta", "cell_gamma", "anomalous", "scalingStatisticsType", "resolutionLimitHigh", "resolutionLimitLow",
    "completeness", "AutoProc_spaceGroup", "autoProcId", "rMerge", "ccHalf", "meanIOverSigI",
    "AutoProcIntegration_autoProcIntegrationId", "AutoProcProgram_processingPrograms",
    "AutoProcProgram_processingStatus", "AutoProcProgram_autoProcProgramId",
]

COLLECTION_LISTS = [
    *aggregates.GROUP_LISTS[:14], ("completenessList", "completeness"), ("AutoProc_spaceGroups", "spaceGroup"),
    ("meanIOverSigIList", "meanIOverSigI"), ("rMerges", "rMerge"), ("ccHalfList", "ccHalf"),
]


def _phasing_counts(dc_ids):
    step, has_int, integration = m.PhasingStep, m.AutoProcScalingHasInt, m.AutoProcIntegration
    stmt = (select(integration.dataCollectionId, func.count().label("hasPhasing"))
            .select_from(step.__table__
                         .join(has_int, has_int.autoProcScalingId == step.autoProcScalingId)
                         .join(integration, integration.autoProcIntegrationId == has_int.autoProcIntegrationId))
            .where(integration.dataCollectionId.in_(dc_ids)).group_by(integration.dataCollectionId))
    return {row["dataCollectionId"]: row["hasPhasing"] for row in fetch_dicts(stmt)}


def _integration_counts(dc_ids):
    integration = m.AutoProcIntegration
    stmt = (select(integration.dataCollectionId, func.count().label("n"))
            .where(integration.dataCollectionId.in_(dc_ids)).group_by(integration.dataCollectionId))
    return {row["dataCollectionId"]: row["n"] for row in fetch_dicts(stmt)}


def _mesh_values(workflow_ids):
    """``{workflowId: {value1..value4}}`` from ``WorkflowMesh`` where the schema has it."""
    mesh = site_table("WorkflowMesh")
    if mesh is None or not workflow_ids:
        return {}
    values = [concat_list(mesh.c[name], separator=",").label(name)
              for name in ("value1", "value2", "value3", "value4") if name in mesh.c]
    stmt = select(mesh.c.workflowId, *values).where(mesh.c.workflowId.in_(workflow_ids)).group_by(mesh.c.workflowId)
    return fetch_keyed(stmt, "workflowId")


def group_collection_rows(user, proposal_id, group_ids, page=None):
    """Return the data collection rows of the groups the user may see, newest first."""
    if not group_ids:
        return []
    where = [DC.dataCollectionGroupId.in_(list(group_ids)), *visible_filter(user, DCG)]
    if proposal_id is not None:
        where.append(m.BLSession.proposalId == proposal_id)
    source = (DC.__table__.join(DCG, DCG.dataCollectionGroupId == DC.dataCollectionGroupId)
              .join(m.BLSession, m.BLSession.sessionId == DCG.sessionId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in COLLECTION_COLUMNS])
            .select_from(source).where(*where).order_by(DC.startTime.desc(), DC.dataCollectionId.desc()))
    rows = fetch_dicts(paged(stmt, page))
    dc_ids = [row["dataCollectionId"] for row in rows]
    if not dc_ids:
        return rows
    first = aggregates.first_processing(dc_ids)
    lists = aggregates.processing_lists(dc_ids, COLLECTION_LISTS, null_as="null")
    phasing, integrations = _phasing_counts(dc_ids), _integration_counts(dc_ids)
    ranking = _ranking_resolutions(sorted({row["dataCollectionGroupId"] for row in rows}))
    mesh = _mesh_values(sorted({row["workflowId"] for row in rows} - {None}))
    for row in rows:
        dc_id = row["dataCollectionId"]
        row.update({key: first.get(dc_id, {}).get(key) for key in FIRST_PROCESSING_KEYS})
        row["ScreeningOutput_rankingResolution"] = ranking.get(row["dataCollectionGroupId"])
        row.update(lists.get(dc_id, {key: None for key, _source in COLLECTION_LISTS}))
        row["hasPhasing"] = phasing.get(dc_id, 0)
        row.update(mesh.get(row["workflowId"], {"value1": None, "value2": None, "value3": None, "value4": None}))
        row["hasAutoProcessing"] = integrations.get(dc_id, 0)
    return rows


def _ranking_resolutions(group_ids):
    """``{groupId: rankingResolution}`` of the first screening output of each group."""
    screening, output = m.Screening, m.ScreeningOutput
    ranking = site_expr("ScreeningOutput", "rankingResolution")
    if ranking is None:
        return {}
    stmt = (select(screening.dataCollectionGroupId, ranking.label("ranking"))
            .join(output, output.screeningId == screening.screeningId)
            .where(screening.dataCollectionGroupId.in_(group_ids))
            .order_by(screening.screeningId, output.screeningOutputId))
    found = {}
    for row in fetch_dicts(stmt):
        found.setdefault(row["dataCollectionGroupId"], row["ranking"])
    return found
