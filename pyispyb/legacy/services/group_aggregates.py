# SPDX-License-Identifier: LGPL-3.0-or-later
"""The 37 aggregates of a data collection group row, and its first processing and screening rows.

Each kind is one grouped select over all the rows' groups (or data collections) at once;
the selects keyed by data collection (processing lists, the first processing row, images)
run as one query, those keyed by group (phasing, the groups' data collections) as
another; then the first screening and, on schemas that have them, the workflow steps.
"""

from sqlalchemy import case, func, select

from pyispyb.kernel.data.queries import fetch_dicts, fetch_keyed, fetch_merged
from pyispyb import models as m
from pyispyb.legacy.services.common import site_table, source_column
from pyispyb.legacy.services.group_columns import AUTOPROC_KEYS, SCREENING_COLUMNS
from pyispyb.legacy.services.sql import concat_list, datetime_text

Integration, Program, AutoProc = m.AutoProcIntegration, m.AutoProcProgram, m.AutoProc
SCALING, STATS, HAS_INT = m.AutoProcScaling, m.AutoProcScalingStatistics, m.AutoProcScalingHasInt
DC = m.DataCollection

#: ``(list key, first-row key, source column label)`` of the processing rows of a data collection.
PROCESSING = [
    ("processingPrograms", "AutoProcProgram_processingPrograms", "processingPrograms"),
    ("processingStatus", "AutoProcProgram_processingStatus", "processingStatus"),
    ("autoProcIntegrationId", "AutoProcIntegration_autoProcIntegrationId", "autoProcIntegrationId"),
    *[(f"Autoprocessing_{c}", c, c) for c in ("cell_a", "cell_b", "cell_c", "cell_alpha", "cell_beta", "cell_gamma",
                                                 "anomalous")],
    ("autoProcIds", "autoProcId", "autoProcId"),
    ("scalingStatisticsTypes", "scalingStatisticsType", "scalingStatisticsType"),
    ("resolutionsLimitHigh", "resolutionLimitHigh", "resolutionLimitHigh"),
    ("resolutionsLimitLow", "resolutionLimitLow", "resolutionLimitLow"),
    ("rMerges", "rMerge", "rMerge"),
    ("completenessList", "completeness", "completeness"),
    ("AutoProc_spaceGroups", "AutoProc_spaceGroup", "spaceGroup"),
    (None, "AutoProcIntegration_dataCollectionId", "dataCollectionId"),
    (None, "autoProcScalingId", "autoProcScalingId"),
    (None, "AutoProcProgram_autoProcProgramId", "autoProcProgramId"),
    (None, "ccHalf", "ccHalf"),
    (None, "meanIOverSigI", "meanIOverSigI"),
]


def integration_source(statistics=True):
    """``AutoProcIntegration`` joined to its program, scaling and ``AutoProc`` (and statistics shells)."""
    source = (Integration.__table__
              .outerjoin(Program, Program.autoProcProgramId == Integration.autoProcProgramId)
              .outerjoin(HAS_INT, HAS_INT.autoProcIntegrationId == Integration.autoProcIntegrationId)
              .outerjoin(SCALING, SCALING.autoProcScalingId == HAS_INT.autoProcScalingId))
    if statistics:
        source = source.outerjoin(STATS, STATS.autoProcScalingId == SCALING.autoProcScalingId)
    return source.outerjoin(AutoProc, AutoProc.autoProcId == SCALING.autoProcId)


def _processing_rows(dc_ids):
    """Integration x scaling statistics rows of the data collections, in a stable order."""
    cells = [source_column("AutoProcIntegration", c) for c in ("cell_a", "cell_b", "cell_c", "cell_alpha",
                                                                 "cell_beta", "cell_gamma", "anomalous")]
    source = integration_source()
    return (select(Integration.dataCollectionId.label("dataCollectionId"), Program.processingPrograms,
                   Program.processingStatus,
                   Program.autoProcProgramId, Integration.autoProcIntegrationId, *cells, AutoProc.autoProcId,
                   STATS.scalingStatisticsType, STATS.resolutionLimitHigh, STATS.resolutionLimitLow, STATS.rMerge,
                   STATS.completeness, source_column("AutoProcScalingStatistics", "meanIOverSigI"),
                   source_column("AutoProcScalingStatistics", "ccHalf"), AutoProc.spaceGroup, SCALING.autoProcScalingId,
                   STATS.autoProcScalingStatisticsId.label("statisticsId"))
            .select_from(source).where(Integration.dataCollectionId.in_(dc_ids))
            .order_by(Integration.dataCollectionId, Integration.autoProcIntegrationId,
                      STATS.autoProcScalingStatisticsId))


GROUP_LISTS = [(key, source) for key, _first, source in PROCESSING if key]


