# SPDX-License-Identifier: LGPL-3.0-or-later
"""The columns of a data collection group row (Java ``v_datacollection_summary``), by source.

Each entry is ``(key, table, column)``: the key the Java server answers, and the base
table column it comes from. :data:`SCREENING_KEYS` and :data:`AUTOPROC_KEYS` are filled
from their own queries (the first screening of the group, the first processing row of
its data collection), like the arbitrary row MySQL picks for Java's ``GROUP BY``.
"""


def prefixed(table, names, prefix=None):
    """Return ``(prefix_name, table, name)`` entries (prefix defaults to the table name)."""
    prefix = table if prefix is None else prefix
    return [(f"{prefix}_{name}", table, name) for name in names]


def plain(table, names):
    """Return ``(name, table, name)`` entries: keys without a table prefix."""
    return [(name, table, name) for name in names]


DC = "DataCollection"

BASE_COLUMNS = [
    *prefixed("DataCollectionGroup", [
        "dataCollectionGroupId", "blSampleId", "sessionId", "workflowId", "experimentType", "startTime",
        "endTime", "comments", "actualSampleBarcode", "xtalSnapshotFullPath", "crystalClass"]),
    *prefixed("BLSample", ["blSampleId", "crystalId", "name", "code", "location", "blSampleStatus", "comments"]),
    ("Container_containerId", "Container", "containerId"),
    *prefixed("BLSession", ["sessionId", "proposalId", "protectedData"]),
    *prefixed("Dewar", ["dewarId", "code", "storageLocation"]),
    *prefixed("Container", ["containerType", "code", "capacity", "beamlineLocation", "sampleChangerLocation"]),
    *prefixed("Protein", ["proteinId", "name", "acronym"]),
    *prefixed(DC, [
        "dataCollectionId", "dataCollectionGroupId", "startTime", "endTime", "runStatus", "numberOfImages",
        "startImageNumber", "numberOfPasses", "exposureTime", "imageDirectory", "wavelength", "resolution",
        "detectorDistance", "xBeam"]),
    ("transmission", DC, "transmission"),
    *prefixed(DC, [
        "yBeam", "imagePrefix", "comments", "xtalSnapshotFullPath1", "xtalSnapshotFullPath2",
        "xtalSnapshotFullPath3", "xtalSnapshotFullPath4", "phiStart", "kappaStart", "omegaStart", "flux",
        "flux_end", "resolutionAtCorner", "bestWilsonPlotPath", "dataCollectionNumber", "axisRange", "axisStart",
        "axisEnd", "rotationAxis", "undulatorGap1", "undulatorGap2", "undulatorGap3"]),
    *plain(DC, ["beamSizeAtSampleX", "beamSizeAtSampleY"]),
    *prefixed(DC, ["slitGapVertical", "slitGapHorizontal", "beamShape", "voltage", "xBeamPix"]),
    *prefixed("Workflow", ["workflowTitle", "workflowType", "status", "workflowId"]),
]

#: Keys of the first processing row of the group's data collection (see ``group_aggregates``).
AUTOPROC_KEYS = [
    "AutoProcIntegration_dataCollectionId", "autoProcScalingId", "cell_a", "cell_b", "cell_c", "cell_alpha",
    "cell_beta", "cell_gamma", "anomalous", "scalingStatisticsType", "resolutionLimitHigh", "resolutionLimitLow",
    "completeness", "AutoProc_spaceGroup", "autoProcId", "rMerge", "AutoProcIntegration_autoProcIntegrationId",
    "AutoProcProgram_processingPrograms", "AutoProcProgram_processingStatus", "AutoProcProgram_autoProcProgramId",
]