def processing_lists(dc_ids, lists=GROUP_LISTS, null_as=None):
    """``{dataCollectionId: {list key: "a, b, ..."}}``: one item per integration x statistics row.

    ``lists`` is ``[(key, source label)]``; ``null_as`` writes NULLs as that text instead of skipping them.
    """
    return fetch_keyed(processing_lists_select(dc_ids, lists, null_as), "dataCollectionId")


def processing_lists_select(dc_ids, lists=GROUP_LISTS, null_as=None):
    """The grouped select of :func:`processing_lists` (key ``dataCollectionId``)."""
    inner = _processing_rows(dc_ids).subquery("processing")  # ordered: SQLite concatenates in row order
    order = [inner.c.autoProcIntegrationId, inner.c.statisticsId]
    lists = [concat_list(inner.c[source], order_by=order, null_as=null_as).label(key) for key, source in lists]
    return select(inner.c.dataCollectionId, *lists).group_by(inner.c.dataCollectionId)


def first_processing(dc_ids):
    """``{dataCollectionId: {first-row key: value}}`` from the first processing row of each collection."""
    return fetch_keyed(first_processing_select(dc_ids), "firstOf")


def first_processing_select(dc_ids):
    """The first processing row of each collection (by integration, then statistics shell; key ``firstOf``)."""
    inner = _processing_rows(dc_ids).order_by(None)
    number = func.row_number().over(partition_by=Integration.dataCollectionId,
                                    order_by=[Integration.autoProcIntegrationId, STATS.autoProcScalingStatisticsId])
    numbered = inner.add_columns(number.label("rowNumber")).subquery("numbered")
    return (select(numbered.c.dataCollectionId.label("firstOf"),
                   *[numbered.c[source].label(key) for _list, key, source in PROCESSING])
            .where(numbered.c.rowNumber == 1))


def image_aggregates_select(dc_ids):
    """Per data collection (key ``dataCollectionId``): lastImageId, firstImageId, synchrotronCurrent."""
    inner = (select(m.Image.dataCollectionId, m.Image.imageId, m.Image.synchrotronCurrent)
             .where(m.Image.dataCollectionId.in_(dc_ids))
             .order_by(m.Image.dataCollectionId, m.Image.imageId).subquery("images"))
    return (select(inner.c.dataCollectionId, func.max(inner.c.imageId).label("lastImageId"),
                   func.min(inner.c.imageId).label("firstImageId"),
                   concat_list(inner.c.synchrotronCurrent, separator=",", order_by=[inner.c.imageId])
                   .label("synchrotronCurrent"))
            .group_by(inner.c.dataCollectionId))


def phasing_select(group_ids):
    """Per group (key ``groupId``): hasPhasing, hasMR, SpaceGroupModelResolvedByPhasing and ...ByMr."""
    step = m.PhasingStep
    source = (step.__table__
              .outerjoin(m.SpaceGroup, m.SpaceGroup.spaceGroupId == step.spaceGroupId)
              .join(HAS_INT, HAS_INT.autoProcScalingId == step.autoProcScalingId)
              .join(Integration, Integration.autoProcIntegrationId == HAS_INT.autoProcIntegrationId)
              .join(DC, DC.dataCollectionId == Integration.dataCollectionId))
    short_name = m.SpaceGroup.spaceGroupShortName
    return (select(DC.dataCollectionGroupId.label("groupId"),
                   func.count(case((step.method == "SAD", 1))).label("hasPhasing"),
                   func.count(case((step.method == "MR", 1))).label("hasMR"),
                   concat_list(case((step.phasingStepType == "MODELBUILDING", short_name)), distinct=True)
                   .label("SpaceGroupModelResolvedByPhasing"),
                   concat_list(case((step.phasingStepType == "REFINEMENT", short_name)), distinct=True)
                   .label("SpaceGroupModelResolvedByMr"))
            .select_from(source).where(DC.dataCollectionGroupId.in_(group_ids))
            .group_by(DC.dataCollectionGroupId))


def collection_lists_select(group_ids):
    """Per group (key ``groupId``): totals and comma lists over every data collection of the group."""
    inner = (select(DC.dataCollectionGroupId.label("groupId"), DC.dataCollectionId, DC.imageDirectory,
                    datetime_text(DC.startTime).label("startTime"), source_column("DataCollection", "magnification"),
                    source_column("DataCollection", "voltage"), DC.numberOfImages)
             .where(DC.dataCollectionGroupId.in_(group_ids))
             .order_by(DC.dataCollectionGroupId, DC.dataCollectionId).subquery("collections"))
    order = [inner.c.dataCollectionId]

    def listed(name):
        return concat_list(inner.c[name], separator=",", order_by=order)

    return (select(inner.c.groupId,
                   func.sum(inner.c.numberOfImages).label("totalNumberOfImages"),
                   func.count(inner.c.dataCollectionId).label("totalNumberOfDataCollections"),
                   func.count(inner.c.dataCollectionId).label("numberOfGridSquares"),
                   listed("dataCollectionId").label("dataCollectionIdList"),
                   listed("imageDirectory").label("imageDirectoryList"),
                   listed("startTime").label("startTimeList"),
                   listed("magnification").label("magnificationList"),
                   listed("voltage").label("voltageList"),
                   listed("numberOfImages").label("imagesCount"))
            .group_by(inner.c.groupId))


def first_screenings(group_ids):
    """``{groupId: {Screening_* ...}}`` from the first screening of each group."""
    screening, output = m.Screening, m.ScreeningOutput
    lattice, strategy = m.ScreeningOutputLattice, m.ScreeningStrategy
    wedge, sub_wedge = m.ScreeningStrategyWedge, m.ScreeningStrategySubWedge
    firsts = (select(func.min(screening.screeningId)).where(screening.dataCollectionGroupId.in_(group_ids))
              .group_by(screening.dataCollectionGroupId))
    source = (screening.__table__
              .outerjoin(output, output.screeningId == screening.screeningId)
              .outerjoin(lattice, lattice.screeningOutputId == output.screeningOutputId)
              .outerjoin(strategy, strategy.screeningOutputId == output.screeningOutputId)
              .outerjoin(wedge, wedge.screeningStrategyId == strategy.screeningStrategyId)
              .outerjoin(sub_wedge, sub_wedge.screeningStrategyWedgeId == wedge.screeningStrategyWedgeId))
    stmt = (select(screening.dataCollectionGroupId.label("groupKey"),
                   *[source_column(table, name, key) for key, table, name in SCREENING_COLUMNS])
            .select_from(source).where(screening.screeningId.in_(firsts))
            .order_by(screening.screeningId, output.screeningOutputId, lattice.screeningOutputLatticeId,
                      strategy.screeningStrategyId, wedge.screeningStrategyWedgeId,
                      sub_wedge.screeningStrategySubWedgeId))
    first = {}
    for row in fetch_dicts(stmt):
        first.setdefault(row.pop("groupKey"), row)
    return first


def workflow_steps(workflow_ids):
    """``{workflowId: {WorkflowStep_* ...}}`` on schemas with a ``WorkflowStep`` table (else empty)."""
    steps = site_table("WorkflowStep")
    if steps is None or not workflow_ids:
        return {}
    kind = steps.c.get("workflowStepType", steps.c.get("type"))
    if kind is None:
        return {}
    inner = (select(steps.c.workflowId, steps.c.workflowStepId, kind.label("kind"), steps.c.status)
             .where(steps.c.workflowId.in_(workflow_ids))
             .order_by(steps.c.workflowId, steps.c.workflowStepId.desc()).subquery("steps"))
    order = [inner.c.workflowStepId.desc()]

    def listed(expr):
        return concat_list(expr, separator=",", order_by=order)

    stmt = (select(inner.c.workflowId,
                   listed(inner.c.workflowStepId).label("WorkflowStep_workflowStepId"),
                   listed(inner.c.kind).label("WorkflowStep_workflowStepType"),
                   listed(inner.c.status).label("WorkflowStep_status"),
                   listed(case((inner.c.kind == "Characterisation", inner.c.workflowStepId)))
                   .label("characterisationWorkflowStepIds"))
            .group_by(inner.c.workflowId))
    return fetch_keyed(stmt, "workflowId")


def attach(rows):
    """Fill the aggregate, first-processing and screening keys of group rows (in place)."""
    group_ids = sorted({r["DataCollectionGroup_dataCollectionGroupId"] for r in rows})
    dc_ids = sorted({r["DataCollection_dataCollectionId"] for r in rows} - {None})
    workflow_ids = sorted({r["Workflow_workflowId"] for r in rows} - {None})
    if not group_ids:
        return rows
    by_collection = [fetch_merged(DC.dataCollectionId, dc_ids, [
        (processing_lists_select(dc_ids), "dataCollectionId"), (first_processing_select(dc_ids), "firstOf"),
        (image_aggregates_select(dc_ids), "dataCollectionId")])] if dc_ids else []
    by_group = [fetch_merged(m.DataCollectionGroup.dataCollectionGroupId, group_ids, [
        (phasing_select(group_ids), "groupId"), (collection_lists_select(group_ids), "groupId")]),
        first_screenings(group_ids)]
    steps = workflow_steps(workflow_ids)
    for row in rows:
        row.update({key: None for key in AUTOPROC_KEYS})
        row.update(hasPhasing=0, hasMR=0, totalNumberOfDataCollections=0, numberOfGridSquares=0)
        for found in by_collection:
            row.update(found.get(row["DataCollection_dataCollectionId"], {}))
        for found in by_group:
            row.update(found.get(row["DataCollectionGroup_dataCollectionGroupId"], {}))
        row.update(steps.get(row["Workflow_workflowId"], {}))
        if row.get("totalNumberOfImages") is not None:  # a DECIMAL on MariaDB: the same number everywhere
            row["totalNumberOfImages"] = float(row["totalNumberOfImages"])
    return rows