#: ``(key, table, column)`` of the first screening of the group.
SCREENING_COLUMNS = [
    *prefixed("Screening", ["screeningId", "dataCollectionId", "dataCollectionGroupId"]),
    *prefixed("ScreeningOutput", ["strategySuccess", "indexingSuccess", "rankingResolution", "mosaicity"]),
    *prefixed("ScreeningOutputLattice", [
        "spaceGroup", "unitCell_a", "unitCell_b", "unitCell_c", "unitCell_alpha", "unitCell_beta", "unitCell_gamma"]),
    *prefixed("ScreeningOutput", ["totalExposureTime", "totalRotationRange", "totalNumberOfImages"]),
    *prefixed("ScreeningStrategySubWedge", [
        "exposureTime", "transmission", "oscillationRange", "numberOfImages", "multiplicity", "completeness",
        "axisStart"]),
]
SCREENING_KEYS = [key for key, _table, _column in SCREENING_COLUMNS]

TAIL_COLUMNS = [
    *prefixed("Shipping", ["shippingId", "shippingName", "shippingStatus"]),
    *plain("DiffractionPlan", [
        "diffractionPlanId", "experimentKind", "observedResolution", "minimalResolution", "exposureTime",
        "oscillationRange", "maximalResolution", "screeningResolution", "radiationSensitivity",
        "anomalousScatterer", "preferredBeamSizeX", "preferredBeamSizeY", "preferredBeamDiameter"]),
    ("DiffractipnPlan_comments", "DiffractionPlan", "comments"),
    *plain("DiffractionPlan", [
        "aimedCompleteness", "aimedIOverSigmaAtHighestRes", "aimedMultiplicity", "aimedResolution",
        "anomalousData", "complexity", "estimateRadiationDamage", "forcedSpaceGroup", "requiredCompleteness",
        "requiredMultiplicity", "requiredResolution", "strategyOption", "kappaStrategyOption", "numberOfPositions",
        "minDimAccrossSpindleAxis", "maxDimAccrossSpindleAxis", "radiationSensitivityBeta",
        "radiationSensitivityGamma", "minOscWidth"]),
    *prefixed("Detector", [
        "detectorType", "detectorManufacturer", "detectorModel", "detectorPixelSizeHorizontal",
        "detectorPixelSizeVertical", "detectorSerialNumber", "detectorDistanceMin", "detectorDistanceMax",
        "trustedPixelValueRangeLower", "trustedPixelValueRangeUpper", "sensorThickness", "overload", "XGeoCorr",
        "YGeoCorr", "detectorMode"]),
    *prefixed("BeamLineSetup", [
        "undulatorType1", "undulatorType2", "undulatorType3", "synchrotronName", "synchrotronMode", "polarisation",
        "focusingOptic", "beamDivergenceHorizontal", "beamDivergenceVertical", "monochromatorType"]),
]

#: The 37 aggregate keys Java adds to each group row, in Java's order.
AGGREGATE_KEYS = [
    "WorkflowStep_workflowStepId", "WorkflowStep_workflowStepType", "WorkflowStep_status", "processingPrograms",
    "processingStatus", "autoProcIntegrationId", "Autoprocessing_cell_a", "Autoprocessing_cell_b",
    "Autoprocessing_cell_c", "Autoprocessing_cell_alpha", "Autoprocessing_cell_beta", "Autoprocessing_cell_gamma",
    "Autoprocessing_anomalous", "autoProcIds", "scalingStatisticsTypes", "resolutionsLimitHigh",
    "resolutionsLimitLow", "rMerges", "completenessList", "AutoProc_spaceGroups", "hasPhasing", "hasMR",
    "SpaceGroupModelResolvedByPhasing", "SpaceGroupModelResolvedByMr", "totalNumberOfImages",
    "totalNumberOfDataCollections", "lastImageId", "firstImageId", "synchrotronCurrent",
    "characterisationWorkflowStepIds", "numberOfGridSquares", "dataCollectionIdList", "imageDirectoryList",
    "startTimeList", "magnificationList", "voltageList", "imagesCount",
]

#: Every key of a group row, in the Java order.
ROW_KEYS = ([key for key, _t, _c in BASE_COLUMNS] + AUTOPROC_KEYS + SCREENING_KEYS
            + [key for key, _t, _c in TAIL_COLUMNS] + AGGREGATE_KEYS)
