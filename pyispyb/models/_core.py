# SPDX-License-Identifier: LGPL-3.0-or-later
# GENERATED FILE: do not edit. Regenerate with `python scripts/generate_models.py`.
# Source: ISPyB database schema ispyb-database v5.0.0.
"""SQLAlchemy models of the core ISPyB tables (generated from the schema)."""

# flake8: noqa
from sqlalchemy import (
    Column, Date, DateTime, Double, Float, ForeignKey, ForeignKeyConstraint, Index,
    Integer, BigInteger, LargeBinary, Numeric, SmallInteger, String, Text, Time,
    UniqueConstraint, text,
)

from pyispyb.models.base import Base, BigIntegerKey

SCHEMA_SOURCE = 'ispyb-database v5.0.0'


class AdminActivity(Base):
    """The AdminActivity table."""

    __tablename__ = 'AdminActivity'
    __table_args__ = (
        Index('ix_AdminActivity_AdminActivity_FKAction', 'action'),
        UniqueConstraint('username', name='uq_AdminActivity_username'),
    )

    adminActivityId = Column('adminActivityId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11)'})
    username = Column('username', String(45), nullable=False, server_default=text("''"), info={'sql_type': 'varchar(45)'})
    action = Column('action', String(45), info={'sql_type': 'varchar(45)'})
    comments = Column('comments', String(100), info={'sql_type': 'varchar(100)'})
    dateTime = Column('dateTime', DateTime, info={'sql_type': 'datetime'})


class AdminVar(Base):
    """ISPyB administration values"""

    __tablename__ = 'AdminVar'
    __table_args__ = (
        Index('ix_AdminVar_AdminVar_FKIndexName', 'name'),
        Index('ix_AdminVar_AdminVar_FKIndexValue', 'value'),
        {'comment': 'ISPyB administration values'},
    )

    varId = Column('varId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11)'})
    name = Column('name', String(32), info={'sql_type': 'varchar(32)'})
    value = Column('value', String(1024), info={'sql_type': 'varchar(1024)'})


class Aperture(Base):
    """The Aperture table."""

    __tablename__ = 'Aperture'

    apertureId = Column('apertureId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    sizeX = Column('sizeX', Float, info={'sql_type': 'float'})


class AutoProc(Base):
    """The AutoProc table."""

    __tablename__ = 'AutoProc'
    __table_args__ = (
        Index('ix_AutoProc_AutoProc_FKIndex1', 'autoProcProgramId'),
        Index('ix_AutoProc_AutoProc_refined_unit_cell', 'refinedCell_a', 'refinedCell_b', 'refinedCell_c', 'refinedCell_alpha', 'refinedCell_beta', 'refinedCell_gamma'),
    )

    autoProcId = Column('autoProcId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, comment='Related program item', info={'sql_type': 'int(10) unsigned'})
    spaceGroup = Column('spaceGroup', String(45), comment='Space group', info={'sql_type': 'varchar(45)'})
    refinedCell_a = Column('refinedCell_a', Float, comment='Refined cell', info={'sql_type': 'float'})
    refinedCell_b = Column('refinedCell_b', Float, comment='Refined cell', info={'sql_type': 'float'})
    refinedCell_c = Column('refinedCell_c', Float, comment='Refined cell', info={'sql_type': 'float'})
    refinedCell_alpha = Column('refinedCell_alpha', Float, comment='Refined cell', info={'sql_type': 'float'})
    refinedCell_beta = Column('refinedCell_beta', Float, comment='Refined cell', info={'sql_type': 'float'})
    refinedCell_gamma = Column('refinedCell_gamma', Float, comment='Refined cell', info={'sql_type': 'float'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class AutoProcIntegration(Base):
    """The AutoProcIntegration table."""

    __tablename__ = 'AutoProcIntegration'
    __table_args__ = (
        Index('ix_AutoProcIntegration_AutoProcIntegrationIdx1', 'dataCollectionId'),
        Index('ix_AutoProcIntegration_AutoProcIntegration_FKIndex1', 'autoProcProgramId'),
    )

    autoProcIntegrationId = Column('autoProcIntegrationId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='DataCollection item', info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related program item', info={'sql_type': 'int(10) unsigned'})
    startImageNumber = Column('startImageNumber', Integer, comment='start image number', info={'sql_type': 'int(10) unsigned'})
    endImageNumber = Column('endImageNumber', Integer, comment='end image number', info={'sql_type': 'int(10) unsigned'})
    refinedDetectorDistance = Column('refinedDetectorDistance', Float, comment='Refined DataCollection.detectorDistance', info={'sql_type': 'float'})
    refinedXBeam = Column('refinedXBeam', Float, comment='Refined DataCollection.xBeam', info={'sql_type': 'float'})
    refinedYBeam = Column('refinedYBeam', Float, comment='Refined DataCollection.yBeam', info={'sql_type': 'float'})
    rotationAxisX = Column('rotationAxisX', Float, comment='Rotation axis', info={'sql_type': 'float'})
    rotationAxisY = Column('rotationAxisY', Float, comment='Rotation axis', info={'sql_type': 'float'})
    rotationAxisZ = Column('rotationAxisZ', Float, comment='Rotation axis', info={'sql_type': 'float'})
    beamVectorX = Column('beamVectorX', Float, comment='Beam vector', info={'sql_type': 'float'})
    beamVectorY = Column('beamVectorY', Float, comment='Beam vector', info={'sql_type': 'float'})
    beamVectorZ = Column('beamVectorZ', Float, comment='Beam vector', info={'sql_type': 'float'})
    cell_a = Column('cell_a', Float, comment='Unit cell', info={'sql_type': 'float'})
    cell_b = Column('cell_b', Float, comment='Unit cell', info={'sql_type': 'float'})
    cell_c = Column('cell_c', Float, comment='Unit cell', info={'sql_type': 'float'})
    cell_alpha = Column('cell_alpha', Float, comment='Unit cell', info={'sql_type': 'float'})
    cell_beta = Column('cell_beta', Float, comment='Unit cell', info={'sql_type': 'float'})
    cell_gamma = Column('cell_gamma', Float, comment='Unit cell', info={'sql_type': 'float'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    anomalous = Column('anomalous', SmallInteger, server_default=text("0"), comment='boolean type:0 noanoum - 1 anoum', info={'sql_type': 'tinyint(1)'})


class AutoProcProgram(Base):
    """The AutoProcProgram table."""

    __tablename__ = 'AutoProcProgram'
    __table_args__ = (
        Index('ix_AutoProcProgram_AutoProcProgram_FK2', 'processingJobId'),
        Index('ix_AutoProcProgram_AutoProcProgram_fk_parentAutoProcProgramId', 'parentAutoProcProgramId'),
    )

    autoProcProgramId = Column('autoProcProgramId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    processingCommandLine = Column('processingCommandLine', String(255), comment='Command line for running the automatic processing', info={'sql_type': 'varchar(255)'})
    processingPrograms = Column('processingPrograms', String(255), comment='Processing programs (comma separated)', info={'sql_type': 'varchar(255)'})
    processingStatus = Column('processingStatus', SmallInteger, comment='success (1) / fail (0)', info={'sql_type': 'tinyint(1)'})
    processingMessage = Column('processingMessage', String(255), comment='warning, error,...', info={'sql_type': 'varchar(255)'})
    processingStartTime = Column('processingStartTime', DateTime, comment='Processing start time', info={'sql_type': 'datetime'})
    processingEndTime = Column('processingEndTime', DateTime, comment='Processing end time', info={'sql_type': 'datetime'})
    processingEnvironment = Column('processingEnvironment', String(255), comment='Cpus, Nodes,...', info={'sql_type': 'varchar(255)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    processingJobId = Column('processingJobId', Integer, ForeignKey("ProcessingJob.processingJobId"), info={'sql_type': 'int(11) unsigned'})
    processingPipelineId = Column('processingPipelineId', Integer, info={'sql_type': 'int(11) unsigned'})
    parentAutoProcProgramId = Column('parentAutoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), info={'sql_type': 'int(10) unsigned'})


class AutoProcProgramAttachment(Base):
    """The AutoProcProgramAttachment table."""

    __tablename__ = 'AutoProcProgramAttachment'
    __table_args__ = (
        Index('ix_AutoProcProgramAttachment_AutoProcProgramAttachmentIdx1', 'autoProcProgramId'),
    )

    autoProcProgramAttachmentId = Column('autoProcProgramAttachmentId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related autoProcProgram item', info={'sql_type': 'int(10) unsigned'})
    fileType = Column('fileType', String(6), comment='Type of file Attachment', info={'sql_type': "enum('Log','Result','Graph','Debug','Input')", 'enum': ('Log', 'Result', 'Graph', 'Debug', 'Input')})
    fileName = Column('fileName', String(255), comment='Attachment filename', info={'sql_type': 'varchar(255)'})
    filePath = Column('filePath', String(255), comment='Attachment filepath to disk storage', info={'sql_type': 'varchar(255)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    importanceRank = Column('importanceRank', SmallInteger, comment='For the particular autoProcProgramId and fileType, indicate the importance of the attachment. Higher numbers are more important', info={'sql_type': 'tinyint(3) unsigned'})
    deleted = Column('deleted', SmallInteger, server_default=text("0"), comment='1/TRUE if the file has been deleted', info={'sql_type': 'tinyint(1)'})


class AutoProcProgramMessage(Base):
    """The AutoProcProgramMessage table."""

    __tablename__ = 'AutoProcProgramMessage'
    __table_args__ = (
        Index('ix_AutoProcProgramMessage_AutoProcProgramMessage_fk1', 'autoProcProgramId'),
    )

    autoProcProgramMessageId = Column('autoProcProgramMessageId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), info={'sql_type': 'int(10) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    severity = Column('severity', String(7), nullable=False, info={'sql_type': "enum('ERROR','WARNING','INFO')", 'enum': ('ERROR', 'WARNING', 'INFO')})
    message = Column('message', String(200), info={'sql_type': 'varchar(200)'})
    description = Column('description', Text, info={'sql_type': 'text'})


class AutoProcScaling(Base):
    """The AutoProcScaling table."""

    __tablename__ = 'AutoProcScaling'
    __table_args__ = (
        Index('ix_AutoProcScaling_AutoProcScalingFk1', 'autoProcId'),
        Index('ix_AutoProcScaling_AutoProcScalingIdx1', 'autoProcScalingId', 'autoProcId'),
    )

    autoProcScalingId = Column('autoProcScalingId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    autoProcId = Column('autoProcId', Integer, ForeignKey("AutoProc.autoProcId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related autoProc item (used by foreign key)', info={'sql_type': 'int(10) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class AutoProcScalingHasInt(Base):
    """The AutoProcScaling_has_Int table."""

    __tablename__ = 'AutoProcScaling_has_Int'
    __table_args__ = (
        Index('ix_AutoProcScaling_has_Int_AutoProcScal_has_IntIdx2', 'autoProcIntegrationId'),
        Index('ix_AutoProcScaling_has_Int_AutoProcScalingHasInt_FKIndex3', 'autoProcScalingId', 'autoProcIntegrationId'),
    )

    autoProcScaling_has_IntId = Column('autoProcScaling_has_IntId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    autoProcScalingId = Column('autoProcScalingId', Integer, ForeignKey("AutoProcScaling.autoProcScalingId", ondelete="CASCADE", onupdate="CASCADE"), comment='AutoProcScaling item', info={'sql_type': 'int(10) unsigned'})
    autoProcIntegrationId = Column('autoProcIntegrationId', Integer, ForeignKey("AutoProcIntegration.autoProcIntegrationId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='AutoProcIntegration item', info={'sql_type': 'int(10) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class AutoProcScalingStatistics(Base):
    """The AutoProcScalingStatistics table."""

    __tablename__ = 'AutoProcScalingStatistics'
    __table_args__ = (
        Index('ix_AutoProcScalingStatistics_AutoProcScalingStatistics_FKindexType', 'scalingStatisticsType'),
        Index('ix_AutoProcScalingStatistics_AutoProcScalingStatistics_scalingId_statisticsType', 'autoProcScalingId', 'scalingStatisticsType'),
    )

    autoProcScalingStatisticsId = Column('autoProcScalingStatisticsId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(10) unsigned'})
    autoProcScalingId = Column('autoProcScalingId', Integer, ForeignKey("AutoProcScaling.autoProcScalingId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related autoProcScaling item (used by foreign key)', info={'sql_type': 'int(10) unsigned'})
    scalingStatisticsType = Column('scalingStatisticsType', String(10), nullable=False, server_default=text("'overall'"), comment='Scaling statistics type', info={'sql_type': "enum('overall','innerShell','outerShell')", 'enum': ('overall', 'innerShell', 'outerShell')})
    comments = Column('comments', String(255), comment='Comments...', info={'sql_type': 'varchar(255)'})
    resolutionLimitLow = Column('resolutionLimitLow', Float, comment='Low resolution limit', info={'sql_type': 'float'})
    resolutionLimitHigh = Column('resolutionLimitHigh', Float, comment='High resolution limit', info={'sql_type': 'float'})
    rMerge = Column('rMerge', Float, comment='Rmerge', info={'sql_type': 'float'})
    rMeasWithinIPlusIMinus = Column('rMeasWithinIPlusIMinus', Float, comment='Rmeas (within I+/I-)', info={'sql_type': 'float'})
    rMeasAllIPlusIMinus = Column('rMeasAllIPlusIMinus', Float, comment='Rmeas (all I+ & I-)', info={'sql_type': 'float'})
    rPimWithinIPlusIMinus = Column('rPimWithinIPlusIMinus', Float, comment='Rpim (within I+/I-) ', info={'sql_type': 'float'})
    rPimAllIPlusIMinus = Column('rPimAllIPlusIMinus', Float, comment='Rpim (all I+ & I-)', info={'sql_type': 'float'})
    fractionalPartialBias = Column('fractionalPartialBias', Float, comment='Fractional partial bias', info={'sql_type': 'float'})
    nTotalObservations = Column('nTotalObservations', Integer, comment='Total number of observations', info={'sql_type': 'int(10)'})
    nTotalUniqueObservations = Column('nTotalUniqueObservations', Integer, comment='Total number unique', info={'sql_type': 'int(10)'})
    meanIOverSigI = Column('meanIOverSigI', Float, comment='Mean((I)/sd(I))', info={'sql_type': 'float'})
    completeness = Column('completeness', Float, comment='Completeness', info={'sql_type': 'float'})
    multiplicity = Column('multiplicity', Float, comment='Multiplicity', info={'sql_type': 'float'})
    anomalousCompleteness = Column('anomalousCompleteness', Float, comment='Anomalous completeness', info={'sql_type': 'float'})
    anomalousMultiplicity = Column('anomalousMultiplicity', Float, comment='Anomalous multiplicity', info={'sql_type': 'float'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    anomalous = Column('anomalous', SmallInteger, server_default=text("0"), comment='boolean type:0 noanoum - 1 anoum', info={'sql_type': 'tinyint(1)'})
    ccHalf = Column('ccHalf', Float, comment='information from XDS', info={'sql_type': 'float'})
    ccAnomalous = Column('ccAnomalous', Float, info={'sql_type': 'float'})
    resIOverSigI2 = Column('resIOverSigI2', Float, comment='Resolution where I/Sigma(I) equals 2', info={'sql_type': 'float'})


class AutoProcStatus(Base):
    """AutoProcStatus table is linked to AutoProcIntegration"""

    __tablename__ = 'AutoProcStatus'
    __table_args__ = (
        Index('ix_AutoProcStatus_AutoProcStatus_FKIndex1', 'autoProcIntegrationId'),
        {'comment': 'AutoProcStatus table is linked to AutoProcIntegration'},
    )

    autoProcStatusId = Column('autoProcStatusId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11)'})
    autoProcIntegrationId = Column('autoProcIntegrationId', Integer, ForeignKey("AutoProcIntegration.autoProcIntegrationId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    step = Column('step', String(11), nullable=False, comment='autoprocessing step', info={'sql_type': "enum('Indexing','Integration','Correction','Scaling','Importing')", 'enum': ('Indexing', 'Integration', 'Correction', 'Scaling', 'Importing')})
    status = Column('status', String(10), nullable=False, comment='autoprocessing status', info={'sql_type': "enum('Launched','Successful','Failed')", 'enum': ('Launched', 'Successful', 'Failed')})
    comments = Column('comments', String(1024), comment='comments', info={'sql_type': 'varchar(1024)'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class BeamApertures(Base):
    """The BeamApertures table."""

    __tablename__ = 'BeamApertures'
    __table_args__ = (
        Index('ix_BeamApertures_beamapertures_FK1', 'beamlineStatsId'),
    )

    beamAperturesid = Column('beamAperturesid', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    beamlineStatsId = Column('beamlineStatsId', Integer, ForeignKey("BeamlineStats.beamlineStatsId", ondelete="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    flux = Column('flux', Double, info={'sql_type': 'double'})
    x = Column('x', Float, info={'sql_type': 'float'})
    y = Column('y', Float, info={'sql_type': 'float'})
    apertureSize = Column('apertureSize', SmallInteger, info={'sql_type': 'smallint(5) unsigned'})


class BeamCalendar(Base):
    """The BeamCalendar table."""

    __tablename__ = 'BeamCalendar'

    beamCalendarId = Column('beamCalendarId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    run = Column('run', String(7), nullable=False, info={'sql_type': 'varchar(7)'})
    beamStatus = Column('beamStatus', String(24), nullable=False, info={'sql_type': 'varchar(24)'})
    startDate = Column('startDate', DateTime, nullable=False, info={'sql_type': 'datetime'})
    endDate = Column('endDate', DateTime, nullable=False, info={'sql_type': 'datetime'})


class BeamCentres(Base):
    """The BeamCentres table."""

    __tablename__ = 'BeamCentres'
    __table_args__ = (
        Index('ix_BeamCentres_beamCentres_FK1', 'beamlineStatsId'),
    )

    beamCentresid = Column('beamCentresid', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    beamlineStatsId = Column('beamlineStatsId', Integer, ForeignKey("BeamlineStats.beamlineStatsId", ondelete="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    x = Column('x', Float, info={'sql_type': 'float'})
    y = Column('y', Float, info={'sql_type': 'float'})
    zoom = Column('zoom', SmallInteger, info={'sql_type': 'tinyint(3) unsigned'})


class BeamlineAction(Base):
    """The BeamlineAction table."""

    __tablename__ = 'BeamlineAction'
    __table_args__ = (
        Index('ix_BeamlineAction_BeamlineAction_ibfk1', 'sessionId'),
    )

    beamlineActionId = Column('beamlineActionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId"), info={'sql_type': 'int(11) unsigned'})
    startTimestamp = Column('startTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    endTimestamp = Column('endTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    message = Column('message', String(255), info={'sql_type': 'varchar(255)'})
    parameter = Column('parameter', String(50), info={'sql_type': 'varchar(50)'})
    value = Column('value', String(30), info={'sql_type': 'varchar(30)'})
    loglevel = Column('loglevel', String(8), info={'sql_type': "enum('DEBUG','CRITICAL','INFO')", 'enum': ('DEBUG', 'CRITICAL', 'INFO')})
    status = Column('status', String(10), info={'sql_type': "enum('PAUSED','RUNNING','TERMINATED','COMPLETE','ERROR','EPICSFAIL')", 'enum': ('PAUSED', 'RUNNING', 'TERMINATED', 'COMPLETE', 'ERROR', 'EPICSFAIL')})


class BeamLineSetup(Base):
    """The BeamLineSetup table."""

    __tablename__ = 'BeamLineSetup'
    __table_args__ = (
        Index('ix_BeamLineSetup_BeamLineSetup_ibfk_1', 'detectorId'),
    )

    beamLineSetupId = Column('beamLineSetupId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    detectorId = Column('detectorId', Integer, ForeignKey("Detector.detectorId"), info={'sql_type': 'int(11)'})
    synchrotronMode = Column('synchrotronMode', String(255), info={'sql_type': 'varchar(255)'})
    undulatorType1 = Column('undulatorType1', String(45), info={'sql_type': 'varchar(45)'})
    undulatorType2 = Column('undulatorType2', String(45), info={'sql_type': 'varchar(45)'})
    undulatorType3 = Column('undulatorType3', String(45), info={'sql_type': 'varchar(45)'})
    focalSpotSizeAtSample = Column('focalSpotSizeAtSample', Float, info={'sql_type': 'float'})
    focusingOptic = Column('focusingOptic', String(255), info={'sql_type': 'varchar(255)'})
    beamDivergenceHorizontal = Column('beamDivergenceHorizontal', Float, info={'sql_type': 'float'})
    beamDivergenceVertical = Column('beamDivergenceVertical', Float, info={'sql_type': 'float'})
    polarisation = Column('polarisation', Float, info={'sql_type': 'float'})
    monochromatorType = Column('monochromatorType', String(255), info={'sql_type': 'varchar(255)'})
    setupDate = Column('setupDate', DateTime, info={'sql_type': 'datetime'})
    synchrotronName = Column('synchrotronName', String(255), info={'sql_type': 'varchar(255)'})
    maxExpTimePerDataCollection = Column('maxExpTimePerDataCollection', Double, info={'sql_type': 'double'})
    maxExposureTimePerImage = Column('maxExposureTimePerImage', Float, comment='unit: seconds', info={'sql_type': 'float'})
    minExposureTimePerImage = Column('minExposureTimePerImage', Double, info={'sql_type': 'double'})
    goniostatMaxOscillationSpeed = Column('goniostatMaxOscillationSpeed', Double, info={'sql_type': 'double'})
    goniostatMaxOscillationWidth = Column('goniostatMaxOscillationWidth', Double, comment='unit: degrees', info={'sql_type': 'double'})
    goniostatMinOscillationWidth = Column('goniostatMinOscillationWidth', Double, info={'sql_type': 'double'})
    maxTransmission = Column('maxTransmission', Double, comment='unit: percentage', info={'sql_type': 'double'})
    minTransmission = Column('minTransmission', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    CS = Column('CS', Float, comment='Spherical Aberration, Units: mm?', info={'sql_type': 'float'})
    beamlineName = Column('beamlineName', String(50), comment='Beamline that this setup relates to', info={'sql_type': 'varchar(50)'})
    beamSizeXMin = Column('beamSizeXMin', Float, comment='unit: um', info={'sql_type': 'float'})
    beamSizeXMax = Column('beamSizeXMax', Float, comment='unit: um', info={'sql_type': 'float'})
    beamSizeYMin = Column('beamSizeYMin', Float, comment='unit: um', info={'sql_type': 'float'})
    beamSizeYMax = Column('beamSizeYMax', Float, comment='unit: um', info={'sql_type': 'float'})
    energyMin = Column('energyMin', Float, comment='unit: eV', info={'sql_type': 'float'})
    energyMax = Column('energyMax', Float, comment='unit: eV', info={'sql_type': 'float'})
    omegaMin = Column('omegaMin', Float, comment='unit: degrees', info={'sql_type': 'float'})
    omegaMax = Column('omegaMax', Float, comment='unit: degrees', info={'sql_type': 'float'})
    kappaMin = Column('kappaMin', Float, comment='unit: degrees', info={'sql_type': 'float'})
    kappaMax = Column('kappaMax', Float, comment='unit: degrees', info={'sql_type': 'float'})
    phiMin = Column('phiMin', Float, comment='unit: degrees', info={'sql_type': 'float'})
    phiMax = Column('phiMax', Float, comment='unit: degrees', info={'sql_type': 'float'})
    active = Column('active', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    numberOfImagesMax = Column('numberOfImagesMax', Integer, info={'sql_type': 'mediumint(8) unsigned'})
    numberOfImagesMin = Column('numberOfImagesMin', Integer, info={'sql_type': 'mediumint(8) unsigned'})
    boxSizeXMin = Column('boxSizeXMin', Double, comment='For gridscans, unit: um', info={'sql_type': 'double'})
    boxSizeXMax = Column('boxSizeXMax', Double, comment='For gridscans, unit: um', info={'sql_type': 'double'})
    boxSizeYMin = Column('boxSizeYMin', Double, comment='For gridscans, unit: um', info={'sql_type': 'double'})
    boxSizeYMax = Column('boxSizeYMax', Double, comment='For gridscans, unit: um', info={'sql_type': 'double'})
    monoBandwidthMin = Column('monoBandwidthMin', Double, comment='unit: percentage', info={'sql_type': 'double'})
    monoBandwidthMax = Column('monoBandwidthMax', Double, comment='unit: percentage', info={'sql_type': 'double'})
    preferredDataCentre = Column('preferredDataCentre', String(30), comment='Relevant datacentre to use to process data from this beamline', info={'sql_type': 'varchar(30)'})
    amplitudeContrast = Column('amplitudeContrast', Float, comment='Needed for cryo-ET', info={'sql_type': 'float'})


class BeamlineStats(Base):
    """The BeamlineStats table."""

    __tablename__ = 'BeamlineStats'

    beamlineStatsId = Column('beamlineStatsId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    beamline = Column('beamline', String(10), info={'sql_type': 'varchar(10)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, info={'sql_type': 'datetime'})
    ringCurrent = Column('ringCurrent', Float, info={'sql_type': 'float'})
    energy = Column('energy', Float, info={'sql_type': 'float'})
    gony = Column('gony', Float, info={'sql_type': 'float'})
    beamW = Column('beamW', Float, info={'sql_type': 'float'})
    beamH = Column('beamH', Float, info={'sql_type': 'float'})
    flux = Column('flux', Double, info={'sql_type': 'double'})
    scanFileW = Column('scanFileW', String(255), info={'sql_type': 'varchar(255)'})
    scanFileH = Column('scanFileH', String(255), info={'sql_type': 'varchar(255)'})


class BFAutomationError(Base):
    """The BF_automationError table."""

    __tablename__ = 'BF_automationError'

    automationErrorId = Column('automationErrorId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    errorType = Column('errorType', String(40), nullable=False, info={'sql_type': 'varchar(40)'})
    solution = Column('solution', Text, info={'sql_type': 'text'})


class BFAutomationFault(Base):
    """The BF_automationFault table."""

    __tablename__ = 'BF_automationFault'
    __table_args__ = (
        Index('ix_BF_automationFault_BF_automationFault_ibfk1', 'automationErrorId'),
        Index('ix_BF_automationFault_BF_automationFault_ibfk2', 'containerId'),
    )

    automationFaultId = Column('automationFaultId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    automationErrorId = Column('automationErrorId', Integer, ForeignKey("BF_automationError.automationErrorId"), info={'sql_type': 'int(10) unsigned'})
    containerId = Column('containerId', Integer, ForeignKey("Container.containerId"), info={'sql_type': 'int(10) unsigned'})
    severity = Column('severity', String(1), info={'sql_type': "enum('1','2','3')", 'enum': ('1', '2', '3')})
    stacktrace = Column('stacktrace', Text, info={'sql_type': 'text'})
    resolved = Column('resolved', SmallInteger, info={'sql_type': 'tinyint(1)'})
    faultTimeStamp = Column('faultTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class BFComponent(Base):
    """The BF_component table."""

    __tablename__ = 'BF_component'
    __table_args__ = (
        Index('ix_BF_component_bf_component_FK1', 'systemId'),
    )

    componentId = Column('componentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    systemId = Column('systemId', Integer, ForeignKey("BF_system.systemId"), info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    description = Column('description', String(200), info={'sql_type': 'varchar(200)'})


class BFComponentBeamline(Base):
    """The BF_component_beamline table."""

    __tablename__ = 'BF_component_beamline'
    __table_args__ = (
        Index('ix_BF_component_beamline_bf_component_beamline_FK1', 'componentId'),
    )

    component_beamlineId = Column('component_beamlineId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("BF_component.componentId"), info={'sql_type': 'int(10) unsigned'})
    beamlinename = Column('beamlinename', String(20), info={'sql_type': 'varchar(20)'})


class BFFault(Base):
    """The BF_fault table."""

    __tablename__ = 'BF_fault'
    __table_args__ = (
        Index('ix_BF_fault_bf_fault_FK1', 'sessionId'),
        Index('ix_BF_fault_bf_fault_FK2', 'subcomponentId'),
        Index('ix_BF_fault_bf_fault_FK3', 'personId'),
        Index('ix_BF_fault_bf_fault_FK4', 'assigneeId'),
    )

    faultId = Column('faultId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    owner = Column('owner', String(50), info={'sql_type': 'varchar(50)'})
    subcomponentId = Column('subcomponentId', Integer, ForeignKey("BF_subcomponent.subcomponentId"), info={'sql_type': 'int(10) unsigned'})
    starttime = Column('starttime', DateTime, info={'sql_type': 'datetime'})
    endtime = Column('endtime', DateTime, info={'sql_type': 'datetime'})
    beamtimelost = Column('beamtimelost', SmallInteger, info={'sql_type': 'tinyint(1)'})
    beamtimelost_starttime = Column('beamtimelost_starttime', DateTime, info={'sql_type': 'datetime'})
    beamtimelost_endtime = Column('beamtimelost_endtime', DateTime, info={'sql_type': 'datetime'})
    title = Column('title', String(200), info={'sql_type': 'varchar(200)'})
    description = Column('description', Text, info={'sql_type': 'text'})
    resolved = Column('resolved', SmallInteger, info={'sql_type': 'tinyint(1)'})
    resolution = Column('resolution', Text, info={'sql_type': 'text'})
    attachment = Column('attachment', String(200), info={'sql_type': 'varchar(200)'})
    eLogId = Column('eLogId', Integer, info={'sql_type': 'int(11)'})
    assignee = Column('assignee', String(50), info={'sql_type': 'varchar(50)'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), info={'sql_type': 'int(10) unsigned'})
    assigneeId = Column('assigneeId', Integer, ForeignKey("Person.personId"), info={'sql_type': 'int(10) unsigned'})


class BFSubcomponent(Base):
    """The BF_subcomponent table."""

    __tablename__ = 'BF_subcomponent'
    __table_args__ = (
        Index('ix_BF_subcomponent_bf_subcomponent_FK1', 'componentId'),
    )

    subcomponentId = Column('subcomponentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("BF_component.componentId"), info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    description = Column('description', String(200), info={'sql_type': 'varchar(200)'})


class BFSubcomponentBeamline(Base):
    """The BF_subcomponent_beamline table."""

    __tablename__ = 'BF_subcomponent_beamline'
    __table_args__ = (
        Index('ix_BF_subcomponent_beamline_bf_subcomponent_beamline_FK1', 'subcomponentId'),
    )

    subcomponent_beamlineId = Column('subcomponent_beamlineId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    subcomponentId = Column('subcomponentId', Integer, ForeignKey("BF_subcomponent.subcomponentId"), info={'sql_type': 'int(10) unsigned'})
    beamlinename = Column('beamlinename', String(20), info={'sql_type': 'varchar(20)'})


class BFSystem(Base):
    """The BF_system table."""

    __tablename__ = 'BF_system'

    systemId = Column('systemId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    description = Column('description', String(200), info={'sql_type': 'varchar(200)'})


class BFSystemBeamline(Base):
    """The BF_system_beamline table."""

    __tablename__ = 'BF_system_beamline'
    __table_args__ = (
        Index('ix_BF_system_beamline_bf_system_beamline_FK1', 'systemId'),
    )

    system_beamlineId = Column('system_beamlineId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    systemId = Column('systemId', Integer, ForeignKey("BF_system.systemId"), info={'sql_type': 'int(10) unsigned'})
    beamlineName = Column('beamlineName', String(20), info={'sql_type': 'varchar(20)'})


class BLSample(Base):
    """The BLSample table."""

    __tablename__ = 'BLSample'
    __table_args__ = (
        Index('ix_BLSample_BLSampleImage_idx1', 'blSubSampleId'),
        Index('ix_BLSample_BLSample_FKIndex1', 'containerId'),
        Index('ix_BLSample_BLSample_FKIndex3', 'diffractionPlanId'),
        Index('ix_BLSample_BLSample_FKIndex_Status', 'blSampleStatus'),
        Index('ix_BLSample_BLSample_Index1', 'name'),
        Index('ix_BLSample_BLSample_fk5', 'screenComponentGroupId'),
        UniqueConstraint('containerId', 'location', 'subLocation', name='uq_BLSample_BLSample_uidx_containerId_location_subLocation'),
        Index('ix_BLSample_crystalId', 'crystalId', 'containerId'),
    )

    blSampleId = Column('blSampleId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    diffractionPlanId = Column('diffractionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    crystalId = Column('crystalId', Integer, ForeignKey("Crystal.crystalId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    containerId = Column('containerId', Integer, ForeignKey("Container.containerId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})
    code = Column('code', String(45), info={'sql_type': 'varchar(45)'})
    location = Column('location', String(45), info={'sql_type': 'varchar(45)'})
    holderLength = Column('holderLength', Double, info={'sql_type': 'double'})
    loopLength = Column('loopLength', Double, info={'sql_type': 'double'})
    loopType = Column('loopType', String(45), info={'sql_type': 'varchar(45)'})
    wireWidth = Column('wireWidth', Double, info={'sql_type': 'double'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    completionStage = Column('completionStage', String(45), info={'sql_type': 'varchar(45)'})
    structureStage = Column('structureStage', String(45), info={'sql_type': 'varchar(45)'})
    publicationStage = Column('publicationStage', String(45), info={'sql_type': 'varchar(45)'})
    publicationComments = Column('publicationComments', String(255), info={'sql_type': 'varchar(255)'})
    blSampleStatus = Column('blSampleStatus', String(20), info={'sql_type': 'varchar(20)'})
    isInSampleChanger = Column('isInSampleChanger', SmallInteger, info={'sql_type': 'tinyint(1)'})
    lastKnownCenteringPosition = Column('lastKnownCenteringPosition', String(255), info={'sql_type': 'varchar(255)'})
    POSITIONID = Column('POSITIONID', Integer, info={'sql_type': 'int(11) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    SMILES = Column('SMILES', String(400), comment='the symbolic description of the structure of a chemical compound', info={'sql_type': 'varchar(400)'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), info={'sql_type': 'int(11) unsigned'})
    lastImageURL = Column('lastImageURL', String(255), info={'sql_type': 'varchar(255)'})
    screenComponentGroupId = Column('screenComponentGroupId', Integer, ForeignKey("ScreenComponentGroup.screenComponentGroupId"), info={'sql_type': 'int(11) unsigned'})
    volume = Column('volume', Float, info={'sql_type': 'float'})
    dimension1 = Column('dimension1', Double, info={'sql_type': 'double'})
    dimension2 = Column('dimension2', Double, info={'sql_type': 'double'})
    dimension3 = Column('dimension3', Double, info={'sql_type': 'double'})
    shape = Column('shape', String(15), info={'sql_type': 'varchar(15)'})
    packingFraction = Column('packingFraction', Float, info={'sql_type': 'float'})
    preparationTemeprature = Column('preparationTemeprature', Integer, comment='Sample preparation temperature, Units: kelvin', info={'sql_type': 'mediumint(9)'})
    preparationHumidity = Column('preparationHumidity', Float, comment='Sample preparation humidity, Units: %', info={'sql_type': 'float'})
    blottingTime = Column('blottingTime', Integer, comment='Blotting time, Units: sec', info={'sql_type': 'int(11) unsigned'})
    blottingForce = Column('blottingForce', Float, comment='Force used when blotting sample, Units: N?', info={'sql_type': 'float'})
    blottingDrainTime = Column('blottingDrainTime', Integer, comment='Time sample left to drain after blotting, Units: sec', info={'sql_type': 'int(11) unsigned'})
    support = Column('support', String(50), comment='Sample support material', info={'sql_type': 'varchar(50)'})
    subLocation = Column('subLocation', SmallInteger, comment="Indicates the sample's location on a multi-sample pin, where 1 is closest to the pin base", info={'sql_type': 'smallint(5) unsigned'})
    staffComments = Column('staffComments', String(255), comment='Any staff comments on the sample', info={'sql_type': 'varchar(255)'})
    source = Column('source', String(50), info={'sql_type': 'varchar(50)'})


class BLSampleHasDataCollectionPlan(Base):
    """The BLSample_has_DataCollectionPlan table."""

    __tablename__ = 'BLSample_has_DataCollectionPlan'
    __table_args__ = (
        Index('ix_BLSample_has_DataCollectionPlan_BLSample_has_DataCollectionPlan_ibfk2', 'dataCollectionPlanId'),
    )

    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionPlanId = Column('dataCollectionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    planOrder = Column('planOrder', SmallInteger, info={'sql_type': 'smallint(5) unsigned'})


class BLSampleHasEnergyScan(Base):
    """The BLSample_has_EnergyScan table."""

    __tablename__ = 'BLSample_has_EnergyScan'
    __table_args__ = (
        Index('ix_BLSample_has_EnergyScan_BLSample_has_EnergyScan_FKIndex1', 'blSampleId'),
        Index('ix_BLSample_has_EnergyScan_BLSample_has_EnergyScan_FKIndex2', 'energyScanId'),
    )

    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    energyScanId = Column('energyScanId', Integer, ForeignKey("EnergyScan.energyScanId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    blSampleHasEnergyScanId = Column('blSampleHasEnergyScanId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10)'})


class BLSampleHasLigand(Base):
    """Junction table for BLSample and Ligand"""

    __tablename__ = 'BLSample_has_Ligand'
    __table_args__ = (
        Index('ix_BLSample_has_Ligand_BLSample_has_Ligand_fk2', 'ligandId'),
        {'comment': 'Junction table for BLSample and Ligand'},
    )

    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    ligandId = Column('ligandId', Integer, ForeignKey("Ligand.ligandId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class BLSampleHasPositioner(Base):
    """The BLSample_has_Positioner table."""

    __tablename__ = 'BLSample_has_Positioner'
    __table_args__ = (
        Index('ix_BLSample_has_Positioner_BLSampleHasPositioner_ibfk1', 'blSampleId'),
        Index('ix_BLSample_has_Positioner_BLSampleHasPositioner_ibfk2', 'positionerId'),
    )

    blSampleHasPositioner = Column('blSampleHasPositioner', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    positionerId = Column('positionerId', Integer, ForeignKey("Positioner.positionerId"), nullable=False, info={'sql_type': 'int(10) unsigned'})


class BLSampleGroup(Base):
    """The BLSampleGroup table."""

    __tablename__ = 'BLSampleGroup'
    __table_args__ = (
        Index('ix_BLSampleGroup_BLSampleGroup_fk_ownerId', 'ownerId'),
        Index('ix_BLSampleGroup_BLSampleGroup_fk_proposalId', 'proposalId'),
    )

    blSampleGroupId = Column('blSampleGroupId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(100), comment='Human-readable name', info={'sql_type': 'varchar(100)'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    ownerId = Column('ownerId', Integer, ForeignKey("Person.personId", onupdate="CASCADE"), comment='Sample group owner', info={'sql_type': 'int(10) unsigned'})


class BLSampleGroupHasBLSample(Base):
    """The BLSampleGroup_has_BLSample table."""

    __tablename__ = 'BLSampleGroup_has_BLSample'
    __table_args__ = (
        Index('ix_BLSampleGroup_has_BLSample_BLSampleGroup_has_BLSample_ibfk2', 'blSampleId'),
        Index('ix_BLSampleGroup_has_BLSample_BLSampleGroup_has_BLSample_ibfk3', 'blSampleTypeId'),
    )

    blSampleGroupId = Column('blSampleGroupId', Integer, ForeignKey("BLSampleGroup.blSampleGroupId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    groupOrder = Column('groupOrder', Integer, info={'sql_type': 'mediumint(9)'})
    type = Column('type', String(10), info={'sql_type': "enum('background','container','sample','calibrant','capillary')", 'enum': ('background', 'container', 'sample', 'calibrant', 'capillary')})
    blSampleTypeId = Column('blSampleTypeId', Integer, ForeignKey("BLSampleType.blSampleTypeId"), info={'sql_type': 'int(10) unsigned'})


class BLSampleImage(Base):
    """The BLSampleImage table."""

    __tablename__ = 'BLSampleImage'
    __table_args__ = (
        Index('ix_BLSampleImage_BLSampleImage_fk2', 'containerInspectionId'),
        Index('ix_BLSampleImage_BLSampleImage_fk3', 'blSampleImageScoreId'),
        Index('ix_BLSampleImage_BLSampleImage_idx1', 'blSampleId'),
        UniqueConstraint('imageFullPath', name='uq_BLSampleImage_BLSampleImage_imageFullPath'),
    )

    blSampleImageId = Column('blSampleImageId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    micronsPerPixelX = Column('micronsPerPixelX', Float, info={'sql_type': 'float'})
    micronsPerPixelY = Column('micronsPerPixelY', Float, info={'sql_type': 'float'})
    imageFullPath = Column('imageFullPath', String(255), info={'sql_type': 'varchar(255)'})
    blSampleImageScoreId = Column('blSampleImageScoreId', Integer, ForeignKey("BLSampleImageScore.blSampleImageScoreId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    blTimeStamp = Column('blTimeStamp', DateTime, info={'sql_type': 'datetime'})
    containerInspectionId = Column('containerInspectionId', Integer, ForeignKey("ContainerInspection.containerInspectionId"), info={'sql_type': 'int(11) unsigned'})
    modifiedTimeStamp = Column('modifiedTimeStamp', DateTime, info={'sql_type': 'datetime'})
    offsetX = Column('offsetX', Integer, nullable=False, server_default=text("0"), comment='The x offset of the image relative to the canvas', info={'sql_type': 'int(11)'})
    offsetY = Column('offsetY', Integer, nullable=False, server_default=text("0"), comment='The y offset of the image relative to the canvas', info={'sql_type': 'int(11)'})


class BLSampleImageHasAutoScoreClass(Base):
    """Many-to-many relationship between drop images and thing being scored, as well as the actual probability (score) that the drop image contains that thing"""

    __tablename__ = 'BLSampleImage_has_AutoScoreClass'
    __table_args__ = (
        Index('ix_BLSampleImage_has_AutoScoreClass_BLSampleImage_has_AutoScoreClass_fk2', 'blSampleImageAutoScoreClassId'),
        {'comment': 'Many-to-many relationship between drop images and thing being scored, as well as the actual probability (score) that the drop image contains that thing'},
    )

    blSampleImageId = Column('blSampleImageId', Integer, ForeignKey("BLSampleImage.blSampleImageId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    blSampleImageAutoScoreClassId = Column('blSampleImageAutoScoreClassId', SmallInteger, ForeignKey("BLSampleImageAutoScoreClass.blSampleImageAutoScoreClassId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'tinyint(3) unsigned'})
    probability = Column('probability', Float, info={'sql_type': 'float'})


class BLSampleImageHasPositioner(Base):
    """Allows a BLSampleImage to store motor positions along with the image"""

    __tablename__ = 'BLSampleImage_has_Positioner'
    __table_args__ = (
        Index('ix_BLSampleImage_has_Positioner_BLSampleImageHasPositioner_ibfk1', 'blSampleImageId'),
        Index('ix_BLSampleImage_has_Positioner_BLSampleImageHasPositioner_ibfk2', 'positionerId'),
        {'comment': 'Allows a BLSampleImage to store motor positions along with the image'},
    )

    blSampleImageHasPositionerId = Column('blSampleImageHasPositionerId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    blSampleImageId = Column('blSampleImageId', Integer, ForeignKey("BLSampleImage.blSampleImageId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    positionerId = Column('positionerId', Integer, ForeignKey("Positioner.positionerId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    value = Column('value', Float, comment='The position of this positioner for this blsampleimage', info={'sql_type': 'float'})


class BLSampleImageAnalysis(Base):
    """The BLSampleImageAnalysis table."""

    __tablename__ = 'BLSampleImageAnalysis'
    __table_args__ = (
        Index('ix_BLSampleImageAnalysis_BLSampleImageAnalysis_ibfk1', 'blSampleImageId'),
    )

    blSampleImageAnalysisId = Column('blSampleImageAnalysisId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    blSampleImageId = Column('blSampleImageId', Integer, ForeignKey("BLSampleImage.blSampleImageId"), info={'sql_type': 'int(11) unsigned'})
    oavSnapshotBefore = Column('oavSnapshotBefore', String(255), info={'sql_type': 'varchar(255)'})
    oavSnapshotAfter = Column('oavSnapshotAfter', String(255), info={'sql_type': 'varchar(255)'})
    deltaX = Column('deltaX', Integer, info={'sql_type': 'int(11)'})
    deltaY = Column('deltaY', Integer, info={'sql_type': 'int(11)'})
    goodnessOfFit = Column('goodnessOfFit', Float, info={'sql_type': 'float'})
    scaleFactor = Column('scaleFactor', Float, info={'sql_type': 'float'})
    resultCode = Column('resultCode', String(15), info={'sql_type': 'varchar(15)'})
    matchStartTimeStamp = Column('matchStartTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    matchEndTimeStamp = Column('matchEndTimeStamp', DateTime, info={'sql_type': 'timestamp'})


class BLSampleImageAutoScoreClass(Base):
    """The automated scoring classes - the thing being scored"""

    __tablename__ = 'BLSampleImageAutoScoreClass'
    __table_args__ = (
        Index('ix_BLSampleImageAutoScoreClass_BLSampleImageAutoScoreClass_fk1', 'blSampleImageAutoScoreSchemaId'),
        {'comment': 'The automated scoring classes - the thing being scored'},
    )

    blSampleImageAutoScoreClassId = Column('blSampleImageAutoScoreClassId', SmallInteger, primary_key=True, autoincrement=True, info={'sql_type': 'tinyint(3) unsigned'})
    blSampleImageAutoScoreSchemaId = Column('blSampleImageAutoScoreSchemaId', SmallInteger, ForeignKey("BLSampleImageAutoScoreSchema.blSampleImageAutoScoreSchemaId", onupdate="CASCADE"), info={'sql_type': 'tinyint(3) unsigned'})
    scoreClass = Column('scoreClass', String(15), nullable=False, comment='Thing being scored e.g. crystal, precipitant', info={'sql_type': 'varchar(15)'})


class BLSampleImageAutoScoreSchema(Base):
    """Scoring schema name and whether it is enabled"""

    __tablename__ = 'BLSampleImageAutoScoreSchema'
    __table_args__ = (
        {'comment': 'Scoring schema name and whether it is enabled'},
    )

    blSampleImageAutoScoreSchemaId = Column('blSampleImageAutoScoreSchemaId', SmallInteger, primary_key=True, autoincrement=True, info={'sql_type': 'tinyint(3) unsigned'})
    schemaName = Column('schemaName', String(25), nullable=False, comment='Name of the schema e.g. Hampton, MARCO', info={'sql_type': 'varchar(25)'})
    enabled = Column('enabled', SmallInteger, server_default=text("1"), comment='Whether this schema is enabled (could be configurable in the UI)', info={'sql_type': 'tinyint(1)'})


class BLSampleImageMeasurement(Base):
    """For measuring crystal growth over time"""

    __tablename__ = 'BLSampleImageMeasurement'
    __table_args__ = (
        Index('ix_BLSampleImageMeasurement_BLSampleImageMeasurement_ibfk_1', 'blSampleImageId'),
        Index('ix_BLSampleImageMeasurement_BLSampleImageMeasurement_ibfk_2', 'blSubSampleId'),
        {'comment': 'For measuring crystal growth over time'},
    )

    blSampleImageMeasurementId = Column('blSampleImageMeasurementId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    blSampleImageId = Column('blSampleImageId', Integer, ForeignKey("BLSampleImage.blSampleImageId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), info={'sql_type': 'int(11) unsigned'})
    startPosX = Column('startPosX', Double, info={'sql_type': 'double'})
    startPosY = Column('startPosY', Double, info={'sql_type': 'double'})
    endPosX = Column('endPosX', Double, info={'sql_type': 'double'})
    endPosY = Column('endPosY', Double, info={'sql_type': 'double'})
    blTimeStamp = Column('blTimeStamp', DateTime, info={'sql_type': 'datetime'})


class BLSampleImageScore(Base):
    """The BLSampleImageScore table."""

    __tablename__ = 'BLSampleImageScore'

    blSampleImageScoreId = Column('blSampleImageScoreId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})
    score = Column('score', Float, info={'sql_type': 'float'})
    colour = Column('colour', String(15), info={'sql_type': 'varchar(15)'})


class BLSamplePosition(Base):
    """The BLSamplePosition table."""

    __tablename__ = 'BLSamplePosition'
    __table_args__ = (
        Index('ix_BLSamplePosition_BLSamplePosition_fk_blSampleId', 'blSampleId'),
    )

    blSamplePositionId = Column('blSamplePositionId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), nullable=False, comment='FK, references parent sample', info={'sql_type': 'int(11) unsigned'})
    posX = Column('posX', Double, info={'sql_type': 'double'})
    posY = Column('posY', Double, info={'sql_type': 'double'})
    posZ = Column('posZ', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})
    positionType = Column('positionType', String(10), comment='Type of marked position (e.g.: dispensing location)', info={'sql_type': "enum('dispensing')", 'enum': ('dispensing',)})


class BLSampleType(Base):
    """The BLSampleType table."""

    __tablename__ = 'BLSampleType'

    blSampleTypeId = Column('blSampleTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    proposalType = Column('proposalType', String(10), info={'sql_type': 'varchar(10)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})


class BLSampleTypeHasComponent(Base):
    """The BLSampleType_has_Component table."""

    __tablename__ = 'BLSampleType_has_Component'
    __table_args__ = (
        Index('ix_BLSampleType_has_Component_blSampleType_has_Component_fk2', 'componentId'),
    )

    blSampleTypeId = Column('blSampleTypeId', Integer, ForeignKey("Crystal.crystalId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Protein.proteinId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    abundance = Column('abundance', Float, info={'sql_type': 'float'})


class BLSession(Base):
    """The BLSession table."""

    __tablename__ = 'BLSession'
    __table_args__ = (
        Index('ix_BLSession_BLSession_fk_beamCalendarId', 'beamCalendarId'),
        Index('ix_BLSession_Session_FKIndex2', 'beamLineSetupId'),
        Index('ix_BLSession_Session_FKIndexBeamLineName', 'beamLineName'),
        Index('ix_BLSession_Session_FKIndexEndDate', 'endDate'),
        Index('ix_BLSession_Session_FKIndexStartDate', 'startDate'),
        UniqueConstraint('proposalId', 'visit_number', name='uq_BLSession_proposalId'),
    )

    sessionId = Column('sessionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    beamLineSetupId = Column('beamLineSetupId', Integer, ForeignKey("BeamLineSetup.beamLineSetupId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    beamCalendarId = Column('beamCalendarId', Integer, ForeignKey("BeamCalendar.beamCalendarId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    startDate = Column('startDate', DateTime, info={'sql_type': 'datetime'})
    endDate = Column('endDate', DateTime, info={'sql_type': 'datetime'})
    beamLineName = Column('beamLineName', String(45), info={'sql_type': 'varchar(45)'})
    scheduled = Column('scheduled', SmallInteger, info={'sql_type': 'tinyint(1)'})
    nbShifts = Column('nbShifts', Integer, info={'sql_type': 'int(10) unsigned'})
    comments = Column('comments', String(2000), info={'sql_type': 'varchar(2000)'})
    beamLineOperator = Column('beamLineOperator', String(255), info={'sql_type': 'varchar(255)'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    visit_number = Column('visit_number', Integer, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    usedFlag = Column('usedFlag', SmallInteger, comment='indicates if session has Datacollections or XFE or EnergyScans attached', info={'sql_type': 'tinyint(1)'})
    lastUpdate = Column('lastUpdate', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='last update timestamp: by default the end of the session, the last collect...', info={'sql_type': 'timestamp'})
    externalId = Column('externalId', LargeBinary(16), info={'sql_type': 'binary(16)'})
    archived = Column('archived', SmallInteger, server_default=text("0"), comment='The data for the session is archived and no longer available on disk', info={'sql_type': 'tinyint(1)'})
    riskRating = Column('riskRating', String(13), comment='ERA in user admin system', info={'sql_type': "enum('Low','Medium','High','Not Permitted')", 'enum': ('Low', 'Medium', 'High', 'Not Permitted')})
    purgedProcessedData = Column('purgedProcessedData', SmallInteger, server_default=text("0"), comment='Flag to indicate whether the processed folder in the associated visit directory has been purged', info={'sql_type': 'tinyint(1)'})
    icatId = Column('icatId', Integer, comment='The internal ICAT ID for this BLSession', info={'sql_type': 'int(11) unsigned'})


class BLSessionHasSCPosition(Base):
    """The BLSession_has_SCPosition table."""

    __tablename__ = 'BLSession_has_SCPosition'
    __table_args__ = (
        Index('ix_BLSession_has_SCPosition_blsession_has_scposition_FK1', 'blsessionid'),
    )

    blsessionhasscpositionid = Column('blsessionhasscpositionid', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    blsessionid = Column('blsessionid', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    scContainer = Column('scContainer', SmallInteger, comment='Position of container within sample changer', info={'sql_type': 'smallint(5) unsigned'})
    containerPosition = Column('containerPosition', SmallInteger, comment='Position of sample within container', info={'sql_type': 'smallint(5) unsigned'})


class BLSubSample(Base):
    """The BLSubSample table."""

    __tablename__ = 'BLSubSample'
    __table_args__ = (
        Index('ix_BLSubSample_BLSubSample_FKIndex2', 'diffractionPlanId'),
        Index('ix_BLSubSample_BLSubSample_FKIndex3', 'positionId'),
        Index('ix_BLSubSample_BLSubSample_FKIndex4', 'motorPositionId'),
        Index('ix_BLSubSample_BLSubSample_FKIndex5', 'position2Id'),
        Index('ix_BLSubSample_BLSubSample_blSampleId_source', 'blSampleId', 'source'),
        Index('ix_BLSubSample_BLSubSample_blSampleImagefk_1', 'blSampleImageId'),
    )

    blSubSampleId = Column('blSubSampleId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='sample', info={'sql_type': 'int(10) unsigned'})
    diffractionPlanId = Column('diffractionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId", ondelete="CASCADE", onupdate="CASCADE"), comment='eventually diffractionPlan', info={'sql_type': 'int(10) unsigned'})
    blSampleImageId = Column('blSampleImageId', Integer, ForeignKey("BLSampleImage.blSampleImageId"), info={'sql_type': 'int(11) unsigned'})
    positionId = Column('positionId', Integer, ForeignKey("Position.positionId", ondelete="CASCADE", onupdate="CASCADE"), comment='position of the subsample', info={'sql_type': 'int(11) unsigned'})
    position2Id = Column('position2Id', Integer, ForeignKey("Position.positionId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    motorPositionId = Column('motorPositionId', Integer, ForeignKey("MotorPosition.motorPositionId", ondelete="CASCADE", onupdate="CASCADE"), comment='motor position', info={'sql_type': 'int(11) unsigned'})
    blSubSampleUUID = Column('blSubSampleUUID', String(45), comment='uuid of the blsubsample', info={'sql_type': 'varchar(45)'})
    imgFileName = Column('imgFileName', String(255), comment='image filename', info={'sql_type': 'varchar(255)'})
    imgFilePath = Column('imgFilePath', String(1024), comment='url image', info={'sql_type': 'varchar(1024)'})
    comments = Column('comments', String(1024), comment='comments', info={'sql_type': 'varchar(1024)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    source = Column('source', String(6), server_default=text("'manual'"), info={'sql_type': "enum('manual','auto')", 'enum': ('manual', 'auto')})
    type = Column('type', String(10), comment='The type of subsample, i.e. roi (region), poi (point), loi (line)', info={'sql_type': 'varchar(10)'})


class BLSubSampleHasPositioner(Base):
    """The BLSubSample_has_Positioner table."""

    __tablename__ = 'BLSubSample_has_Positioner'
    __table_args__ = (
        Index('ix_BLSubSample_has_Positioner_BLSubSampleHasPositioner_ibfk1', 'blSubSampleId'),
        Index('ix_BLSubSample_has_Positioner_BLSubSampleHasPositioner_ibfk2', 'positionerId'),
    )

    blSubSampleHasPositioner = Column('blSubSampleHasPositioner', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    positionerId = Column('positionerId', Integer, ForeignKey("Positioner.positionerId"), nullable=False, info={'sql_type': 'int(10) unsigned'})


class CalendarHash(Base):
    """Lets people get to their calendars without logging in using a private (hash) url"""

    __tablename__ = 'CalendarHash'
    __table_args__ = (
        {'comment': 'Lets people get to their calendars without logging in using a private (hash) url'},
    )

    calendarHashId = Column('calendarHashId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    ckey = Column('ckey', String(50), info={'sql_type': 'varchar(50)'})
    hash = Column('hash', String(128), info={'sql_type': 'varchar(128)'})
    beamline = Column('beamline', SmallInteger, info={'sql_type': 'tinyint(1)'})


class ComponentHasSubType(Base):
    """The Component_has_SubType table."""

    __tablename__ = 'Component_has_SubType'
    __table_args__ = (
        Index('ix_Component_has_SubType_component_has_SubType_fk2', 'componentSubTypeId'),
    )

    componentId = Column('componentId', Integer, ForeignKey("Protein.proteinId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    componentSubTypeId = Column('componentSubTypeId', Integer, ForeignKey("ComponentSubType.componentSubTypeId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ComponentLattice(Base):
    """The ComponentLattice table."""

    __tablename__ = 'ComponentLattice'
    __table_args__ = (
        Index('ix_ComponentLattice_ComponentLattice_ibfk1', 'componentId'),
    )

    componentLatticeId = Column('componentLatticeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Protein.proteinId"), info={'sql_type': 'int(10) unsigned'})
    spaceGroup = Column('spaceGroup', String(20), info={'sql_type': 'varchar(20)'})
    cell_a = Column('cell_a', Double, info={'sql_type': 'double'})
    cell_b = Column('cell_b', Double, info={'sql_type': 'double'})
    cell_c = Column('cell_c', Double, info={'sql_type': 'double'})
    cell_alpha = Column('cell_alpha', Double, info={'sql_type': 'double'})
    cell_beta = Column('cell_beta', Double, info={'sql_type': 'double'})
    cell_gamma = Column('cell_gamma', Double, info={'sql_type': 'double'})


class ComponentSubType(Base):
    """The ComponentSubType table."""

    __tablename__ = 'ComponentSubType'

    componentSubTypeId = Column('componentSubTypeId', Integer, primary_key=True, autoincrement=False, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(31), nullable=False, info={'sql_type': 'varchar(31)'})
    hasPh = Column('hasPh', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    proposalType = Column('proposalType', String(10), info={'sql_type': 'varchar(10)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})


class ComponentType(Base):
    """The ComponentType table."""

    __tablename__ = 'ComponentType'
    __table_args__ = (
        UniqueConstraint('name', name='uq_ComponentType_name'),
    )

    componentTypeId = Column('componentTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(31), nullable=False, info={'sql_type': 'varchar(31)'})


class ConcentrationType(Base):
    """The ConcentrationType table."""

    __tablename__ = 'ConcentrationType'

    concentrationTypeId = Column('concentrationTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(31), nullable=False, info={'sql_type': 'varchar(31)'})
    symbol = Column('symbol', String(8), nullable=False, info={'sql_type': 'varchar(8)'})
    proposalType = Column('proposalType', String(10), info={'sql_type': 'varchar(10)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})


class Container(Base):
    """The Container table."""

    __tablename__ = 'Container'
    __table_args__ = (
        Index('ix_Container_Container_FKIndex', 'beamlineLocation'),
        Index('ix_Container_Container_FKIndex1', 'dewarId'),
        Index('ix_Container_Container_FKIndexStatus', 'containerStatus'),
        UniqueConstraint('barcode', name='uq_Container_Container_UNIndex1'),
        Index('ix_Container_Container_fk_currentDewarId', 'currentDewarId'),
        Index('ix_Container_Container_fk_experimentTypeId', 'experimentTypeId'),
        Index('ix_Container_Container_fk_parentContainerId', 'parentContainerId'),
        Index('ix_Container_Container_ibfk10', 'containerTypeId'),
        Index('ix_Container_Container_ibfk2', 'screenId'),
        Index('ix_Container_Container_ibfk3', 'scheduleId'),
        Index('ix_Container_Container_ibfk4', 'imagerId'),
        Index('ix_Container_Container_ibfk5', 'ownerId'),
        Index('ix_Container_Container_ibfk6', 'sessionId'),
        Index('ix_Container_Container_ibfk7', 'requestedImagerId'),
        Index('ix_Container_Container_ibfk8', 'containerRegistryId'),
        Index('ix_Container_Container_ibfk9', 'priorityPipelineId'),
    )

    containerId = Column('containerId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    dewarId = Column('dewarId', Integer, ForeignKey("Dewar.dewarId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    code = Column('code', String(45), info={'sql_type': 'varchar(45)'})
    containerType = Column('containerType', String(20), info={'sql_type': 'varchar(20)'})
    capacity = Column('capacity', Integer, info={'sql_type': 'int(10) unsigned'})
    sampleChangerLocation = Column('sampleChangerLocation', String(20), info={'sql_type': 'varchar(20)'})
    containerStatus = Column('containerStatus', String(45), info={'sql_type': 'varchar(45)'})
    bltimeStamp = Column('bltimeStamp', DateTime, info={'sql_type': 'datetime'})
    beamlineLocation = Column('beamlineLocation', String(20), info={'sql_type': 'varchar(20)'})
    screenId = Column('screenId', Integer, ForeignKey("Screen.screenId"), info={'sql_type': 'int(11) unsigned'})
    scheduleId = Column('scheduleId', Integer, ForeignKey("Schedule.scheduleId"), info={'sql_type': 'int(11) unsigned'})
    barcode = Column('barcode', String(45), info={'sql_type': 'varchar(45)'})
    imagerId = Column('imagerId', Integer, ForeignKey("Imager.imagerId"), info={'sql_type': 'int(11) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    ownerId = Column('ownerId', Integer, ForeignKey("Person.personId"), info={'sql_type': 'int(10) unsigned'})
    requestedImagerId = Column('requestedImagerId', Integer, ForeignKey("Imager.imagerId"), info={'sql_type': 'int(11) unsigned'})
    requestedReturn = Column('requestedReturn', SmallInteger, server_default=text("0"), comment='True for requesting return, False means container will be disposed', info={'sql_type': 'tinyint(1)'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    experimentType = Column('experimentType', String(20), info={'sql_type': 'varchar(20)'})
    storageTemperature = Column('storageTemperature', Float, comment='NULL=ambient', info={'sql_type': 'float'})
    containerRegistryId = Column('containerRegistryId', Integer, ForeignKey("ContainerRegistry.containerRegistryId"), info={'sql_type': 'int(11) unsigned'})
    scLocationUpdated = Column('scLocationUpdated', DateTime, info={'sql_type': 'datetime'})
    priorityPipelineId = Column('priorityPipelineId', Integer, ForeignKey("ProcessingPipeline.processingPipelineId"), server_default=text("6"), comment='Processing pipeline to prioritise, defaults to 6 which is xia2/DIALS', info={'sql_type': 'int(11) unsigned'})
    experimentTypeId = Column('experimentTypeId', Integer, ForeignKey("ExperimentType.experimentTypeId"), info={'sql_type': 'int(10) unsigned'})
    containerTypeId = Column('containerTypeId', Integer, ForeignKey("ContainerType.containerTypeId"), info={'sql_type': 'int(10) unsigned'})
    currentDewarId = Column('currentDewarId', Integer, ForeignKey("Dewar.dewarId"), comment='The dewar with which the container is currently associated', info={'sql_type': 'int(10) unsigned'})
    parentContainerId = Column('parentContainerId', Integer, ForeignKey("Container.containerId"), info={'sql_type': 'int(10) unsigned'})
    source = Column('source', String(50), info={'sql_type': 'varchar(50)'})
    parentContainerLocation = Column('parentContainerLocation', Integer, comment='Indicates where inside the parent container this container is located', info={'sql_type': 'int(10) unsigned'})


class ContainerHistory(Base):
    """The ContainerHistory table."""

    __tablename__ = 'ContainerHistory'
    __table_args__ = (
        Index('ix_ContainerHistory_ContainerHistory_fk_dewarId', 'currentDewarId'),
        Index('ix_ContainerHistory_ContainerHistory_ibfk1', 'containerId'),
    )

    containerHistoryId = Column('containerHistoryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerId = Column('containerId', Integer, ForeignKey("Container.containerId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    location = Column('location', String(45), info={'sql_type': 'varchar(45)'})
    blTimeStamp = Column('blTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    status = Column('status', String(45), info={'sql_type': 'varchar(45)'})
    beamlineName = Column('beamlineName', String(20), info={'sql_type': 'varchar(20)'})
    currentDewarId = Column('currentDewarId', Integer, ForeignKey("Dewar.dewarId"), comment='The dewar with which the container was associated at the creation of this row', info={'sql_type': 'int(10) unsigned'})


class ContainerInspection(Base):
    """The ContainerInspection table."""

    __tablename__ = 'ContainerInspection'
    __table_args__ = (
        Index('ix_ContainerInspection_ContainerInspection_fk4', 'scheduleComponentid'),
        Index('ix_ContainerInspection_ContainerInspection_idx2', 'inspectionTypeId'),
        Index('ix_ContainerInspection_ContainerInspection_idx3', 'imagerId'),
        Index('ix_ContainerInspection_ContainerInspection_idx4', 'containerId', 'scheduleComponentid', 'state', 'manual'),
    )

    containerInspectionId = Column('containerInspectionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerId = Column('containerId', Integer, ForeignKey("Container.containerId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    inspectionTypeId = Column('inspectionTypeId', Integer, ForeignKey("InspectionType.inspectionTypeId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    imagerId = Column('imagerId', Integer, ForeignKey("Imager.imagerId"), info={'sql_type': 'int(11) unsigned'})
    temperature = Column('temperature', Float, info={'sql_type': 'float'})
    blTimeStamp = Column('blTimeStamp', DateTime, info={'sql_type': 'datetime'})
    scheduleComponentid = Column('scheduleComponentid', Integer, ForeignKey("ScheduleComponent.scheduleComponentId"), info={'sql_type': 'int(11) unsigned'})
    state = Column('state', String(20), info={'sql_type': 'varchar(20)'})
    priority = Column('priority', SmallInteger, info={'sql_type': 'smallint(6)'})
    manual = Column('manual', SmallInteger, info={'sql_type': 'tinyint(1)'})
    scheduledTimeStamp = Column('scheduledTimeStamp', DateTime, info={'sql_type': 'datetime'})
    completedTimeStamp = Column('completedTimeStamp', DateTime, info={'sql_type': 'datetime'})


class ContainerQueue(Base):
    """The ContainerQueue table."""

    __tablename__ = 'ContainerQueue'
    __table_args__ = (
        Index('ix_ContainerQueue_ContainerQueue_ibfk1', 'containerId'),
        Index('ix_ContainerQueue_ContainerQueue_ibfk2', 'personId'),
        Index('ix_ContainerQueue_ContainerQueue_idx1', 'containerId', 'completedTimeStamp'),
    )

    containerQueueId = Column('containerQueueId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerId = Column('containerId', Integer, ForeignKey("Container.containerId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    createdTimeStamp = Column('createdTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    completedTimeStamp = Column('completedTimeStamp', DateTime, info={'sql_type': 'timestamp'})


class ContainerQueueSample(Base):
    """The ContainerQueueSample table."""

    __tablename__ = 'ContainerQueueSample'
    __table_args__ = (
        Index('ix_ContainerQueueSample_ContainerQueueSample_blSampleId', 'blSampleId'),
        Index('ix_ContainerQueueSample_ContainerQueueSample_dataCollectionPlanId', 'dataCollectionPlanId'),
        Index('ix_ContainerQueueSample_ContainerQueueSample_ibfk1', 'containerQueueId'),
        Index('ix_ContainerQueueSample_ContainerQueueSample_ibfk2', 'blSubSampleId'),
    )

    containerQueueSampleId = Column('containerQueueSampleId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerQueueId = Column('containerQueueId', Integer, ForeignKey("ContainerQueue.containerQueueId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    status = Column('status', String(20), comment='The status of the queued item, i.e. skipped, reinspect. Completed / failed should be inferred from related DataCollection', info={'sql_type': 'varchar(20)'})
    startTime = Column('startTime', DateTime, comment='Start time of processing the queue item', info={'sql_type': 'datetime'})
    endTime = Column('endTime', DateTime, comment='End time of processing the queue item', info={'sql_type': 'datetime'})
    dataCollectionPlanId = Column('dataCollectionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId"), info={'sql_type': 'int(10) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), info={'sql_type': 'int(10) unsigned'})


class ContainerRegistry(Base):
    """The ContainerRegistry table."""

    __tablename__ = 'ContainerRegistry'
    __table_args__ = (
        UniqueConstraint('barcode', name='uq_ContainerRegistry_ContainerRegistry_uniq_barcode'),
    )

    containerRegistryId = Column('containerRegistryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    barcode = Column('barcode', String(20), nullable=False, info={'sql_type': 'varchar(20)'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    recordTimestamp = Column('recordTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class ContainerRegistryHasProposal(Base):
    """The ContainerRegistry_has_Proposal table."""

    __tablename__ = 'ContainerRegistry_has_Proposal'
    __table_args__ = (
        Index('ix_ContainerRegistry_has_Proposal_ContainerRegistry_has_Proposal_ibfk2', 'proposalId'),
        Index('ix_ContainerRegistry_has_Proposal_ContainerRegistry_has_Proposal_ibfk3', 'personId'),
        UniqueConstraint('containerRegistryId', 'proposalId', name='uq_ContainerRegistry_has_Proposal_containerRegistryId'),
    )

    containerRegistryHasProposalId = Column('containerRegistryHasProposalId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerRegistryId = Column('containerRegistryId', Integer, ForeignKey("ContainerRegistry.containerRegistryId"), info={'sql_type': 'int(11) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), comment='Person registering the container', info={'sql_type': 'int(10) unsigned'})
    recordTimestamp = Column('recordTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class ContainerReport(Base):
    """The ContainerReport table."""

    __tablename__ = 'ContainerReport'
    __table_args__ = (
        Index('ix_ContainerReport_ContainerReport_ibfk1', 'containerRegistryId'),
        Index('ix_ContainerReport_ContainerReport_ibfk2', 'personId'),
    )

    containerReportId = Column('containerReportId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    containerRegistryId = Column('containerRegistryId', Integer, ForeignKey("ContainerRegistry.containerRegistryId"), info={'sql_type': 'int(11) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), comment='Person making report', info={'sql_type': 'int(10) unsigned'})
    report = Column('report', Text, info={'sql_type': 'text'})
    attachmentFilePath = Column('attachmentFilePath', String(255), info={'sql_type': 'varchar(255)'})
    recordTimestamp = Column('recordTimestamp', DateTime, info={'sql_type': 'datetime'})


class ContainerType(Base):
    """A lookup table for different types of containers"""

    __tablename__ = 'ContainerType'
    __table_args__ = (
        {'comment': 'A lookup table for different types of containers'},
    )

    containerTypeId = Column('containerTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    proposalType = Column('proposalType', String(10), info={'sql_type': 'varchar(10)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})
    capacity = Column('capacity', Integer, info={'sql_type': 'int(11)'})
    wellPerRow = Column('wellPerRow', SmallInteger, info={'sql_type': 'smallint(6)'})
    dropPerWellX = Column('dropPerWellX', SmallInteger, info={'sql_type': 'smallint(6)'})
    dropPerWellY = Column('dropPerWellY', SmallInteger, info={'sql_type': 'smallint(6)'})
    dropHeight = Column('dropHeight', Float, info={'sql_type': 'float'})
    dropWidth = Column('dropWidth', Float, info={'sql_type': 'float'})
    dropOffsetX = Column('dropOffsetX', Float, info={'sql_type': 'float'})
    dropOffsetY = Column('dropOffsetY', Float, info={'sql_type': 'float'})
    wellDrop = Column('wellDrop', SmallInteger, info={'sql_type': 'smallint(6)'})


class CourierTermsAccepted(Base):
    """Records acceptances of the courier T and C"""

    __tablename__ = 'CourierTermsAccepted'
    __table_args__ = (
        Index('ix_CourierTermsAccepted_CourierTermsAccepted_ibfk_1', 'proposalId'),
        Index('ix_CourierTermsAccepted_CourierTermsAccepted_ibfk_2', 'personId'),
        Index('ix_CourierTermsAccepted_CourierTermsAccepted_ibfk_3', 'shippingId'),
        {'comment': 'Records acceptances of the courier T and C'},
    )

    courierTermsAcceptedId = Column('courierTermsAcceptedId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    shippingName = Column('shippingName', String(100), info={'sql_type': 'varchar(100)'})
    timestamp = Column('timestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})
    shippingId = Column('shippingId', Integer, ForeignKey("Shipping.shippingId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})


class Crystal(Base):
    """The Crystal table."""

    __tablename__ = 'Crystal'
    __table_args__ = (
        Index('ix_Crystal_Crystal_FKIndex1', 'proteinId'),
        Index('ix_Crystal_Crystal_FKIndex2', 'diffractionPlanId'),
    )

    crystalId = Column('crystalId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    diffractionPlanId = Column('diffractionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    proteinId = Column('proteinId', Integer, ForeignKey("Protein.proteinId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    crystalUUID = Column('crystalUUID', String(45), info={'sql_type': 'varchar(45)'})
    name = Column('name', String(255), info={'sql_type': 'varchar(255)'})
    spaceGroup = Column('spaceGroup', String(20), info={'sql_type': 'varchar(20)'})
    morphology = Column('morphology', String(255), info={'sql_type': 'varchar(255)'})
    color = Column('color', String(45), info={'sql_type': 'varchar(45)'})
    size_X = Column('size_X', Double, info={'sql_type': 'double'})
    size_Y = Column('size_Y', Double, info={'sql_type': 'double'})
    size_Z = Column('size_Z', Double, info={'sql_type': 'double'})
    cell_a = Column('cell_a', Double, info={'sql_type': 'double'})
    cell_b = Column('cell_b', Double, info={'sql_type': 'double'})
    cell_c = Column('cell_c', Double, info={'sql_type': 'double'})
    cell_alpha = Column('cell_alpha', Double, info={'sql_type': 'double'})
    cell_beta = Column('cell_beta', Double, info={'sql_type': 'double'})
    cell_gamma = Column('cell_gamma', Double, info={'sql_type': 'double'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    pdbFileName = Column('pdbFileName', String(255), comment='pdb file name', info={'sql_type': 'varchar(255)'})
    pdbFilePath = Column('pdbFilePath', String(1024), comment='pdb file path', info={'sql_type': 'varchar(1024)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    abundance = Column('abundance', Float, info={'sql_type': 'float'})
    theoreticalDensity = Column('theoreticalDensity', Float, info={'sql_type': 'float'})


class CrystalHasUUID(Base):
    """The Crystal_has_UUID table."""

    __tablename__ = 'Crystal_has_UUID'
    __table_args__ = (
        Index('ix_Crystal_has_UUID_Crystal_has_UUID_FKIndex1', 'crystalId'),
        Index('ix_Crystal_has_UUID_Crystal_has_UUID_FKIndex2', 'UUID'),
    )

    crystal_has_UUID_Id = Column('crystal_has_UUID_Id', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    crystalId = Column('crystalId', Integer, ForeignKey("Crystal.crystalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    UUID = Column('UUID', String(45), info={'sql_type': 'varchar(45)'})
    imageURL = Column('imageURL', String(255), info={'sql_type': 'varchar(255)'})


class DataAcquisition(Base):
    """The DataAcquisition table."""

    __tablename__ = 'DataAcquisition'

    dataAcquisitionId = Column('dataAcquisitionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10)'})
    sampleCellId = Column('sampleCellId', Integer, nullable=False, info={'sql_type': 'int(10)'})
    framesCount = Column('framesCount', String(45), info={'sql_type': 'varchar(45)'})
    energy = Column('energy', String(45), info={'sql_type': 'varchar(45)'})
    waitTime = Column('waitTime', String(45), info={'sql_type': 'varchar(45)'})
    detectorDistance = Column('detectorDistance', String(45), info={'sql_type': 'varchar(45)'})


class DataCollection(Base):
    """The DataCollection table."""

    __tablename__ = 'DataCollection'
    __table_args__ = (
        Index('ix_DataCollection_DataCollection_FKIndex0', 'BLSAMPLEID'),
        Index('ix_DataCollection_DataCollection_FKIndex00', 'SESSIONID'),
        Index('ix_DataCollection_DataCollection_FKIndex1', 'dataCollectionGroupId'),
        Index('ix_DataCollection_DataCollection_FKIndex2', 'strategySubWedgeOrigId'),
        Index('ix_DataCollection_DataCollection_FKIndex3', 'detectorId'),
        Index('ix_DataCollection_DataCollection_FKIndexDCNumber', 'dataCollectionNumber'),
        Index('ix_DataCollection_DataCollection_FKIndexImageDirectory', 'imageDirectory'),
        Index('ix_DataCollection_DataCollection_FKIndexImagePrefix', 'imagePrefix'),
        Index('ix_DataCollection_DataCollection_FKIndexStartTime', 'startTime'),
        Index('ix_DataCollection_DataCollection_dataCollectionGroupId_startTime', 'dataCollectionGroupId', 'startTime'),
        Index('ix_DataCollection_DataCollection_dataCollectionPlanId', 'dataCollectionPlanId'),
        Index('ix_DataCollection_blSubSampleId', 'blSubSampleId'),
        Index('ix_DataCollection_endPositionId', 'endPositionId'),
        Index('ix_DataCollection_startPositionId', 'startPositionId'),
    )

    dataCollectionId = Column('dataCollectionId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    BLSAMPLEID = Column('BLSAMPLEID', Integer, info={'sql_type': 'int(11) unsigned'})
    SESSIONID = Column('SESSIONID', Integer, server_default=text("0"), info={'sql_type': 'int(11) unsigned'})
    experimenttype = Column('experimenttype', String(24), info={'sql_type': 'varchar(24)'})
    dataCollectionNumber = Column('dataCollectionNumber', Integer, info={'sql_type': 'int(10) unsigned'})
    startTime = Column('startTime', DateTime, comment='Start time of the dataCollection', info={'sql_type': 'datetime'})
    endTime = Column('endTime', DateTime, comment='end time of the dataCollection', info={'sql_type': 'datetime'})
    runStatus = Column('runStatus', String(45), info={'sql_type': 'varchar(45)'})
    axisStart = Column('axisStart', Float, info={'sql_type': 'float'})
    axisEnd = Column('axisEnd', Float, info={'sql_type': 'float'})
    axisRange = Column('axisRange', Float, info={'sql_type': 'float'})
    overlap = Column('overlap', Float, info={'sql_type': 'float'})
    numberOfImages = Column('numberOfImages', Integer, info={'sql_type': 'int(10) unsigned'})
    startImageNumber = Column('startImageNumber', Integer, info={'sql_type': 'int(10) unsigned'})
    numberOfPasses = Column('numberOfPasses', Integer, info={'sql_type': 'int(10) unsigned'})
    exposureTime = Column('exposureTime', Float, info={'sql_type': 'float'})
    imageDirectory = Column('imageDirectory', String(255), comment='The directory where files reside - should end with a slash', info={'sql_type': 'varchar(255)'})
    imagePrefix = Column('imagePrefix', String(45), info={'sql_type': 'varchar(45)'})
    imageSuffix = Column('imageSuffix', String(45), info={'sql_type': 'varchar(45)'})
    imageContainerSubPath = Column('imageContainerSubPath', String(255), comment='Internal path of a HDF5 file pointing to the data for this data collection', info={'sql_type': 'varchar(255)'})
    fileTemplate = Column('fileTemplate', String(255), info={'sql_type': 'varchar(255)'})
    wavelength = Column('wavelength', Float, info={'sql_type': 'float'})
    resolution = Column('resolution', Float, info={'sql_type': 'float'})
    detectorDistance = Column('detectorDistance', Float, info={'sql_type': 'float'})
    xBeam = Column('xBeam', Float, info={'sql_type': 'float'})
    yBeam = Column('yBeam', Float, info={'sql_type': 'float'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    printableForReport = Column('printableForReport', SmallInteger, server_default=text("1"), info={'sql_type': 'tinyint(1) unsigned'})
    CRYSTALCLASS = Column('CRYSTALCLASS', String(20), info={'sql_type': 'varchar(20)'})
    slitGapVertical = Column('slitGapVertical', Float, info={'sql_type': 'float'})
    slitGapHorizontal = Column('slitGapHorizontal', Float, info={'sql_type': 'float'})
    transmission = Column('transmission', Float, info={'sql_type': 'float'})
    synchrotronMode = Column('synchrotronMode', String(20), info={'sql_type': 'varchar(20)'})
    xtalSnapshotFullPath1 = Column('xtalSnapshotFullPath1', String(255), info={'sql_type': 'varchar(255)'})
    xtalSnapshotFullPath2 = Column('xtalSnapshotFullPath2', String(255), info={'sql_type': 'varchar(255)'})
    xtalSnapshotFullPath3 = Column('xtalSnapshotFullPath3', String(255), info={'sql_type': 'varchar(255)'})
    xtalSnapshotFullPath4 = Column('xtalSnapshotFullPath4', String(255), info={'sql_type': 'varchar(255)'})
    rotationAxis = Column('rotationAxis', String(5), info={'sql_type': "enum('Omega','Kappa','Phi')", 'enum': ('Omega', 'Kappa', 'Phi')})
    phiStart = Column('phiStart', Float, info={'sql_type': 'float'})
    kappaStart = Column('kappaStart', Float, info={'sql_type': 'float'})
    omegaStart = Column('omegaStart', Float, info={'sql_type': 'float'})
    chiStart = Column('chiStart', Float, info={'sql_type': 'float'})
    resolutionAtCorner = Column('resolutionAtCorner', Float, info={'sql_type': 'float'})
    detector2Theta = Column('detector2Theta', Float, info={'sql_type': 'float'})
    DETECTORMODE = Column('DETECTORMODE', String(255), info={'sql_type': 'varchar(255)'})
    undulatorGap1 = Column('undulatorGap1', Float, info={'sql_type': 'float'})
    undulatorGap2 = Column('undulatorGap2', Float, info={'sql_type': 'float'})
    undulatorGap3 = Column('undulatorGap3', Float, info={'sql_type': 'float'})
    beamSizeAtSampleX = Column('beamSizeAtSampleX', Float, info={'sql_type': 'float'})
    beamSizeAtSampleY = Column('beamSizeAtSampleY', Float, info={'sql_type': 'float'})
    centeringMethod = Column('centeringMethod', String(255), info={'sql_type': 'varchar(255)'})
    averageTemperature = Column('averageTemperature', Float, info={'sql_type': 'float'})
    ACTUALSAMPLEBARCODE = Column('ACTUALSAMPLEBARCODE', String(45), info={'sql_type': 'varchar(45)'})
    ACTUALSAMPLESLOTINCONTAINER = Column('ACTUALSAMPLESLOTINCONTAINER', Integer, info={'sql_type': 'int(11) unsigned'})
    ACTUALCONTAINERBARCODE = Column('ACTUALCONTAINERBARCODE', String(45), info={'sql_type': 'varchar(45)'})
    ACTUALCONTAINERSLOTINSC = Column('ACTUALCONTAINERSLOTINSC', Integer, info={'sql_type': 'int(11) unsigned'})
    actualCenteringPosition = Column('actualCenteringPosition', String(255), info={'sql_type': 'varchar(255)'})
    beamShape = Column('beamShape', String(45), info={'sql_type': 'varchar(45)'})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId"), nullable=False, comment='references DataCollectionGroup table', info={'sql_type': 'int(11)'})
    POSITIONID = Column('POSITIONID', Integer, info={'sql_type': 'int(11) unsigned'})
    detectorId = Column('detectorId', Integer, ForeignKey("Detector.detectorId"), comment='references Detector table', info={'sql_type': 'int(11)'})
    FOCALSPOTSIZEATSAMPLEX = Column('FOCALSPOTSIZEATSAMPLEX', Float, info={'sql_type': 'float'})
    POLARISATION = Column('POLARISATION', Float, info={'sql_type': 'float'})
    FOCALSPOTSIZEATSAMPLEY = Column('FOCALSPOTSIZEATSAMPLEY', Float, info={'sql_type': 'float'})
    APERTUREID = Column('APERTUREID', Integer, info={'sql_type': 'int(11) unsigned'})
    screeningOrigId = Column('screeningOrigId', Integer, info={'sql_type': 'int(11) unsigned'})
    startPositionId = Column('startPositionId', Integer, ForeignKey("MotorPosition.motorPositionId"), info={'sql_type': 'int(11) unsigned'})
    endPositionId = Column('endPositionId', Integer, ForeignKey("MotorPosition.motorPositionId"), info={'sql_type': 'int(11) unsigned'})
    flux = Column('flux', Double, info={'sql_type': 'double'})
    strategySubWedgeOrigId = Column('strategySubWedgeOrigId', Integer, ForeignKey("ScreeningStrategySubWedge.screeningStrategySubWedgeId"), comment='references ScreeningStrategySubWedge table', info={'sql_type': 'int(10) unsigned'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), info={'sql_type': 'int(11) unsigned'})
    flux_end = Column('flux_end', Double, comment='flux measured after the collect', info={'sql_type': 'double'})
    bestWilsonPlotPath = Column('bestWilsonPlotPath', String(255), info={'sql_type': 'varchar(255)'})
    processedDataFile = Column('processedDataFile', String(255), info={'sql_type': 'varchar(255)'})
    datFullPath = Column('datFullPath', String(255), info={'sql_type': 'varchar(255)'})
    magnification = Column('magnification', Float, comment='Calibrated magnification, Units: dimensionless', info={'sql_type': 'float unsigned'})
    totalAbsorbedDose = Column('totalAbsorbedDose', Float, comment='Unit: e-/A^2 for EM', info={'sql_type': 'float'})
    binning = Column('binning', SmallInteger, server_default=text("1"), comment='1 or 2. Number of pixels to process as 1. (Use mean value.)', info={'sql_type': 'tinyint(1)'})
    particleDiameter = Column('particleDiameter', Float, comment='Unit: nm', info={'sql_type': 'float'})
    boxSize_CTF = Column('boxSize_CTF', Float, comment='Unit: pixels', info={'sql_type': 'float'})
    minResolution = Column('minResolution', Float, comment='Unit: A', info={'sql_type': 'float'})
    minDefocus = Column('minDefocus', Float, comment='Unit: A', info={'sql_type': 'float'})
    maxDefocus = Column('maxDefocus', Float, comment='Unit: A', info={'sql_type': 'float'})
    defocusStepSize = Column('defocusStepSize', Float, comment='Unit: A', info={'sql_type': 'float'})
    amountAstigmatism = Column('amountAstigmatism', Float, comment='Unit: A', info={'sql_type': 'float'})
    extractSize = Column('extractSize', Float, comment='Unit: pixels', info={'sql_type': 'float'})
    bgRadius = Column('bgRadius', Float, comment='Unit: nm', info={'sql_type': 'float'})
    voltage = Column('voltage', Float, comment='Unit: kV', info={'sql_type': 'float'})
    objAperture = Column('objAperture', Float, comment='Unit: um', info={'sql_type': 'float'})
    c1aperture = Column('c1aperture', Float, comment='Unit: um', info={'sql_type': 'float'})
    c2aperture = Column('c2aperture', Float, comment='Unit: um', info={'sql_type': 'float'})
    c3aperture = Column('c3aperture', Float, comment='Unit: um', info={'sql_type': 'float'})
    c1lens = Column('c1lens', Float, comment='Unit: %', info={'sql_type': 'float'})
    c2lens = Column('c2lens', Float, comment='Unit: %', info={'sql_type': 'float'})
    c3lens = Column('c3lens', Float, comment='Unit: %', info={'sql_type': 'float'})
    totalExposedDose = Column('totalExposedDose', Float, comment='Units: e-/A^2', info={'sql_type': 'float'})
    nominalMagnification = Column('nominalMagnification', Float, comment='Nominal magnification: Units: dimensionless', info={'sql_type': 'float unsigned'})
    nominalDefocus = Column('nominalDefocus', Float, comment='Nominal defocus, Units: A', info={'sql_type': 'float unsigned'})
    imageSizeX = Column('imageSizeX', Integer, comment='Image size in x, incase crop has been used, Units: pixels', info={'sql_type': 'mediumint(8) unsigned'})
    imageSizeY = Column('imageSizeY', Integer, comment='Image size in y, Units: pixels', info={'sql_type': 'mediumint(8) unsigned'})
    pixelSizeOnImage = Column('pixelSizeOnImage', Float, comment='Pixel size on image, calculated from magnification, duplicate? Units: um?', info={'sql_type': 'float'})
    phasePlate = Column('phasePlate', SmallInteger, comment='Whether the phase plate was used', info={'sql_type': 'tinyint(1)'})
    dataCollectionPlanId = Column('dataCollectionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId"), info={'sql_type': 'int(10) unsigned'})


class DataCollectionComment(Base):
    """The DataCollectionComment table."""

    __tablename__ = 'DataCollectionComment'
    __table_args__ = (
        Index('ix_DataCollectionComment_dataCollectionComment_fk1', 'dataCollectionId'),
        Index('ix_DataCollectionComment_dataCollectionComment_fk2', 'personId'),
    )

    dataCollectionCommentId = Column('dataCollectionCommentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    comments = Column('comments', String(4000), info={'sql_type': 'varchar(4000)'})
    createTime = Column('createTime', DateTime, nullable=False, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})
    modTime = Column('modTime', Date, info={'sql_type': 'date'})


class DataCollectionFileAttachment(Base):
    """The DataCollectionFileAttachment table."""

    __tablename__ = 'DataCollectionFileAttachment'
    __table_args__ = (
        Index('ix_DataCollectionFileAttachment__dataCollectionFileAttachmentId_fk1', 'dataCollectionId'),
    )

    dataCollectionFileAttachmentId = Column('dataCollectionFileAttachmentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    fileFullPath = Column('fileFullPath', String(255), nullable=False, info={'sql_type': 'varchar(255)'})
    fileType = Column('fileType', String(8), info={'sql_type': "enum('snapshot','log','xy','recip','pia','warning','params')", 'enum': ('snapshot', 'log', 'xy', 'recip', 'pia', 'warning', 'params')})
    createTime = Column('createTime', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class DataCollectionGroup(Base):
    """a dataCollectionGroup is a group of dataCollection for a spe"""

    __tablename__ = 'DataCollectionGroup'
    __table_args__ = (
        Index('ix_DataCollectionGroup_DataCollectionGroup_FKIndex1', 'blSampleId'),
        Index('ix_DataCollectionGroup_DataCollectionGroup_FKIndex2', 'sessionId'),
        Index('ix_DataCollectionGroup_DataCollectionGroup_ibfk_4', 'experimentTypeId'),
        {'comment': 'a dataCollectionGroup is a group of dataCollection for a spe'},
    )

    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11)'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='references Session table', info={'sql_type': 'int(10) unsigned'})
    comments = Column('comments', String(1024), comment='comments', info={'sql_type': 'varchar(1024)'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), comment='references BLSample table', info={'sql_type': 'int(10) unsigned'})
    experimentType = Column('experimentType', String(27), comment='Standard: Routine structure determination experiment. Time Resolved: Investigate the change of a system over time. Custom: Special or non-standard data collection.', info={'sql_type': "enum('SAD','SAD - Inverse Beam','OSC','Collect - Multiwedge','MAD','Helical','Multi-positional','Mesh','Burn','MAD - Inverse Beam','Characterization','Dehydration','tomo','experiment','EM','PDF','PDF+Bragg','Bragg','single particle','Serial Fixed','Serial Jet','Standard','Time Resolved','Diamond Anvil High Pressure','Custom','XRF map','Energy scan','XRF spectrum','XRF map xas','Mesh3D','Screening','Still','SSX-Chip','SSX-Jet','Metal ID')", 'enum': ('SAD', 'SAD - Inverse Beam', 'OSC', 'Collect - Multiwedge', 'MAD', 'Helical', 'Multi-positional', 'Mesh', 'Burn', 'MAD - Inverse Beam', 'Characterization', 'Dehydration', 'tomo', 'experiment', 'EM', 'PDF', 'PDF+Bragg', 'Bragg', 'single particle', 'Serial Fixed', 'Serial Jet', 'Standard', 'Time Resolved', 'Diamond Anvil High Pressure', 'Custom', 'XRF map', 'Energy scan', 'XRF spectrum', 'XRF map xas', 'Mesh3D', 'Screening', 'Still', 'SSX-Chip', 'SSX-Jet', 'Metal ID')})
    startTime = Column('startTime', DateTime, comment='Start time of the dataCollectionGroup', info={'sql_type': 'datetime'})
    endTime = Column('endTime', DateTime, comment='end time of the dataCollectionGroup', info={'sql_type': 'datetime'})
    crystalClass = Column('crystalClass', String(20), comment='Crystal Class for industrials users', info={'sql_type': 'varchar(20)'})
    detectorMode = Column('detectorMode', String(255), comment='Detector mode', info={'sql_type': 'varchar(255)'})
    actualSampleBarcode = Column('actualSampleBarcode', String(45), comment='Actual sample barcode', info={'sql_type': 'varchar(45)'})
    actualSampleSlotInContainer = Column('actualSampleSlotInContainer', Integer, comment='Actual sample slot number in container', info={'sql_type': 'int(10) unsigned'})
    actualContainerBarcode = Column('actualContainerBarcode', String(45), comment='Actual container barcode', info={'sql_type': 'varchar(45)'})
    actualContainerSlotInSC = Column('actualContainerSlotInSC', Integer, comment='Actual container slot number in sample changer', info={'sql_type': 'int(10) unsigned'})
    xtalSnapshotFullPath = Column('xtalSnapshotFullPath', String(255), info={'sql_type': 'varchar(255)'})
    scanParameters = Column('scanParameters', Text, info={'sql_type': 'longtext'})
    experimentTypeId = Column('experimentTypeId', Integer, ForeignKey("ExperimentType.experimentTypeId"), info={'sql_type': 'int(10) unsigned'})


class DataCollectionPlanHasDetector(Base):
    """The DataCollectionPlan_has_Detector table."""

    __tablename__ = 'DataCollectionPlan_has_Detector'
    __table_args__ = (
        Index('ix_DataCollectionPlan_has_Detector_DataCollectionPlan_has_Detector_ibfk2', 'detectorId'),
        UniqueConstraint('dataCollectionPlanId', 'detectorId', name='uq_DataCollectionPlan_has_Detector_dataCollectionPlanId'),
    )

    dataCollectionPlanHasDetectorId = Column('dataCollectionPlanHasDetectorId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionPlanId = Column('dataCollectionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    detectorId = Column('detectorId', Integer, ForeignKey("Detector.detectorId"), nullable=False, info={'sql_type': 'int(11)'})
    exposureTime = Column('exposureTime', Double, info={'sql_type': 'double'})
    distance = Column('distance', Double, info={'sql_type': 'double'})
    roll = Column('roll', Double, info={'sql_type': 'double'})


class Detector(Base):
    """Detector table is linked to a dataCollection"""

    __tablename__ = 'Detector'
    __table_args__ = (
        Index('ix_Detector_Detector_FKIndex1', 'detectorType', 'detectorManufacturer', 'detectorModel', 'detectorPixelSizeHorizontal', 'detectorPixelSizeVertical'),
        UniqueConstraint('detectorSerialNumber', name='uq_Detector_Detector_ibuk1'),
        {'comment': 'Detector table is linked to a dataCollection'},
    )

    detectorId = Column('detectorId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11)'})
    detectorType = Column('detectorType', String(255), info={'sql_type': 'varchar(255)'})
    detectorManufacturer = Column('detectorManufacturer', String(255), info={'sql_type': 'varchar(255)'})
    detectorModel = Column('detectorModel', String(255), info={'sql_type': 'varchar(255)'})
    detectorPixelSizeHorizontal = Column('detectorPixelSizeHorizontal', Float, info={'sql_type': 'float'})
    detectorPixelSizeVertical = Column('detectorPixelSizeVertical', Float, info={'sql_type': 'float'})
    DETECTORMAXRESOLUTION = Column('DETECTORMAXRESOLUTION', Float, info={'sql_type': 'float'})
    DETECTORMINRESOLUTION = Column('DETECTORMINRESOLUTION', Float, info={'sql_type': 'float'})
    detectorSerialNumber = Column('detectorSerialNumber', String(30), info={'sql_type': 'varchar(30)'})
    detectorDistanceMin = Column('detectorDistanceMin', Double, info={'sql_type': 'double'})
    detectorDistanceMax = Column('detectorDistanceMax', Double, info={'sql_type': 'double'})
    trustedPixelValueRangeLower = Column('trustedPixelValueRangeLower', Double, info={'sql_type': 'double'})
    trustedPixelValueRangeUpper = Column('trustedPixelValueRangeUpper', Double, info={'sql_type': 'double'})
    sensorThickness = Column('sensorThickness', Float, info={'sql_type': 'float'})
    overload = Column('overload', Float, info={'sql_type': 'float'})
    XGeoCorr = Column('XGeoCorr', String(255), info={'sql_type': 'varchar(255)'})
    YGeoCorr = Column('YGeoCorr', String(255), info={'sql_type': 'varchar(255)'})
    detectorMode = Column('detectorMode', String(255), info={'sql_type': 'varchar(255)'})
    density = Column('density', Float, info={'sql_type': 'float'})
    composition = Column('composition', String(16), info={'sql_type': 'varchar(16)'})
    numberOfPixelsX = Column('numberOfPixelsX', Integer, comment='Detector number of pixels in x', info={'sql_type': 'mediumint(9)'})
    numberOfPixelsY = Column('numberOfPixelsY', Integer, comment='Detector number of pixels in y', info={'sql_type': 'mediumint(9)'})
    detectorRollMin = Column('detectorRollMin', Double, comment='unit: degrees', info={'sql_type': 'double'})
    detectorRollMax = Column('detectorRollMax', Double, comment='unit: degrees', info={'sql_type': 'double'})
    localName = Column('localName', String(40), comment='Colloquial name for the detector', info={'sql_type': 'varchar(40)'})
    numberOfROIPixelsX = Column('numberOfROIPixelsX', Integer, comment='Detector number of pixels in x in ROI mode', info={'sql_type': 'mediumint(9)'})
    numberOfROIPixelsY = Column('numberOfROIPixelsY', Integer, comment='Detector number of pixels in y in ROI mode', info={'sql_type': 'mediumint(9)'})


class Dewar(Base):
    """The Dewar table."""

    __tablename__ = 'Dewar'
    __table_args__ = (
        Index('ix_Dewar_Dewar_FKIndex1', 'shippingId'),
        Index('ix_Dewar_Dewar_FKIndex2', 'firstExperimentId'),
        Index('ix_Dewar_Dewar_FKIndexCode', 'code'),
        Index('ix_Dewar_Dewar_FKIndexStatus', 'dewarStatus'),
        Index('ix_Dewar_Dewar_fk_dewarRegistryId', 'dewarRegistryId'),
        UniqueConstraint('barCode', name='uq_Dewar_barCode'),
    )

    dewarId = Column('dewarId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    shippingId = Column('shippingId', Integer, ForeignKey("Shipping.shippingId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    code = Column('code', String(45), info={'sql_type': 'varchar(45)'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    storageLocation = Column('storageLocation', String(45), info={'sql_type': 'varchar(45)'})
    dewarStatus = Column('dewarStatus', String(45), info={'sql_type': 'varchar(45)'})
    bltimeStamp = Column('bltimeStamp', DateTime, info={'sql_type': 'datetime'})
    isStorageDewar = Column('isStorageDewar', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    barCode = Column('barCode', String(45), info={'sql_type': 'varchar(45)'})
    firstExperimentId = Column('firstExperimentId', Integer, ForeignKey("BLSession.sessionId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    customsValue = Column('customsValue', Integer, info={'sql_type': 'int(11) unsigned'})
    transportValue = Column('transportValue', Integer, info={'sql_type': 'int(11) unsigned'})
    trackingNumberToSynchrotron = Column('trackingNumberToSynchrotron', String(30), info={'sql_type': 'varchar(30)'})
    trackingNumberFromSynchrotron = Column('trackingNumberFromSynchrotron', String(30), info={'sql_type': 'varchar(30)'})
    type = Column('type', String(7), nullable=False, server_default=text("'Dewar'"), info={'sql_type': "enum('Dewar','Toolbox','Parcel')", 'enum': ('Dewar', 'Toolbox', 'Parcel')})
    facilityCode = Column('facilityCode', String(20), info={'sql_type': 'varchar(20)'})
    weight = Column('weight', Float, comment='dewar weight in kg', info={'sql_type': 'float'})
    deliveryAgent_barcode = Column('deliveryAgent_barcode', String(30), comment='Courier piece barcode (not the airway bill)', info={'sql_type': 'varchar(30)'})
    extra = Column('extra', Text, comment='JSON column for facility-specific or hard-to-define attributes, e.g. LN2 top-ups and contents checks', info={'sql_type': 'longtext'})
    source = Column('source', String(50), info={'sql_type': 'varchar(50)'})
    externalShippingIdFromSynchrotron = Column('externalShippingIdFromSynchrotron', Integer, comment='ID for shipping from synchrotron in external application', info={'sql_type': 'int(11) unsigned'})
    dewarRegistryId = Column('dewarRegistryId', Integer, ForeignKey("DewarRegistry.dewarRegistryId", ondelete="CASCADE", onupdate="CASCADE"), comment='Reference to the registered dewar i.e. the physical item', info={'sql_type': 'int(11) unsigned'})


class DewarLocation(Base):
    """ISPyB Dewar location table"""

    __tablename__ = 'DewarLocation'
    __table_args__ = (
        {'comment': 'ISPyB Dewar location table'},
    )

    eventId = Column('eventId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    dewarNumber = Column('dewarNumber', String(128), nullable=False, comment='Dewar number', info={'sql_type': 'varchar(128)'})
    userId = Column('userId', String(128), comment='User who locates the dewar', info={'sql_type': 'varchar(128)'})
    dateTime = Column('dateTime', DateTime, comment='Date and time of locatization', info={'sql_type': 'datetime'})
    locationName = Column('locationName', String(128), comment='Location of the dewar', info={'sql_type': 'varchar(128)'})
    courierName = Column('courierName', String(128), comment="Carrier name who's shipping back the dewar", info={'sql_type': 'varchar(128)'})
    courierTrackingNumber = Column('courierTrackingNumber', String(128), comment='Tracking number of the shippment', info={'sql_type': 'varchar(128)'})


class DewarLocationList(Base):
    """List of locations for dewars"""

    __tablename__ = 'DewarLocationList'
    __table_args__ = (
        {'comment': 'List of locations for dewars'},
    )

    locationId = Column('locationId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    locationName = Column('locationName', String(128), nullable=False, server_default=text("''"), comment='Location', info={'sql_type': 'varchar(128)'})


class DewarRegistry(Base):
    """The DewarRegistry table."""

    __tablename__ = 'DewarRegistry'
    __table_args__ = (
        Index('ix_DewarRegistry_DewarRegistry_ibfk_1', 'proposalId'),
        Index('ix_DewarRegistry_DewarRegistry_ibfk_2', 'labContactId'),
        UniqueConstraint('facilityCode', name='uq_DewarRegistry_facilityCode'),
    )

    dewarRegistryId = Column('dewarRegistryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    facilityCode = Column('facilityCode', String(20), nullable=False, info={'sql_type': 'varchar(20)'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    labContactId = Column('labContactId', Integer, ForeignKey("LabContact.labContactId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    purchaseDate = Column('purchaseDate', DateTime, info={'sql_type': 'datetime'})
    bltimestamp = Column('bltimestamp', DateTime, nullable=False, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})
    manufacturerSerialNumber = Column('manufacturerSerialNumber', String(15), comment='Dewar serial number as given by manufacturer. Used to be typically 5 or 6 digits, more likely to be 11 alphanumeric chars in future', info={'sql_type': 'varchar(15)'})
    type = Column('type', String(15), nullable=False, server_default=text("'Dewar'"), info={'sql_type': "enum('Dewar','Toolbox','Thermal Shipper')", 'enum': ('Dewar', 'Toolbox', 'Thermal Shipper')})


class DewarRegistryHasProposal(Base):
    """The DewarRegistry_has_Proposal table."""

    __tablename__ = 'DewarRegistry_has_Proposal'
    __table_args__ = (
        Index('ix_DewarRegistry_has_Proposal_DewarRegistry_has_Proposal_ibfk2', 'proposalId'),
        Index('ix_DewarRegistry_has_Proposal_DewarRegistry_has_Proposal_ibfk3', 'personId'),
        Index('ix_DewarRegistry_has_Proposal_DewarRegistry_has_Proposal_ibfk4', 'labContactId'),
        UniqueConstraint('dewarRegistryId', 'proposalId', name='uq_DewarRegistry_has_Proposal_dewarRegistryId'),
    )

    dewarRegistryHasProposalId = Column('dewarRegistryHasProposalId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dewarRegistryId = Column('dewarRegistryId', Integer, ForeignKey("DewarRegistry.dewarRegistryId"), info={'sql_type': 'int(11) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), comment='Person registering the dewar', info={'sql_type': 'int(10) unsigned'})
    recordTimestamp = Column('recordTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})
    labContactId = Column('labContactId', Integer, ForeignKey("LabContact.labContactId", ondelete="SET NULL", onupdate="CASCADE"), comment='Owner of the dewar', info={'sql_type': 'int(11) unsigned'})


class DewarReport(Base):
    """The DewarReport table."""

    __tablename__ = 'DewarReport'
    __table_args__ = (
        Index('ix_DewarReport_DewarReportIdx1', 'facilityCode'),
    )

    dewarReportId = Column('dewarReportId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    facilityCode = Column('facilityCode', String(20), ForeignKey("DewarRegistry.facilityCode", ondelete="CASCADE"), nullable=False, info={'sql_type': 'varchar(20)'})
    report = Column('report', Text, info={'sql_type': 'text'})
    attachment = Column('attachment', String(255), info={'sql_type': 'varchar(255)'})
    bltimestamp = Column('bltimestamp', DateTime, nullable=False, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class DewarTransportHistory(Base):
    """The DewarTransportHistory table."""

    __tablename__ = 'DewarTransportHistory'
    __table_args__ = (
        Index('ix_DewarTransportHistory_DewarTransportHistory_FKIndex1', 'dewarId'),
    )

    DewarTransportHistoryId = Column('DewarTransportHistoryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    dewarId = Column('dewarId', Integer, ForeignKey("Dewar.dewarId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    dewarStatus = Column('dewarStatus', String(45), nullable=False, info={'sql_type': 'varchar(45)'})
    storageLocation = Column('storageLocation', String(45), nullable=False, info={'sql_type': 'varchar(45)'})
    arrivalDate = Column('arrivalDate', DateTime, nullable=False, info={'sql_type': 'datetime'})


class DiffractionPlan(Base):
    """The DiffractionPlan table."""

    __tablename__ = 'DiffractionPlan'
    __table_args__ = (
        Index('ix_DiffractionPlan_DataCollectionPlan_ibfk3', 'detectorId'),
        Index('ix_DiffractionPlan_DiffractionPlan_ibfk1', 'presetForProposalId'),
        Index('ix_DiffractionPlan_DiffractionPlan_ibfk2', 'purificationColumnId'),
        Index('ix_DiffractionPlan_DiffractionPlan_ibfk3', 'experimentTypeId'),
    )

    diffractionPlanId = Column('diffractionPlanId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(20), info={'sql_type': 'varchar(20)'})
    experimentKind = Column('experimentKind', String(20), info={'sql_type': "enum('Default','MXPressE','MXPressO','MXPressE_SAD','MXScore','MXPressM','MAD','SAD','Fixed','Ligand binding','Refinement','OSC','MAD - Inverse Beam','SAD - Inverse Beam','MESH','XFE','Stepped transmission','XChem High Symmetry','XChem Low Symmetry','Commissioning','Metal ID')", 'enum': ('Default', 'MXPressE', 'MXPressO', 'MXPressE_SAD', 'MXScore', 'MXPressM', 'MAD', 'SAD', 'Fixed', 'Ligand binding', 'Refinement', 'OSC', 'MAD - Inverse Beam', 'SAD - Inverse Beam', 'MESH', 'XFE', 'Stepped transmission', 'XChem High Symmetry', 'XChem Low Symmetry', 'Commissioning', 'Metal ID')})
    observedResolution = Column('observedResolution', Float, info={'sql_type': 'float'})
    minimalResolution = Column('minimalResolution', Float, info={'sql_type': 'float'})
    exposureTime = Column('exposureTime', Float, info={'sql_type': 'float'})
    oscillationRange = Column('oscillationRange', Float, info={'sql_type': 'float'})
    maximalResolution = Column('maximalResolution', Float, info={'sql_type': 'float'})
    screeningResolution = Column('screeningResolution', Float, info={'sql_type': 'float'})
    radiationSensitivity = Column('radiationSensitivity', Float, info={'sql_type': 'float'})
    anomalousScatterer = Column('anomalousScatterer', String(255), info={'sql_type': 'varchar(255)'})
    preferredBeamSizeX = Column('preferredBeamSizeX', Float, info={'sql_type': 'float'})
    preferredBeamSizeY = Column('preferredBeamSizeY', Float, info={'sql_type': 'float'})
    preferredBeamDiameter = Column('preferredBeamDiameter', Float, info={'sql_type': 'float'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    DIFFRACTIONPLANUUID = Column('DIFFRACTIONPLANUUID', String(1000), info={'sql_type': 'varchar(1000)'})
    aimedCompleteness = Column('aimedCompleteness', Double, info={'sql_type': 'double'})
    aimedIOverSigmaAtHighestRes = Column('aimedIOverSigmaAtHighestRes', Double, info={'sql_type': 'double'})
    aimedMultiplicity = Column('aimedMultiplicity', Double, info={'sql_type': 'double'})
    aimedResolution = Column('aimedResolution', Double, info={'sql_type': 'double'})
    anomalousData = Column('anomalousData', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    complexity = Column('complexity', String(45), info={'sql_type': 'varchar(45)'})
    estimateRadiationDamage = Column('estimateRadiationDamage', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    forcedSpaceGroup = Column('forcedSpaceGroup', String(45), info={'sql_type': 'varchar(45)'})
    requiredCompleteness = Column('requiredCompleteness', Double, info={'sql_type': 'double'})
    requiredMultiplicity = Column('requiredMultiplicity', Double, info={'sql_type': 'double'})
    requiredResolution = Column('requiredResolution', Double, info={'sql_type': 'double'})
    strategyOption = Column('strategyOption', String(200), info={'sql_type': 'varchar(200)'})
    kappaStrategyOption = Column('kappaStrategyOption', String(45), info={'sql_type': 'varchar(45)'})
    numberOfPositions = Column('numberOfPositions', Integer, info={'sql_type': 'int(11)'})
    minDimAccrossSpindleAxis = Column('minDimAccrossSpindleAxis', Double, comment='minimum dimension accross the spindle axis', info={'sql_type': 'double'})
    maxDimAccrossSpindleAxis = Column('maxDimAccrossSpindleAxis', Double, comment='maximum dimension accross the spindle axis', info={'sql_type': 'double'})
    radiationSensitivityBeta = Column('radiationSensitivityBeta', Double, info={'sql_type': 'double'})
    radiationSensitivityGamma = Column('radiationSensitivityGamma', Double, info={'sql_type': 'double'})
    minOscWidth = Column('minOscWidth', Float, info={'sql_type': 'float'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    monochromator = Column('monochromator', String(8), comment='DMM or DCM', info={'sql_type': 'varchar(8)'})
    energy = Column('energy', Float, comment='eV', info={'sql_type': 'float'})
    transmission = Column('transmission', Float, comment='Decimal fraction in range [0,1]', info={'sql_type': 'float'})
    boxSizeX = Column('boxSizeX', Float, comment='microns', info={'sql_type': 'float'})
    boxSizeY = Column('boxSizeY', Float, comment='microns', info={'sql_type': 'float'})
    kappaStart = Column('kappaStart', Float, comment='degrees', info={'sql_type': 'float'})
    axisStart = Column('axisStart', Float, comment='degrees', info={'sql_type': 'float'})
    axisRange = Column('axisRange', Float, comment='degrees', info={'sql_type': 'float'})
    numberOfImages = Column('numberOfImages', Integer, comment='The number of images requested', info={'sql_type': 'mediumint(9)'})
    presetForProposalId = Column('presetForProposalId', Integer, ForeignKey("Proposal.proposalId"), comment='Indicates this plan is available to all sessions on given proposal', info={'sql_type': 'int(10) unsigned'})
    beamLineName = Column('beamLineName', String(45), comment='Indicates this plan is available to all sessions on given beamline', info={'sql_type': 'varchar(45)'})
    detectorId = Column('detectorId', Integer, ForeignKey("Detector.detectorId", onupdate="CASCADE"), info={'sql_type': 'int(11)'})
    distance = Column('distance', Double, info={'sql_type': 'double'})
    orientation = Column('orientation', Double, info={'sql_type': 'double'})
    monoBandwidth = Column('monoBandwidth', Double, info={'sql_type': 'double'})
    centringMethod = Column('centringMethod', String(11), info={'sql_type': "enum('xray','loop','diffraction','optical')", 'enum': ('xray', 'loop', 'diffraction', 'optical')})
    userPath = Column('userPath', String(100), comment='User-specified relative "root" path inside the session directory to be used for holding collected data', info={'sql_type': 'varchar(100)'})
    robotPlateTemperature = Column('robotPlateTemperature', Float, comment='units: kelvin', info={'sql_type': 'float'})
    exposureTemperature = Column('exposureTemperature', Float, comment='units: kelvin', info={'sql_type': 'float'})
    experimentTypeId = Column('experimentTypeId', Integer, ForeignKey("ExperimentType.experimentTypeId"), info={'sql_type': 'int(10) unsigned'})
    purificationColumnId = Column('purificationColumnId', Integer, ForeignKey("PurificationColumn.purificationColumnId"), info={'sql_type': 'int(10) unsigned'})
    collectionMode = Column('collectionMode', String(6), comment='The requested collection mode, possible values are auto, manual', info={'sql_type': "enum('auto','manual')", 'enum': ('auto', 'manual')})
    priority = Column('priority', Integer, comment='The priority of this sample relative to others in the shipment', info={'sql_type': 'int(4)'})
    qMin = Column('qMin', Float, comment='minimum in qRange, unit: nm^-1, needed for SAXS', info={'sql_type': 'float'})
    qMax = Column('qMax', Float, comment='maximum in qRange, unit: nm^-1, needed for SAXS', info={'sql_type': 'float'})
    reductionParametersAveraging = Column('reductionParametersAveraging', String(17), comment='Post processing params for SAXS', info={'sql_type': "enum('All','Fastest Dimension','1D')", 'enum': ('All', 'Fastest Dimension', '1D')})
    scanParameters = Column('scanParameters', Text, comment='JSON serialised scan parameters, useful for parameters without designated columns', info={'sql_type': 'longtext'})


class EnergyScan(Base):
    """The EnergyScan table."""

    __tablename__ = 'EnergyScan'
    __table_args__ = (
        Index('ix_EnergyScan_ES_ibfk_2', 'blSampleId'),
        Index('ix_EnergyScan_ES_ibfk_3', 'blSubSampleId'),
        Index('ix_EnergyScan_EnergyScan_FKIndex2', 'sessionId'),
    )

    energyScanId = Column('energyScanId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), info={'sql_type': 'int(10) unsigned'})
    fluorescenceDetector = Column('fluorescenceDetector', String(255), info={'sql_type': 'varchar(255)'})
    scanFileFullPath = Column('scanFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    jpegChoochFileFullPath = Column('jpegChoochFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    element = Column('element', String(45), info={'sql_type': 'varchar(45)'})
    startEnergy = Column('startEnergy', Float, info={'sql_type': 'float'})
    endEnergy = Column('endEnergy', Float, info={'sql_type': 'float'})
    transmissionFactor = Column('transmissionFactor', Float, info={'sql_type': 'float'})
    exposureTime = Column('exposureTime', Float, info={'sql_type': 'float'})
    axisPosition = Column('axisPosition', Float, info={'sql_type': 'float'})
    synchrotronCurrent = Column('synchrotronCurrent', Float, info={'sql_type': 'float'})
    temperature = Column('temperature', Float, info={'sql_type': 'float'})
    peakEnergy = Column('peakEnergy', Float, info={'sql_type': 'float'})
    peakFPrime = Column('peakFPrime', Float, info={'sql_type': 'float'})
    peakFDoublePrime = Column('peakFDoublePrime', Float, info={'sql_type': 'float'})
    inflectionEnergy = Column('inflectionEnergy', Float, info={'sql_type': 'float'})
    inflectionFPrime = Column('inflectionFPrime', Float, info={'sql_type': 'float'})
    inflectionFDoublePrime = Column('inflectionFDoublePrime', Float, info={'sql_type': 'float'})
    xrayDose = Column('xrayDose', Float, info={'sql_type': 'float'})
    startTime = Column('startTime', DateTime, info={'sql_type': 'datetime'})
    endTime = Column('endTime', DateTime, info={'sql_type': 'datetime'})
    edgeEnergy = Column('edgeEnergy', String(255), info={'sql_type': 'varchar(255)'})
    filename = Column('filename', String(255), info={'sql_type': 'varchar(255)'})
    beamSizeVertical = Column('beamSizeVertical', Float, info={'sql_type': 'float'})
    beamSizeHorizontal = Column('beamSizeHorizontal', Float, info={'sql_type': 'float'})
    choochFileFullPath = Column('choochFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    crystalClass = Column('crystalClass', String(20), info={'sql_type': 'varchar(20)'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    flux = Column('flux', Double, comment='flux measured before the energyScan', info={'sql_type': 'double'})
    flux_end = Column('flux_end', Double, comment='flux measured after the energyScan', info={'sql_type': 'double'})
    workingDirectory = Column('workingDirectory', String(45), info={'sql_type': 'varchar(45)'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), info={'sql_type': 'int(11) unsigned'})


class ExperimentKindDetails(Base):
    """The ExperimentKindDetails table."""

    __tablename__ = 'ExperimentKindDetails'
    __table_args__ = (
        Index('ix_ExperimentKindDetails_ExperimentKindDetails_FKIndex1', 'diffractionPlanId'),
    )

    experimentKindId = Column('experimentKindId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    diffractionPlanId = Column('diffractionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    exposureIndex = Column('exposureIndex', Integer, info={'sql_type': 'int(10) unsigned'})
    dataCollectionType = Column('dataCollectionType', String(45), info={'sql_type': 'varchar(45)'})
    dataCollectionKind = Column('dataCollectionKind', String(45), info={'sql_type': 'varchar(45)'})
    wedgeValue = Column('wedgeValue', Float, info={'sql_type': 'float'})


class ExperimentType(Base):
    """A lookup table for different types of experients"""

    __tablename__ = 'ExperimentType'
    __table_args__ = (
        {'comment': 'A lookup table for different types of experients'},
    )

    experimentTypeId = Column('experimentTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    proposalType = Column('proposalType', String(10), info={'sql_type': 'varchar(10)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})


class GeometryClassname(Base):
    """The GeometryClassname table."""

    __tablename__ = 'GeometryClassname'

    geometryClassnameId = Column('geometryClassnameId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    geometryClassname = Column('geometryClassname', String(45), info={'sql_type': 'varchar(45)'})
    geometryOrder = Column('geometryOrder', Integer, nullable=False, info={'sql_type': 'int(2)'})


class GridImageMap(Base):
    """The GridImageMap table."""

    __tablename__ = 'GridImageMap'
    __table_args__ = (
        Index('ix_GridImageMap__GridImageMap_ibfk1', 'dataCollectionId'),
    )

    gridImageMapId = Column('gridImageMapId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId"), info={'sql_type': 'int(11) unsigned'})
    imageNumber = Column('imageNumber', Integer, comment='Movie number, sequential 1-n in time order', info={'sql_type': 'int(11) unsigned'})
    outputFileId = Column('outputFileId', String(80), comment='File number, file 1 may not be movie 1', info={'sql_type': 'varchar(80)'})
    positionX = Column('positionX', Float, comment='X position of stage, Units: um', info={'sql_type': 'float'})
    positionY = Column('positionY', Float, comment='Y position of stage, Units: um', info={'sql_type': 'float'})


class GridInfo(Base):
    """The GridInfo table."""

    __tablename__ = 'GridInfo'
    __table_args__ = (
        Index('ix_GridInfo_GridInfo_fk_dataCollectionId', 'dataCollectionId'),
        Index('ix_GridInfo_GridInfo_ibfk_2', 'dataCollectionGroupId'),
        Index('ix_GridInfo_workflowMeshId', 'workflowMeshId'),
    )

    gridInfoId = Column('gridInfoId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    xOffset = Column('xOffset', Double, info={'sql_type': 'double'})
    yOffset = Column('yOffset', Double, info={'sql_type': 'double'})
    dx_mm = Column('dx_mm', Double, info={'sql_type': 'double'})
    dy_mm = Column('dy_mm', Double, info={'sql_type': 'double'})
    steps_x = Column('steps_x', Double, info={'sql_type': 'double'})
    steps_y = Column('steps_y', Double, info={'sql_type': 'double'})
    meshAngle = Column('meshAngle', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    workflowMeshId = Column('workflowMeshId', Integer, info={'sql_type': 'int(11) unsigned'})
    orientation = Column('orientation', String(10), server_default=text("'horizontal'"), info={'sql_type': "enum('vertical','horizontal')", 'enum': ('vertical', 'horizontal')})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId"), info={'sql_type': 'int(11)'})
    snapshot_offsetXPixel = Column('snapshot_offsetXPixel', Float, info={'sql_type': 'float'})
    snapshot_offsetYPixel = Column('snapshot_offsetYPixel', Float, info={'sql_type': 'float'})
    snaked = Column('snaked', SmallInteger, server_default=text("0"), comment='True: The images associated with the DCG were collected in a snaked pattern', info={'sql_type': 'tinyint(1)'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    patchesX = Column('patchesX', Integer, server_default=text("1"), comment='Number of patches the grid is made up of in the X direction', info={'sql_type': 'int(10)'})
    patchesY = Column('patchesY', Integer, server_default=text("1"), comment='Number of patches the grid is made up of in the Y direction', info={'sql_type': 'int(10)'})
    micronsPerPixelX = Column('micronsPerPixelX', Float, info={'sql_type': 'float'})
    micronsPerPixelY = Column('micronsPerPixelY', Float, info={'sql_type': 'float'})


class Image(Base):
    """The Image table."""

    __tablename__ = 'Image'
    __table_args__ = (
        Index('ix_Image_Image_FKIndex1', 'dataCollectionId'),
        Index('ix_Image_Image_FKIndex2', 'imageNumber'),
        Index('ix_Image_Image_Index3', 'fileLocation', 'fileName'),
        Index('ix_Image_motorPositionId', 'motorPositionId'),
    )

    imageId = Column('imageId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(12) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(11) unsigned'})
    imageNumber = Column('imageNumber', Integer, info={'sql_type': 'int(10) unsigned'})
    fileName = Column('fileName', String(255), info={'sql_type': 'varchar(255)'})
    fileLocation = Column('fileLocation', String(255), info={'sql_type': 'varchar(255)'})
    measuredIntensity = Column('measuredIntensity', Float, info={'sql_type': 'float'})
    jpegFileFullPath = Column('jpegFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    jpegThumbnailFileFullPath = Column('jpegThumbnailFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    temperature = Column('temperature', Float, info={'sql_type': 'float'})
    cumulativeIntensity = Column('cumulativeIntensity', Float, info={'sql_type': 'float'})
    synchrotronCurrent = Column('synchrotronCurrent', Float, info={'sql_type': 'float'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    machineMessage = Column('machineMessage', String(1024), info={'sql_type': 'varchar(1024)'})
    BLTIMESTAMP = Column('BLTIMESTAMP', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    motorPositionId = Column('motorPositionId', Integer, ForeignKey("MotorPosition.motorPositionId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})


class ImageQualityIndicators(Base):
    """The ImageQualityIndicators table."""

    __tablename__ = 'ImageQualityIndicators'

    dataCollectionId = Column('dataCollectionId', Integer, primary_key=True, info={'sql_type': 'int(11) unsigned'})
    imageNumber = Column('imageNumber', Integer, primary_key=True, info={'sql_type': 'mediumint(8) unsigned'})
    imageId = Column('imageId', Integer, info={'sql_type': 'int(12)'})
    autoProcProgramId = Column('autoProcProgramId', Integer, comment='Foreign key to the AutoProcProgram table', info={'sql_type': 'int(10) unsigned'})
    spotTotal = Column('spotTotal', Integer, comment='Total number of spots', info={'sql_type': 'int(10)'})
    inResTotal = Column('inResTotal', Integer, comment='Total number of spots in resolution range', info={'sql_type': 'int(10)'})
    goodBraggCandidates = Column('goodBraggCandidates', Integer, comment='Total number of Bragg diffraction spots', info={'sql_type': 'int(10)'})
    iceRings = Column('iceRings', Integer, comment='Number of ice rings identified', info={'sql_type': 'int(10)'})
    method1Res = Column('method1Res', Float, comment='Resolution estimate 1 (see publication)', info={'sql_type': 'float'})
    method2Res = Column('method2Res', Float, comment='Resolution estimate 2 (see publication)', info={'sql_type': 'float'})
    maxUnitCell = Column('maxUnitCell', Float, comment='Estimation of the largest possible unit cell edge', info={'sql_type': 'float'})
    pctSaturationTop50Peaks = Column('pctSaturationTop50Peaks', Float, comment='The fraction of the dynamic range being used', info={'sql_type': 'float'})
    inResolutionOvrlSpots = Column('inResolutionOvrlSpots', Integer, comment='Number of spots overloaded', info={'sql_type': 'int(10)'})
    binPopCutOffMethod2Res = Column('binPopCutOffMethod2Res', Float, comment='Cut off used in resolution limit calculation', info={'sql_type': 'float'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    totalIntegratedSignal = Column('totalIntegratedSignal', Double, info={'sql_type': 'double'})
    dozor_score = Column('dozor_score', Double, comment='dozor_score', info={'sql_type': 'double'})
    driftFactor = Column('driftFactor', Float, comment='EM movie drift factor', info={'sql_type': 'float'})


class Imager(Base):
    """The Imager table."""

    __tablename__ = 'Imager'

    imagerId = Column('imagerId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(45), nullable=False, info={'sql_type': 'varchar(45)'})
    temperature = Column('temperature', Float, info={'sql_type': 'float'})
    serial = Column('serial', String(45), info={'sql_type': 'varchar(45)'})
    capacity = Column('capacity', SmallInteger, info={'sql_type': 'smallint(6)'})


class InspectionType(Base):
    """The InspectionType table."""

    __tablename__ = 'InspectionType'

    inspectionTypeId = Column('inspectionTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})


class IspybCrystalClass(Base):
    """ISPyB crystal class values"""

    __tablename__ = 'IspybCrystalClass'
    __table_args__ = (
        {'comment': 'ISPyB crystal class values'},
    )

    crystalClassId = Column('crystalClassId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11)'})
    crystalClass_code = Column('crystalClass_code', String(20), nullable=False, info={'sql_type': 'varchar(20)'})
    crystalClass_name = Column('crystalClass_name', String(255), nullable=False, info={'sql_type': 'varchar(255)'})


class IspybReference(Base):
    """The IspybReference table."""

    __tablename__ = 'IspybReference'

    referenceId = Column('referenceId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    referenceName = Column('referenceName', String(255), comment='reference name', info={'sql_type': 'varchar(255)'})
    referenceUrl = Column('referenceUrl', String(1024), comment='url of the reference', info={'sql_type': 'varchar(1024)'})
    referenceBibtext = Column('referenceBibtext', LargeBinary, comment='bibtext value of the reference', info={'sql_type': 'blob'})
    beamline = Column('beamline', String(6), comment='beamline involved', info={'sql_type': "enum('All','ID14-4','ID23-1','ID23-2','ID29','XRF','AllXRF','Mesh')", 'enum': ('All', 'ID14-4', 'ID23-1', 'ID23-2', 'ID29', 'XRF', 'AllXRF', 'Mesh')})


class LabContact(Base):
    """The LabContact table."""

    __tablename__ = 'LabContact'
    __table_args__ = (
        Index('ix_LabContact_LabContact_FKIndex1', 'proposalId'),
        UniqueConstraint('cardName', 'proposalId', name='uq_LabContact_cardNameAndProposal'),
        UniqueConstraint('personId', 'proposalId', name='uq_LabContact_personAndProposal'),
    )

    labContactId = Column('labContactId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    cardName = Column('cardName', String(40), nullable=False, info={'sql_type': 'varchar(40)'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    defaultCourrierCompany = Column('defaultCourrierCompany', String(45), info={'sql_type': 'varchar(45)'})
    courierAccount = Column('courierAccount', String(45), info={'sql_type': 'varchar(45)'})
    billingReference = Column('billingReference', String(45), info={'sql_type': 'varchar(45)'})
    dewarAvgCustomsValue = Column('dewarAvgCustomsValue', Integer, nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    dewarAvgTransportValue = Column('dewarAvgTransportValue', Integer, nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})


class Laboratory(Base):
    """The Laboratory table."""

    __tablename__ = 'Laboratory'

    laboratoryId = Column('laboratoryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    laboratoryUUID = Column('laboratoryUUID', String(45), info={'sql_type': 'varchar(45)'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})
    address = Column('address', String(255), info={'sql_type': 'varchar(255)'})
    city = Column('city', String(45), info={'sql_type': 'varchar(45)'})
    country = Column('country', String(45), info={'sql_type': 'varchar(45)'})
    url = Column('url', String(255), info={'sql_type': 'varchar(255)'})
    organization = Column('organization', String(45), info={'sql_type': 'varchar(45)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    laboratoryPk = Column('laboratoryPk', Integer, info={'sql_type': 'int(10)'})
    postcode = Column('postcode', String(15), info={'sql_type': 'varchar(15)'})
    EORINumber = Column('EORINumber', String(17), comment='An EORI number consists of an ISO Country code from an EU Member State  (2 characters) + a maximum of 15 characters', info={'sql_type': 'varchar(17)'})


class LaserParameters(Base):
    """Laser parameters"""

    __tablename__ = 'LaserParameters'
    __table_args__ = (
        Index('ix_LaserParameters_LaserParameters_fk_robotActionId', 'robotActionId'),
        UniqueConstraint('robotActionId', name='uq_LaserParameters_LaserParameters_robotActionId_uc1'),
        {'comment': 'Laser parameters'},
    )

    laserParametersId = Column('laserParametersId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    robotActionId = Column('robotActionId', Integer, ForeignKey("RobotAction.robotActionId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    laserRepetitionRate = Column('laserRepetitionRate', Float, comment='Laser repetition rate, in kHz', info={'sql_type': 'float'})
    scanheadMoveSpeed = Column('scanheadMoveSpeed', Float, comment='Scanhead move speed, in m/s', info={'sql_type': 'float'})
    laserTransmission = Column('laserTransmission', Float, comment='Laser transmission, in %', info={'sql_type': 'float'})
    numberOfPasses = Column('numberOfPasses', Integer, info={'sql_type': 'int(10) unsigned'})
    gonioRotationSpeed = Column('gonioRotationSpeed', Integer, comment='Goniometer rotation speed, in deg/s', info={'sql_type': 'int(10)'})
    totalMarkingTime = Column('totalMarkingTime', Float, comment='Total marking time, in s', info={'sql_type': 'float'})


class LaserPoint(Base):
    """Laser points"""

    __tablename__ = 'LaserPoint'
    __table_args__ = (
        Index('ix_LaserPoint_LaserPoint_fk_laserParametersId', 'laserParametersId'),
        UniqueConstraint('laserParametersId', 'pointIndex', name='uq_LaserPoint_LaserPoint_laserParametersId_pointIndex_uc1'),
        {'comment': 'Laser points'},
    )

    laserPointId = Column('laserPointId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    laserParametersId = Column('laserParametersId', Integer, ForeignKey("LaserParameters.laserParametersId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    x = Column('x', Integer, nullable=False, comment='X coordinate of point, in microns', info={'sql_type': 'int(10) unsigned'})
    y = Column('y', Integer, nullable=False, comment='Y coordinate of point, in microns', info={'sql_type': 'int(10) unsigned'})
    pointIndex = Column('pointIndex', Integer, nullable=False, comment='Index of point, expresses ordinality', info={'sql_type': 'int(10)'})
    radius = Column('radius', Integer, comment='Radius of point, in microns', info={'sql_type': 'int(10) unsigned'})
    laserOn = Column('laserOn', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})


class LDAPSearchBase(Base):
    """LDAP search base and the sequence number in which it should be attempted"""

    __tablename__ = 'LDAPSearchBase'
    __table_args__ = (
        Index('ix_LDAPSearchBase_LDAPSearchBase_fk_ldapSearchParametersId', 'ldapSearchParametersId'),
        {'comment': 'LDAP search base and the sequence number in which it should be attempted'},
    )

    ldapSearchBaseId = Column('ldapSearchBaseId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    ldapSearchParametersId = Column('ldapSearchParametersId', Integer, ForeignKey("LDAPSearchParameters.ldapSearchParametersId"), nullable=False, comment='The other LDAP search parameters to be used with this search base', info={'sql_type': 'int(11) unsigned'})
    searchBase = Column('searchBase', String(200), nullable=False, comment='Name of the object we search for', info={'sql_type': 'varchar(200)'})
    sequenceNumber = Column('sequenceNumber', SmallInteger, nullable=False, comment='The number in the sequence of searches where this search base should be attempted', info={'sql_type': 'tinyint(3) unsigned'})


class LDAPSearchParameters(Base):
    """All necessary parameters to run an LDAP search, except the search base"""

    __tablename__ = 'LDAPSearchParameters'
    __table_args__ = (
        {'comment': 'All necessary parameters to run an LDAP search, except the search base'},
    )

    ldapSearchParametersId = Column('ldapSearchParametersId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    accountType = Column('accountType', String(18), nullable=False, comment='The entity type returned by the search', info={'sql_type': "enum('group_member','staff_account','functional_account')", 'enum': ('group_member', 'staff_account', 'functional_account')})
    accountTypeGroupName = Column('accountTypeGroupName', String(100), comment='all accounts of this type must be members of this group', info={'sql_type': 'varchar(100)'})
    oneOrMany = Column('oneOrMany', String(4), nullable=False, comment='Expected number of search results', info={'sql_type': "enum('one','many')", 'enum': ('one', 'many')})
    hostURL = Column('hostURL', String(200), nullable=False, comment='URL for the LDAP host', info={'sql_type': 'varchar(200)'})
    filter = Column('filter', String(200), comment='A filter string for the search', info={'sql_type': 'varchar(200)'})
    attributes = Column('attributes', String(255), nullable=False, comment='Comma-separated list of search attributes', info={'sql_type': 'varchar(255)'})


class Ligand(Base):
    """Ligands in biochemistry are substances that bind to biomolecules"""

    __tablename__ = 'Ligand'
    __table_args__ = (
        Index('ix_Ligand_Ligand_fk_proposalId', 'proposalId'),
        {'comment': 'Ligands in biochemistry are substances that bind to biomolecules'},
    )

    ligandId = Column('ligandId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='References Proposal table', info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(255), nullable=False, info={'sql_type': 'varchar(255)'})
    SMILES = Column('SMILES', String(400), comment='Chemical structure', info={'sql_type': 'varchar(400)'})
    libraryName = Column('libraryName', String(30), comment='Name of ligand library, to preserve provenance', info={'sql_type': 'varchar(30)'})
    libraryBatchNumber = Column('libraryBatchNumber', String(30), comment='Batch number of library, to preserve provenance', info={'sql_type': 'varchar(30)'})
    plateBarcode = Column('plateBarcode', String(30), comment='Specific barcode of the plate it came from, to preserve provenance', info={'sql_type': 'varchar(30)'})
    sourceWell = Column('sourceWell', String(30), comment='Location within that plate, to preserve provenance', info={'sql_type': 'varchar(30)'})


class LigandHasPDB(Base):
    """Junction table for Ligand and PDB"""

    __tablename__ = 'Ligand_has_PDB'
    __table_args__ = (
        Index('ix_Ligand_has_PDB_Ligand_Has_PDB_fk2', 'pdbId'),
        {'comment': 'Junction table for Ligand and PDB'},
    )

    ligandId = Column('ligandId', Integer, ForeignKey("Ligand.ligandId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    pdbId = Column('pdbId', Integer, ForeignKey("PDB.pdbId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ModelBuilding(Base):
    """The ModelBuilding table."""

    __tablename__ = 'ModelBuilding'
    __table_args__ = (
        Index('ix_ModelBuilding_ModelBuilding_FKIndex1', 'phasingAnalysisId'),
        Index('ix_ModelBuilding_ModelBuilding_FKIndex2', 'phasingProgramRunId'),
        Index('ix_ModelBuilding_ModelBuilding_FKIndex3', 'spaceGroupId'),
    )

    modelBuildingId = Column('modelBuildingId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, ForeignKey("PhasingAnalysis.phasingAnalysisId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related phasing analysis item', info={'sql_type': 'int(11) unsigned'})
    phasingProgramRunId = Column('phasingProgramRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related program item', info={'sql_type': 'int(11) unsigned'})
    spaceGroupId = Column('spaceGroupId', Integer, ForeignKey("SpaceGroup.spaceGroupId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related spaceGroup', info={'sql_type': 'int(10) unsigned'})
    lowRes = Column('lowRes', Double, info={'sql_type': 'double'})
    highRes = Column('highRes', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class MotorPosition(Base):
    """The MotorPosition table."""

    __tablename__ = 'MotorPosition'

    motorPositionId = Column('motorPositionId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phiX = Column('phiX', Double, info={'sql_type': 'double'})
    phiY = Column('phiY', Double, info={'sql_type': 'double'})
    phiZ = Column('phiZ', Double, info={'sql_type': 'double'})
    sampX = Column('sampX', Double, info={'sql_type': 'double'})
    sampY = Column('sampY', Double, info={'sql_type': 'double'})
    omega = Column('omega', Double, info={'sql_type': 'double'})
    kappa = Column('kappa', Double, info={'sql_type': 'double'})
    phi = Column('phi', Double, info={'sql_type': 'double'})
    chi = Column('chi', Double, info={'sql_type': 'double'})
    gridIndexY = Column('gridIndexY', Integer, info={'sql_type': 'int(11)'})
    gridIndexZ = Column('gridIndexZ', Integer, info={'sql_type': 'int(11)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})


class MXMRRun(Base):
    """The MXMRRun table."""

    __tablename__ = 'MXMRRun'
    __table_args__ = (
        Index('ix_MXMRRun_mxMRRun_FK1', 'autoProcScalingId'),
        Index('ix_MXMRRun_mxMRRun_FK2', 'autoProcProgramId'),
    )

    mxMRRunId = Column('mxMRRunId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    autoProcScalingId = Column('autoProcScalingId', Integer, ForeignKey("AutoProcScaling.autoProcScalingId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    rValueStart = Column('rValueStart', Float, info={'sql_type': 'float'})
    rValueEnd = Column('rValueEnd', Float, info={'sql_type': 'float'})
    rFreeValueStart = Column('rFreeValueStart', Float, info={'sql_type': 'float'})
    rFreeValueEnd = Column('rFreeValueEnd', Float, info={'sql_type': 'float'})
    LLG = Column('LLG', Float, comment='Log Likelihood Gain', info={'sql_type': 'float'})
    TFZ = Column('TFZ', Float, comment='Translation Function Z-score', info={'sql_type': 'float'})
    spaceGroup = Column('spaceGroup', String(45), comment='Space group of the MR solution', info={'sql_type': 'varchar(45)'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), info={'sql_type': 'int(11) unsigned'})


class MXMRRunBlob(Base):
    """The MXMRRunBlob table."""

    __tablename__ = 'MXMRRunBlob'
    __table_args__ = (
        Index('ix_MXMRRunBlob_mxMRRunBlob_FK1', 'mxMRRunId'),
    )

    mxMRRunBlobId = Column('mxMRRunBlobId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    mxMRRunId = Column('mxMRRunId', Integer, ForeignKey("MXMRRun.mxMRRunId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    view1 = Column('view1', String(255), info={'sql_type': 'varchar(255)'})
    view2 = Column('view2', String(255), info={'sql_type': 'varchar(255)'})
    view3 = Column('view3', String(255), info={'sql_type': 'varchar(255)'})
    filePath = Column('filePath', String(255), comment='File path corresponding to the filenames in the view* columns', info={'sql_type': 'varchar(255)'})
    x = Column('x', Float, comment='Fractional x coordinate of blob in range [-1, 1]', info={'sql_type': 'float'})
    y = Column('y', Float, comment='Fractional y coordinate of blob in range [-1, 1]', info={'sql_type': 'float'})
    z = Column('z', Float, comment='Fractional z coordinate of blob in range [-1, 1]', info={'sql_type': 'float'})
    height = Column('height', Float, comment='Blob height (sigmas)', info={'sql_type': 'float'})
    occupancy = Column('occupancy', Float, comment='Site occupancy factor in range [0, 1]', info={'sql_type': 'float'})
    nearestAtomName = Column('nearestAtomName', String(4), comment='Name of nearest atom', info={'sql_type': 'varchar(4)'})
    nearestAtomChainId = Column('nearestAtomChainId', String(2), comment='Chain identifier of nearest atom', info={'sql_type': 'varchar(2)'})
    nearestAtomResName = Column('nearestAtomResName', String(4), comment='Residue name of nearest atom', info={'sql_type': 'varchar(4)'})
    nearestAtomResSeq = Column('nearestAtomResSeq', Integer, comment='Residue sequence number of nearest atom', info={'sql_type': 'mediumint(8) unsigned'})
    nearestAtomDistance = Column('nearestAtomDistance', Float, comment='Distance in Angstrom to nearest atom', info={'sql_type': 'float'})
    mapType = Column('mapType', String(10), comment='Type of electron density map corresponding to this blob', info={'sql_type': "enum('anomalous','difference')", 'enum': ('anomalous', 'difference')})


class PDB(Base):
    """The PDB table."""

    __tablename__ = 'PDB'

    pdbId = Column('pdbId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(255), info={'sql_type': 'varchar(255)'})
    contents = Column('contents', Text, info={'sql_type': 'mediumtext /*M!100301 COMPRESSED*/'})
    code = Column('code', String(4), info={'sql_type': 'varchar(4)'})
    source = Column('source', String(30), comment='Could be e.g. AlphaFold or RoseTTAFold', info={'sql_type': 'varchar(30)'})


class PDBEntry(Base):
    """The PDBEntry table."""

    __tablename__ = 'PDBEntry'
    __table_args__ = (
        Index('ix_PDBEntry_pdbEntryIdx1', 'autoProcProgramId'),
    )

    pdbEntryId = Column('pdbEntryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    code = Column('code', String(4), info={'sql_type': 'varchar(4)'})
    cell_a = Column('cell_a', Float, info={'sql_type': 'float'})
    cell_b = Column('cell_b', Float, info={'sql_type': 'float'})
    cell_c = Column('cell_c', Float, info={'sql_type': 'float'})
    cell_alpha = Column('cell_alpha', Float, info={'sql_type': 'float'})
    cell_beta = Column('cell_beta', Float, info={'sql_type': 'float'})
    cell_gamma = Column('cell_gamma', Float, info={'sql_type': 'float'})
    resolution = Column('resolution', Float, info={'sql_type': 'float'})
    pdbTitle = Column('pdbTitle', String(255), info={'sql_type': 'varchar(255)'})
    pdbAuthors = Column('pdbAuthors', String(600), info={'sql_type': 'varchar(600)'})
    pdbDate = Column('pdbDate', DateTime, info={'sql_type': 'datetime'})
    pdbBeamlineName = Column('pdbBeamlineName', String(50), info={'sql_type': 'varchar(50)'})
    beamlines = Column('beamlines', String(100), info={'sql_type': 'varchar(100)'})
    distance = Column('distance', Float, info={'sql_type': 'float'})
    autoProcCount = Column('autoProcCount', SmallInteger, info={'sql_type': 'smallint(6)'})
    dataCollectionCount = Column('dataCollectionCount', SmallInteger, info={'sql_type': 'smallint(6)'})
    beamlineMatch = Column('beamlineMatch', SmallInteger, info={'sql_type': 'tinyint(1)'})
    authorMatch = Column('authorMatch', SmallInteger, info={'sql_type': 'tinyint(1)'})


class PDBEntryHasAutoProcProgram(Base):
    """The PDBEntry_has_AutoProcProgram table."""

    __tablename__ = 'PDBEntry_has_AutoProcProgram'
    __table_args__ = (
        Index('ix_PDBEntry_has_AutoProcProgram_pdbEntry_AutoProcProgramIdx1', 'pdbEntryId'),
        Index('ix_PDBEntry_has_AutoProcProgram_pdbEntry_AutoProcProgramIdx2', 'autoProcProgramId'),
    )

    pdbEntryHasAutoProcId = Column('pdbEntryHasAutoProcId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    pdbEntryId = Column('pdbEntryId', Integer, ForeignKey("PDBEntry.pdbEntryId", ondelete="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    distance = Column('distance', Float, info={'sql_type': 'float'})


class Permission(Base):
    """The Permission table."""

    __tablename__ = 'Permission'

    permissionId = Column('permissionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    type = Column('type', String(15), nullable=False, info={'sql_type': 'varchar(15)'})
    description = Column('description', String(100), info={'sql_type': 'varchar(100)'})


class Person(Base):
    """The Person table."""

    __tablename__ = 'Person'
    __table_args__ = (
        Index('ix_Person_Person_FKIndex1', 'laboratoryId'),
        Index('ix_Person_Person_FKIndexFamilyName', 'familyName'),
        UniqueConstraint('login', name='uq_Person_Person_FKIndex_Login'),
        Index('ix_Person_siteId', 'siteId'),
    )

    personId = Column('personId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    laboratoryId = Column('laboratoryId', Integer, ForeignKey("Laboratory.laboratoryId"), info={'sql_type': 'int(10) unsigned'})
    siteId = Column('siteId', Integer, info={'sql_type': 'int(11)'})
    personUUID = Column('personUUID', String(45), info={'sql_type': 'varchar(45)'})
    familyName = Column('familyName', String(100), info={'sql_type': 'varchar(100)'})
    givenName = Column('givenName', String(45), info={'sql_type': 'varchar(45)'})
    title = Column('title', String(45), info={'sql_type': 'varchar(45)'})
    emailAddress = Column('emailAddress', String(60), info={'sql_type': 'varchar(60)'})
    phoneNumber = Column('phoneNumber', String(45), info={'sql_type': 'varchar(45)'})
    login = Column('login', String(45), info={'sql_type': 'varchar(45)'})
    faxNumber = Column('faxNumber', String(45), info={'sql_type': 'varchar(45)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'timestamp'})
    cache = Column('cache', Text, info={'sql_type': 'text'})
    externalId = Column('externalId', LargeBinary(16), info={'sql_type': 'binary(16)'})


class Phasing(Base):
    """The Phasing table."""

    __tablename__ = 'Phasing'
    __table_args__ = (
        Index('ix_Phasing_Phasing_FKIndex1', 'phasingAnalysisId'),
        Index('ix_Phasing_Phasing_FKIndex2', 'phasingProgramRunId'),
        Index('ix_Phasing_Phasing_FKIndex3', 'spaceGroupId'),
    )

    phasingId = Column('phasingId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, ForeignKey("PhasingAnalysis.phasingAnalysisId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related phasing analysis item', info={'sql_type': 'int(11) unsigned'})
    phasingProgramRunId = Column('phasingProgramRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related program item', info={'sql_type': 'int(11) unsigned'})
    spaceGroupId = Column('spaceGroupId', Integer, ForeignKey("SpaceGroup.spaceGroupId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related spaceGroup', info={'sql_type': 'int(10) unsigned'})
    method = Column('method', String(18), comment='phasing method', info={'sql_type': "enum('solvent flattening','solvent flipping','e','SAD','shelxe')", 'enum': ('solvent flattening', 'solvent flipping', 'e', 'SAD', 'shelxe')})
    solventContent = Column('solventContent', Double, info={'sql_type': 'double'})
    enantiomorph = Column('enantiomorph', SmallInteger, comment='0 or 1', info={'sql_type': 'tinyint(1)'})
    lowRes = Column('lowRes', Double, info={'sql_type': 'double'})
    highRes = Column('highRes', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class PhasingHasScaling(Base):
    """The Phasing_has_Scaling table."""

    __tablename__ = 'Phasing_has_Scaling'
    __table_args__ = (
        Index('ix_Phasing_has_Scaling_PhasingHasScaling_FKIndex1', 'phasingAnalysisId'),
        Index('ix_Phasing_has_Scaling_PhasingHasScaling_FKIndex2', 'autoProcScalingId'),
    )

    phasingHasScalingId = Column('phasingHasScalingId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, ForeignKey("PhasingAnalysis.phasingAnalysisId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related phasing analysis item', info={'sql_type': 'int(11) unsigned'})
    autoProcScalingId = Column('autoProcScalingId', Integer, ForeignKey("AutoProcScaling.autoProcScalingId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related autoProcScaling item', info={'sql_type': 'int(10) unsigned'})
    datasetNumber = Column('datasetNumber', Integer, comment='serial number of the dataset and always reserve 0 for the reference', info={'sql_type': 'int(11)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class PhasingAnalysis(Base):
    """The PhasingAnalysis table."""

    __tablename__ = 'PhasingAnalysis'

    phasingAnalysisId = Column('phasingAnalysisId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class PhasingProgramAttachment(Base):
    """The PhasingProgramAttachment table."""

    __tablename__ = 'PhasingProgramAttachment'
    __table_args__ = (
        Index('ix_PhasingProgramAttachment_PhasingProgramAttachment_FKIndex1', 'phasingProgramRunId'),
    )

    phasingProgramAttachmentId = Column('phasingProgramAttachmentId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingProgramRunId = Column('phasingProgramRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related program item', info={'sql_type': 'int(11) unsigned'})
    fileType = Column('fileType', String(7), comment='file type', info={'sql_type': "enum('Map','Logfile','PDB','CSV','INS','RES','TXT')", 'enum': ('Map', 'Logfile', 'PDB', 'CSV', 'INS', 'RES', 'TXT')})
    fileName = Column('fileName', String(45), comment='file name', info={'sql_type': 'varchar(45)'})
    filePath = Column('filePath', String(255), comment='file path', info={'sql_type': 'varchar(255)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class PhasingProgramRun(Base):
    """The PhasingProgramRun table."""

    __tablename__ = 'PhasingProgramRun'

    phasingProgramRunId = Column('phasingProgramRunId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingCommandLine = Column('phasingCommandLine', String(255), comment='Command line for phasing', info={'sql_type': 'varchar(255)'})
    phasingPrograms = Column('phasingPrograms', String(255), comment='Phasing programs (comma separated)', info={'sql_type': 'varchar(255)'})
    phasingStatus = Column('phasingStatus', SmallInteger, comment='success (1) / fail (0)', info={'sql_type': 'tinyint(1)'})
    phasingMessage = Column('phasingMessage', String(255), comment='warning, error,...', info={'sql_type': 'varchar(255)'})
    phasingStartTime = Column('phasingStartTime', DateTime, comment='Processing start time', info={'sql_type': 'datetime'})
    phasingEndTime = Column('phasingEndTime', DateTime, comment='Processing end time', info={'sql_type': 'datetime'})
    phasingEnvironment = Column('phasingEnvironment', String(255), comment='Cpus, Nodes,...', info={'sql_type': 'varchar(255)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class PhasingStatistics(Base):
    """The PhasingStatistics table."""

    __tablename__ = 'PhasingStatistics'
    __table_args__ = (
        Index('ix_PhasingStatistics_PhasingStatistics_FKIndex1', 'phasingHasScalingId1'),
        Index('ix_PhasingStatistics_PhasingStatistics_FKIndex2', 'phasingHasScalingId2'),
        Index('ix_PhasingStatistics_fk_PhasingStatistics_phasingStep_idx', 'phasingStepId'),
    )

    phasingStatisticsId = Column('phasingStatisticsId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingHasScalingId1 = Column('phasingHasScalingId1', Integer, ForeignKey("Phasing_has_Scaling.phasingHasScalingId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='the dataset in question', info={'sql_type': 'int(11) unsigned'})
    phasingHasScalingId2 = Column('phasingHasScalingId2', Integer, ForeignKey("Phasing_has_Scaling.phasingHasScalingId", ondelete="CASCADE", onupdate="CASCADE"), comment='if this is MIT or MAD, which scaling are being compared, null otherwise', info={'sql_type': 'int(11) unsigned'})
    phasingStepId = Column('phasingStepId', Integer, ForeignKey("PhasingStep.phasingStepId"), info={'sql_type': 'int(10) unsigned'})
    numberOfBins = Column('numberOfBins', Integer, comment='the total number of bins', info={'sql_type': 'int(11)'})
    binNumber = Column('binNumber', Integer, comment='binNumber, 999 for overall', info={'sql_type': 'int(11)'})
    lowRes = Column('lowRes', Double, comment='low resolution cutoff of this binfloat', info={'sql_type': 'double'})
    highRes = Column('highRes', Double, comment='high resolution cutoff of this binfloat', info={'sql_type': 'double'})
    metric = Column('metric', String(23), comment='metric', info={'sql_type': 'enum(\'Rcullis\',\'Average Fragment Length\',\'Chain Count\',\'Residues Count\',\'CC\',\'PhasingPower\',\'FOM\',\'<d"/sig>\',\'Best CC\',\'CC(1/2)\',\'Weak CC\',\'CFOM\',\'Pseudo_free_CC\',\'CC of partial model\')', 'enum': ('Rcullis', 'Average Fragment Length', 'Chain Count', 'Residues Count', 'CC', 'PhasingPower', 'FOM', '<d"/sig>', 'Best CC', 'CC(1/2)', 'Weak CC', 'CFOM', 'Pseudo_free_CC', 'CC of partial model')})
    statisticsValue = Column('statisticsValue', Double, comment='the statistics value', info={'sql_type': 'double'})
    nReflections = Column('nReflections', Integer, info={'sql_type': 'int(11)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'datetime'})


class PhasingStep(Base):
    """The PhasingStep table."""

    __tablename__ = 'PhasingStep'
    __table_args__ = (
        Index('ix_PhasingStep_FK_autoprocScaling_id', 'autoProcScalingId'),
        Index('ix_PhasingStep_FK_phasingAnalysis_id', 'phasingAnalysisId'),
        Index('ix_PhasingStep_FK_programRun_id', 'programRunId'),
        Index('ix_PhasingStep_FK_spacegroup_id', 'spaceGroupId'),
    )

    phasingStepId = Column('phasingStepId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    previousPhasingStepId = Column('previousPhasingStepId', Integer, info={'sql_type': 'int(10) unsigned'})
    programRunId = Column('programRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId"), info={'sql_type': 'int(10) unsigned'})
    spaceGroupId = Column('spaceGroupId', Integer, ForeignKey("SpaceGroup.spaceGroupId"), info={'sql_type': 'int(10) unsigned'})
    autoProcScalingId = Column('autoProcScalingId', Integer, ForeignKey("AutoProcScaling.autoProcScalingId"), info={'sql_type': 'int(10) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, info={'sql_type': 'int(10) unsigned'})
    phasingStepType = Column('phasingStepType', String(25), info={'sql_type': "enum('PREPARE','SUBSTRUCTUREDETERMINATION','PHASING','MODELBUILDING')", 'enum': ('PREPARE', 'SUBSTRUCTUREDETERMINATION', 'PHASING', 'MODELBUILDING')})
    method = Column('method', String(45), info={'sql_type': 'varchar(45)'})
    solventContent = Column('solventContent', String(45), info={'sql_type': 'varchar(45)'})
    enantiomorph = Column('enantiomorph', String(45), info={'sql_type': 'varchar(45)'})
    lowRes = Column('lowRes', String(45), info={'sql_type': 'varchar(45)'})
    highRes = Column('highRes', String(45), info={'sql_type': 'varchar(45)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class Position(Base):
    """The Position table."""

    __tablename__ = 'Position'
    __table_args__ = (
        Index('ix_Position_Position_FKIndex1', 'relativePositionId'),
    )

    positionId = Column('positionId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    relativePositionId = Column('relativePositionId', Integer, ForeignKey("Position.positionId", ondelete="CASCADE", onupdate="CASCADE"), comment='relative position, null otherwise', info={'sql_type': 'int(11) unsigned'})
    posX = Column('posX', Double, info={'sql_type': 'double'})
    posY = Column('posY', Double, info={'sql_type': 'double'})
    posZ = Column('posZ', Double, info={'sql_type': 'double'})
    scale = Column('scale', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    X = Column('X', Double, info={'sql_type': 'double'})
    Y = Column('Y', Double, info={'sql_type': 'double'})
    Z = Column('Z', Double, info={'sql_type': 'double'})


class Positioner(Base):
    """An arbitrary positioner and its value, could be e.g. a motor. Allows for instance to store some positions with a sample or subsample"""

    __tablename__ = 'Positioner'
    __table_args__ = (
        {'comment': 'An arbitrary positioner and its value, could be e.g. a motor. Allows for instance to store some positions with a sample or subsample'},
    )

    positionerId = Column('positionerId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    positioner = Column('positioner', String(50), nullable=False, info={'sql_type': 'varchar(50)'})
    value = Column('value', Float, nullable=False, info={'sql_type': 'float'})


class PreparePhasingData(Base):
    """The PreparePhasingData table."""

    __tablename__ = 'PreparePhasingData'
    __table_args__ = (
        Index('ix_PreparePhasingData_PreparePhasingData_FKIndex1', 'phasingAnalysisId'),
        Index('ix_PreparePhasingData_PreparePhasingData_FKIndex2', 'phasingProgramRunId'),
        Index('ix_PreparePhasingData_PreparePhasingData_FKIndex3', 'spaceGroupId'),
    )

    preparePhasingDataId = Column('preparePhasingDataId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, ForeignKey("PhasingAnalysis.phasingAnalysisId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related phasing analysis item', info={'sql_type': 'int(11) unsigned'})
    phasingProgramRunId = Column('phasingProgramRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related program item', info={'sql_type': 'int(11) unsigned'})
    spaceGroupId = Column('spaceGroupId', Integer, ForeignKey("SpaceGroup.spaceGroupId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related spaceGroup', info={'sql_type': 'int(10) unsigned'})
    lowRes = Column('lowRes', Double, info={'sql_type': 'double'})
    highRes = Column('highRes', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class ProcessingJob(Base):
    """From this we get both job times and lag times"""

    __tablename__ = 'ProcessingJob'
    __table_args__ = (
        Index('ix_ProcessingJob_ProcessingJob_ibfk1', 'dataCollectionId'),
        {'comment': 'From this we get both job times and lag times'},
    )

    processingJobId = Column('processingJobId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId"), info={'sql_type': 'int(11) unsigned'})
    displayName = Column('displayName', String(80), comment='xia2, fast_dp, dimple, etc', info={'sql_type': 'varchar(80)'})
    comments = Column('comments', String(255), comment='For users to annotate the job and see the motivation for the job', info={'sql_type': 'varchar(255)'})
    recordTimestamp = Column('recordTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='When job was submitted', info={'sql_type': 'timestamp'})
    recipe = Column('recipe', String(50), comment='What we want to run (xia, dimple, etc).', info={'sql_type': 'varchar(50)'})
    automatic = Column('automatic', SmallInteger, comment='Whether this processing job was triggered automatically or not', info={'sql_type': 'tinyint(1)'})


class ProcessingJobImageSweep(Base):
    """This allows multiple sweeps per processing job for multi-xia2"""

    __tablename__ = 'ProcessingJobImageSweep'
    __table_args__ = (
        Index('ix_ProcessingJobImageSweep_ProcessingJobImageSweep_ibfk1', 'processingJobId'),
        Index('ix_ProcessingJobImageSweep_ProcessingJobImageSweep_ibfk2', 'dataCollectionId'),
        {'comment': 'This allows multiple sweeps per processing job for multi-xia2'},
    )

    processingJobImageSweepId = Column('processingJobImageSweepId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    processingJobId = Column('processingJobId', Integer, ForeignKey("ProcessingJob.processingJobId"), info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId"), info={'sql_type': 'int(11) unsigned'})
    startImage = Column('startImage', Integer, info={'sql_type': 'mediumint(8) unsigned'})
    endImage = Column('endImage', Integer, info={'sql_type': 'mediumint(8) unsigned'})


class ProcessingJobParameter(Base):
    """The ProcessingJobParameter table."""

    __tablename__ = 'ProcessingJobParameter'
    __table_args__ = (
        Index('ix_ProcessingJobParameter_ProcessingJobParameter_ibfk1', 'processingJobId'),
        Index('ix_ProcessingJobParameter_ProcessingJobParameter_idx_paramKey_procJobId', 'parameterKey', 'processingJobId'),
    )

    processingJobParameterId = Column('processingJobParameterId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    processingJobId = Column('processingJobId', Integer, ForeignKey("ProcessingJob.processingJobId"), info={'sql_type': 'int(11) unsigned'})
    parameterKey = Column('parameterKey', String(80), comment='E.g. resolution, spacegroup, pipeline', info={'sql_type': 'varchar(80)'})
    parameterValue = Column('parameterValue', String(1024), info={'sql_type': 'varchar(1024)'})


class ProcessingPipeline(Base):
    """A lookup table for different processing pipelines and their categories"""

    __tablename__ = 'ProcessingPipeline'
    __table_args__ = (
        Index('ix_ProcessingPipeline_ProcessingPipeline_fk1', 'processingPipelineCategoryId'),
        {'comment': 'A lookup table for different processing pipelines and their categories'},
    )

    processingPipelineId = Column('processingPipelineId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    processingPipelineCategoryId = Column('processingPipelineCategoryId', Integer, ForeignKey("ProcessingPipelineCategory.processingPipelineCategoryId"), info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(20), nullable=False, info={'sql_type': 'varchar(20)'})
    discipline = Column('discipline', String(10), nullable=False, info={'sql_type': 'varchar(10)'})
    pipelineStatus = Column('pipelineStatus', String(10), comment='Is the pipeline in operation or available', info={'sql_type': "enum('automatic','optional','deprecated')", 'enum': ('automatic', 'optional', 'deprecated')})
    reprocessing = Column('reprocessing', SmallInteger, server_default=text("1"), comment='Pipeline is available for re-processing', info={'sql_type': 'tinyint(1)'})


class ProcessingPipelineCategory(Base):
    """A lookup table for the category of processing pipeline"""

    __tablename__ = 'ProcessingPipelineCategory'
    __table_args__ = (
        {'comment': 'A lookup table for the category of processing pipeline'},
    )

    processingPipelineCategoryId = Column('processingPipelineCategoryId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(20), nullable=False, info={'sql_type': 'varchar(20)'})


class Project(Base):
    """The Project table."""

    __tablename__ = 'Project'
    __table_args__ = (
        Index('ix_Project_Project_FK1', 'personId'),
    )

    projectId = Column('projectId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), info={'sql_type': 'int(11) unsigned'})
    title = Column('title', String(200), info={'sql_type': 'varchar(200)'})
    acronym = Column('acronym', String(100), info={'sql_type': 'varchar(100)'})
    owner = Column('owner', String(50), info={'sql_type': 'varchar(50)'})


class ProjectHasBLSample(Base):
    """The Project_has_BLSample table."""

    __tablename__ = 'Project_has_BLSample'
    __table_args__ = (
        Index('ix_Project_has_BLSample_Project_has_BLSample_FK2', 'blSampleId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasDCGroup(Base):
    """The Project_has_DCGroup table."""

    __tablename__ = 'Project_has_DCGroup'
    __table_args__ = (
        Index('ix_Project_has_DCGroup_Project_has_DCGroup_FK2', 'dataCollectionGroupId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11)'})


class ProjectHasEnergyScan(Base):
    """The Project_has_EnergyScan table."""

    __tablename__ = 'Project_has_EnergyScan'
    __table_args__ = (
        Index('ix_Project_has_EnergyScan_project_has_energyscan_FK2', 'energyScanId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    energyScanId = Column('energyScanId', Integer, ForeignKey("EnergyScan.energyScanId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasPerson(Base):
    """The Project_has_Person table."""

    __tablename__ = 'Project_has_Person'
    __table_args__ = (
        Index('ix_Project_has_Person_project_has_person_FK2', 'personId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasProtein(Base):
    """The Project_has_Protein table."""

    __tablename__ = 'Project_has_Protein'
    __table_args__ = (
        Index('ix_Project_has_Protein_project_has_protein_FK2', 'proteinId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    proteinId = Column('proteinId', Integer, ForeignKey("Protein.proteinId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasSession(Base):
    """The Project_has_Session table."""

    __tablename__ = 'Project_has_Session'
    __table_args__ = (
        Index('ix_Project_has_Session_project_has_session_FK2', 'sessionId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasShipping(Base):
    """The Project_has_Shipping table."""

    __tablename__ = 'Project_has_Shipping'
    __table_args__ = (
        Index('ix_Project_has_Shipping_project_has_shipping_FK2', 'shippingId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    shippingId = Column('shippingId', Integer, ForeignKey("Shipping.shippingId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class ProjectHasUser(Base):
    """The Project_has_User table."""

    __tablename__ = 'Project_has_User'
    __table_args__ = (
        Index('ix_Project_has_User_Project_Has_user_FK1', 'projectid'),
    )

    projecthasuserid = Column('projecthasuserid', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    projectid = Column('projectid', Integer, ForeignKey("Project.projectId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    username = Column('username', String(15), info={'sql_type': 'varchar(15)'})


class ProjectHasXFEFSpectrum(Base):
    """The Project_has_XFEFSpectrum table."""

    __tablename__ = 'Project_has_XFEFSpectrum'
    __table_args__ = (
        Index('ix_Project_has_XFEFSpectrum_project_has_xfefspectrum_FK2', 'xfeFluorescenceSpectrumId'),
    )

    projectId = Column('projectId', Integer, ForeignKey("Project.projectId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    xfeFluorescenceSpectrumId = Column('xfeFluorescenceSpectrumId', Integer, ForeignKey("XFEFluorescenceSpectrum.xfeFluorescenceSpectrumId", ondelete="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class Proposal(Base):
    """The Proposal table."""

    __tablename__ = 'Proposal'
    __table_args__ = (
        Index('ix_Proposal_Proposal_FKIndex1', 'personId'),
        UniqueConstraint('proposalCode', 'proposalNumber', name='uq_Proposal_Proposal_FKIndexCodeNumber'),
    )

    proposalId = Column('proposalId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    title = Column('title', String(200), info={'sql_type': 'varchar(200)'})
    proposalCode = Column('proposalCode', String(45), info={'sql_type': 'varchar(45)'})
    proposalNumber = Column('proposalNumber', String(45), info={'sql_type': 'varchar(45)'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    proposalType = Column('proposalType', String(2), comment='Proposal type: MX, BX', info={'sql_type': 'varchar(2)'})
    externalId = Column('externalId', LargeBinary(16), info={'sql_type': 'binary(16)'})
    state = Column('state', String(9), server_default=text("'Open'"), info={'sql_type': "enum('Open','Closed','Cancelled')", 'enum': ('Open', 'Closed', 'Cancelled')})
    startDate = Column('startDate', DateTime, comment='Start of the allocation period', info={'sql_type': 'datetime'})
    endDate = Column('endDate', DateTime, comment='End of the allocation period', info={'sql_type': 'datetime'})


class ProposalHasPerson(Base):
    """The ProposalHasPerson table."""

    __tablename__ = 'ProposalHasPerson'
    __table_args__ = (
        Index('ix_ProposalHasPerson_fk_ProposalHasPerson_Personal', 'personId'),
        Index('ix_ProposalHasPerson_fk_ProposalHasPerson_Proposal', 'proposalId'),
    )

    proposalHasPersonId = Column('proposalHasPersonId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    role = Column('role', String(22), info={'sql_type': "enum('Co-Investigator','Principal Investigator','Alternate Contact','ERA Admin','Associate')", 'enum': ('Co-Investigator', 'Principal Investigator', 'Alternate Contact', 'ERA Admin', 'Associate')})


class Protein(Base):
    """The Protein table."""

    __tablename__ = 'Protein'
    __table_args__ = (
        Index('ix_Protein_ProteinAcronym_Index', 'proposalId', 'acronym'),
        Index('ix_Protein_Protein_FKIndex2', 'personId'),
        Index('ix_Protein_Protein_Index2', 'acronym'),
        Index('ix_Protein_protein_fk3', 'componentTypeId'),
        Index('ix_Protein_protein_fk4', 'concentrationTypeId'),
    )

    proteinId = Column('proteinId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(255), info={'sql_type': 'varchar(255)'})
    acronym = Column('acronym', String(45), info={'sql_type': 'varchar(45)'})
    description = Column('description', Text, comment='A description/summary using words and sentences', info={'sql_type': 'text'})
    hazardGroup = Column('hazardGroup', SmallInteger, nullable=False, server_default=text("1"), comment='A.k.a. risk group', info={'sql_type': 'tinyint(3) unsigned'})
    containmentLevel = Column('containmentLevel', SmallInteger, nullable=False, server_default=text("1"), comment='A.k.a. biosafety level, which indicates the level of containment required', info={'sql_type': 'tinyint(3) unsigned'})
    safetyLevel = Column('safetyLevel', String(6), info={'sql_type': "enum('GREEN','YELLOW','RED')", 'enum': ('GREEN', 'YELLOW', 'RED')})
    molecularMass = Column('molecularMass', Double, info={'sql_type': 'double'})
    proteinType = Column('proteinType', String(45), info={'sql_type': 'varchar(45)'})
    personId = Column('personId', Integer, info={'sql_type': 'int(10) unsigned'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    isCreatedBySampleSheet = Column('isCreatedBySampleSheet', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    sequence = Column('sequence', Text, info={'sql_type': 'text'})
    MOD_ID = Column('MOD_ID', String(20), info={'sql_type': 'varchar(20)'})
    componentTypeId = Column('componentTypeId', Integer, ForeignKey("ComponentType.componentTypeId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    concentrationTypeId = Column('concentrationTypeId', Integer, ForeignKey("ConcentrationType.concentrationTypeId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    global_ = Column('global', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    externalId = Column('externalId', LargeBinary(16), info={'sql_type': 'binary(16)'})
    density = Column('density', Float, info={'sql_type': 'float'})
    abundance = Column('abundance', Float, comment='Deprecated', info={'sql_type': 'float'})
    isotropy = Column('isotropy', String(11), info={'sql_type': "enum('isotropic','anisotropic')", 'enum': ('isotropic', 'anisotropic')})


class ProteinHasPDB(Base):
    """The Protein_has_PDB table."""

    __tablename__ = 'Protein_has_PDB'
    __table_args__ = (
        Index('ix_Protein_has_PDB_Protein_Has_PDB_fk1', 'proteinid'),
        Index('ix_Protein_has_PDB_Protein_Has_PDB_fk2', 'pdbid'),
    )

    proteinhaspdbid = Column('proteinhaspdbid', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    proteinid = Column('proteinid', Integer, ForeignKey("Protein.proteinId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    pdbid = Column('pdbid', Integer, ForeignKey("PDB.pdbId"), nullable=False, info={'sql_type': 'int(11) unsigned'})


class PurificationColumn(Base):
    """Size exclusion chromotography (SEC) lookup table for BioSAXS"""

    __tablename__ = 'PurificationColumn'
    __table_args__ = (
        {'comment': 'Size exclusion chromotography (SEC) lookup table for BioSAXS'},
    )

    purificationColumnId = Column('purificationColumnId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(100), info={'sql_type': 'varchar(100)'})
    active = Column('active', SmallInteger, server_default=text("1"), comment='1=active, 0=inactive', info={'sql_type': 'tinyint(1)'})


class RobotAction(Base):
    """Robot actions as reported by GDA"""

    __tablename__ = 'RobotAction'
    __table_args__ = (
        Index('ix_RobotAction_RobotAction_FK1', 'blsessionId'),
        Index('ix_RobotAction_RobotAction_FK2', 'blsampleId'),
        {'comment': 'Robot actions as reported by GDA'},
    )

    robotActionId = Column('robotActionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    blsessionId = Column('blsessionId', Integer, ForeignKey("BLSession.sessionId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    blsampleId = Column('blsampleId', Integer, ForeignKey("BLSample.blSampleId"), info={'sql_type': 'int(11) unsigned'})
    actionType = Column('actionType', String(7), info={'sql_type': "enum('LOAD','UNLOAD','DISPOSE','STORE','WASH','ANNEAL','MOSAIC','LASER')", 'enum': ('LOAD', 'UNLOAD', 'DISPOSE', 'STORE', 'WASH', 'ANNEAL', 'MOSAIC', 'LASER')})
    startTimestamp = Column('startTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    endTimestamp = Column('endTimestamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    status = Column('status', String(14), info={'sql_type': "enum('SUCCESS','ERROR','CRITICAL','WARNING','EPICSFAIL','COMMANDNOTSENT')", 'enum': ('SUCCESS', 'ERROR', 'CRITICAL', 'WARNING', 'EPICSFAIL', 'COMMANDNOTSENT')})
    message = Column('message', String(255), info={'sql_type': 'varchar(255)'})
    containerLocation = Column('containerLocation', SmallInteger, info={'sql_type': 'smallint(6)'})
    dewarLocation = Column('dewarLocation', SmallInteger, info={'sql_type': 'smallint(6)'})
    sampleBarcode = Column('sampleBarcode', String(45), info={'sql_type': 'varchar(45)'})
    xtalSnapshotBefore = Column('xtalSnapshotBefore', String(255), info={'sql_type': 'varchar(255)'})
    xtalSnapshotAfter = Column('xtalSnapshotAfter', String(255), info={'sql_type': 'varchar(255)'})


class ScanParametersModel(Base):
    """The ScanParametersModel table."""

    __tablename__ = 'ScanParametersModel'
    __table_args__ = (
        Index('ix_ScanParametersModel_PDF_Model_ibfk1', 'scanParametersServiceId'),
        Index('ix_ScanParametersModel_PDF_Model_ibfk2', 'dataCollectionPlanId'),
    )

    scanParametersModelId = Column('scanParametersModelId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    scanParametersServiceId = Column('scanParametersServiceId', Integer, ForeignKey("ScanParametersService.scanParametersServiceId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    dataCollectionPlanId = Column('dataCollectionPlanId', Integer, ForeignKey("DiffractionPlan.diffractionPlanId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    sequenceNumber = Column('sequenceNumber', SmallInteger, info={'sql_type': 'tinyint(3) unsigned'})
    start = Column('start', Double, info={'sql_type': 'double'})
    stop = Column('stop', Double, info={'sql_type': 'double'})
    step = Column('step', Double, info={'sql_type': 'double'})
    array = Column('array', Text, info={'sql_type': 'text'})
    duration = Column('duration', Integer, comment='Duration for parameter change in seconds', info={'sql_type': 'mediumint(8) unsigned'})


class ScanParametersService(Base):
    """The ScanParametersService table."""

    __tablename__ = 'ScanParametersService'

    scanParametersServiceId = Column('scanParametersServiceId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})
    description = Column('description', String(45), info={'sql_type': 'varchar(45)'})


class Schedule(Base):
    """The Schedule table."""

    __tablename__ = 'Schedule'

    scheduleId = Column('scheduleId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})


class ScheduleComponent(Base):
    """The ScheduleComponent table."""

    __tablename__ = 'ScheduleComponent'
    __table_args__ = (
        Index('ix_ScheduleComponent_ScheduleComponent_fk2', 'inspectionTypeId'),
        Index('ix_ScheduleComponent_ScheduleComponent_idx1', 'scheduleId'),
    )

    scheduleComponentId = Column('scheduleComponentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    scheduleId = Column('scheduleId', Integer, ForeignKey("Schedule.scheduleId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    offset_hours = Column('offset_hours', Integer, info={'sql_type': 'int(11)'})
    inspectionTypeId = Column('inspectionTypeId', Integer, ForeignKey("InspectionType.inspectionTypeId", ondelete="CASCADE"), info={'sql_type': 'int(11) unsigned'})


class SchemaStatus(Base):
    """The SchemaStatus table."""

    __tablename__ = 'SchemaStatus'
    __table_args__ = (
        UniqueConstraint('scriptName', name='uq_SchemaStatus_scriptName'),
    )

    schemaStatusId = Column('schemaStatusId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11)'})
    scriptName = Column('scriptName', String(100), nullable=False, info={'sql_type': 'varchar(100)'})
    schemaStatus = Column('schemaStatus', String(10), info={'sql_type': 'varchar(10)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class Screen(Base):
    """The Screen table."""

    __tablename__ = 'Screen'
    __table_args__ = (
        Index('ix_Screen_Screen_fk1', 'proposalId'),
        Index('ix_Screen_Screen_fk_containerTypeId', 'containerTypeId'),
    )

    screenId = Column('screenId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(45), info={'sql_type': 'varchar(45)'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), info={'sql_type': 'int(10) unsigned'})
    global_ = Column('global', SmallInteger, info={'sql_type': 'tinyint(1)'})
    containerTypeId = Column('containerTypeId', Integer, ForeignKey("ContainerType.containerTypeId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})


class ScreenComponent(Base):
    """The ScreenComponent table."""

    __tablename__ = 'ScreenComponent'
    __table_args__ = (
        Index('ix_ScreenComponent_ScreenComponent_fk1', 'screenComponentGroupId'),
        Index('ix_ScreenComponent_ScreenComponent_fk2', 'componentId'),
    )

    screenComponentId = Column('screenComponentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    screenComponentGroupId = Column('screenComponentGroupId', Integer, ForeignKey("ScreenComponentGroup.screenComponentGroupId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Protein.proteinId"), info={'sql_type': 'int(11) unsigned'})
    concentration = Column('concentration', Float, info={'sql_type': 'float'})
    pH = Column('pH', Float, info={'sql_type': 'float'})


class ScreenComponentGroup(Base):
    """The ScreenComponentGroup table."""

    __tablename__ = 'ScreenComponentGroup'
    __table_args__ = (
        Index('ix_ScreenComponentGroup_ScreenComponentGroup_fk1', 'screenId'),
    )

    screenComponentGroupId = Column('screenComponentGroupId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    screenId = Column('screenId', Integer, ForeignKey("Screen.screenId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    position = Column('position', SmallInteger, info={'sql_type': 'smallint(6)'})


class Screening(Base):
    """The Screening table."""

    __tablename__ = 'Screening'
    __table_args__ = (
        Index('ix_Screening_Screening_FKIndexDiffractionPlanId', 'diffractionPlanId'),
        Index('ix_Screening_Screening_fk_autoProcProgramId', 'autoProcProgramId'),
        Index('ix_Screening__Screening_ibfk2', 'dataCollectionId'),
        Index('ix_Screening_dcgroupId', 'dataCollectionGroupId'),
    )

    screeningId = Column('screeningId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    programVersion = Column('programVersion', String(45), info={'sql_type': 'varchar(45)'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    shortComments = Column('shortComments', String(20), info={'sql_type': 'varchar(20)'})
    diffractionPlanId = Column('diffractionPlanId', Integer, comment='references DiffractionPlan', info={'sql_type': 'int(10) unsigned'})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId"), info={'sql_type': 'int(11)'})
    xmlSampleInformation = Column('xmlSampleInformation', LargeBinary, info={'sql_type': 'longblob'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})


class ScreeningInput(Base):
    """The ScreeningInput table."""

    __tablename__ = 'ScreeningInput'
    __table_args__ = (
        Index('ix_ScreeningInput_ScreeningInput_FKIndex1', 'screeningId'),
    )

    screeningInputId = Column('screeningInputId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    screeningId = Column('screeningId', Integer, ForeignKey("Screening.screeningId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    beamX = Column('beamX', Float, info={'sql_type': 'float'})
    beamY = Column('beamY', Float, info={'sql_type': 'float'})
    rmsErrorLimits = Column('rmsErrorLimits', Float, info={'sql_type': 'float'})
    minimumFractionIndexed = Column('minimumFractionIndexed', Float, info={'sql_type': 'float'})
    maximumFractionRejected = Column('maximumFractionRejected', Float, info={'sql_type': 'float'})
    minimumSignalToNoise = Column('minimumSignalToNoise', Float, info={'sql_type': 'float'})
    diffractionPlanId = Column('diffractionPlanId', Integer, comment='references DiffractionPlan table', info={'sql_type': 'int(10)'})
    xmlSampleInformation = Column('xmlSampleInformation', LargeBinary, info={'sql_type': 'longblob'})


class ScreeningOutput(Base):
    """The ScreeningOutput table."""

    __tablename__ = 'ScreeningOutput'
    __table_args__ = (
        Index('ix_ScreeningOutput_ScreeningOutput_FKIndex1', 'screeningId'),
    )

    screeningOutputId = Column('screeningOutputId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    screeningId = Column('screeningId', Integer, ForeignKey("Screening.screeningId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    statusDescription = Column('statusDescription', String(1024), info={'sql_type': 'varchar(1024)'})
    rejectedReflections = Column('rejectedReflections', Integer, info={'sql_type': 'int(10) unsigned'})
    resolutionObtained = Column('resolutionObtained', Float, info={'sql_type': 'float'})
    spotDeviationR = Column('spotDeviationR', Float, info={'sql_type': 'float'})
    spotDeviationTheta = Column('spotDeviationTheta', Float, info={'sql_type': 'float'})
    beamShiftX = Column('beamShiftX', Float, info={'sql_type': 'float'})
    beamShiftY = Column('beamShiftY', Float, info={'sql_type': 'float'})
    numSpotsFound = Column('numSpotsFound', Integer, info={'sql_type': 'int(10) unsigned'})
    numSpotsUsed = Column('numSpotsUsed', Integer, info={'sql_type': 'int(10) unsigned'})
    numSpotsRejected = Column('numSpotsRejected', Integer, info={'sql_type': 'int(10) unsigned'})
    mosaicity = Column('mosaicity', Float, info={'sql_type': 'float'})
    iOverSigma = Column('iOverSigma', Float, info={'sql_type': 'float'})
    diffractionRings = Column('diffractionRings', SmallInteger, info={'sql_type': 'tinyint(1)'})
    SCREENINGSUCCESS = Column('SCREENINGSUCCESS', SmallInteger, server_default=text("0"), comment='Column to be deleted', info={'sql_type': 'tinyint(1)'})
    mosaicityEstimated = Column('mosaicityEstimated', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    rankingResolution = Column('rankingResolution', Double, info={'sql_type': 'double'})
    program = Column('program', String(45), info={'sql_type': 'varchar(45)'})
    doseTotal = Column('doseTotal', Double, info={'sql_type': 'double'})
    totalExposureTime = Column('totalExposureTime', Double, info={'sql_type': 'double'})
    totalRotationRange = Column('totalRotationRange', Double, info={'sql_type': 'double'})
    totalNumberOfImages = Column('totalNumberOfImages', Integer, info={'sql_type': 'int(11)'})
    rFriedel = Column('rFriedel', Double, info={'sql_type': 'double'})
    indexingSuccess = Column('indexingSuccess', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    strategySuccess = Column('strategySuccess', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    alignmentSuccess = Column('alignmentSuccess', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})


class ScreeningOutputLattice(Base):
    """The ScreeningOutputLattice table."""

    __tablename__ = 'ScreeningOutputLattice'
    __table_args__ = (
        Index('ix_ScreeningOutputLattice_ScreeningOutputLattice_FKIndex1', 'screeningOutputId'),
    )

    screeningOutputLatticeId = Column('screeningOutputLatticeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    screeningOutputId = Column('screeningOutputId', Integer, ForeignKey("ScreeningOutput.screeningOutputId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    spaceGroup = Column('spaceGroup', String(45), info={'sql_type': 'varchar(45)'})
    pointGroup = Column('pointGroup', String(45), info={'sql_type': 'varchar(45)'})
    bravaisLattice = Column('bravaisLattice', String(45), info={'sql_type': 'varchar(45)'})
    rawOrientationMatrix_a_x = Column('rawOrientationMatrix_a_x', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_a_y = Column('rawOrientationMatrix_a_y', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_a_z = Column('rawOrientationMatrix_a_z', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_b_x = Column('rawOrientationMatrix_b_x', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_b_y = Column('rawOrientationMatrix_b_y', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_b_z = Column('rawOrientationMatrix_b_z', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_c_x = Column('rawOrientationMatrix_c_x', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_c_y = Column('rawOrientationMatrix_c_y', Float, info={'sql_type': 'float'})
    rawOrientationMatrix_c_z = Column('rawOrientationMatrix_c_z', Float, info={'sql_type': 'float'})
    unitCell_a = Column('unitCell_a', Float, info={'sql_type': 'float'})
    unitCell_b = Column('unitCell_b', Float, info={'sql_type': 'float'})
    unitCell_c = Column('unitCell_c', Float, info={'sql_type': 'float'})
    unitCell_alpha = Column('unitCell_alpha', Float, info={'sql_type': 'float'})
    unitCell_beta = Column('unitCell_beta', Float, info={'sql_type': 'float'})
    unitCell_gamma = Column('unitCell_gamma', Float, info={'sql_type': 'float'})
    bltimeStamp = Column('bltimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    labelitIndexing = Column('labelitIndexing', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})


class ScreeningRank(Base):
    """The ScreeningRank table."""

    __tablename__ = 'ScreeningRank'
    __table_args__ = (
        Index('ix_ScreeningRank_ScreeningRank_FKIndex1', 'screeningId'),
        Index('ix_ScreeningRank_ScreeningRank_FKIndex2', 'screeningRankSetId'),
    )

    screeningRankId = Column('screeningRankId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    screeningRankSetId = Column('screeningRankSetId', Integer, ForeignKey("ScreeningRankSet.screeningRankSetId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    screeningId = Column('screeningId', Integer, ForeignKey("Screening.screeningId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    rankValue = Column('rankValue', Float, info={'sql_type': 'float'})
    rankInformation = Column('rankInformation', String(1024), info={'sql_type': 'varchar(1024)'})


class ScreeningRankSet(Base):
    """The ScreeningRankSet table."""

    __tablename__ = 'ScreeningRankSet'

    screeningRankSetId = Column('screeningRankSetId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    rankEngine = Column('rankEngine', String(255), info={'sql_type': 'varchar(255)'})
    rankingProjectFileName = Column('rankingProjectFileName', String(255), info={'sql_type': 'varchar(255)'})
    rankingSummaryFileName = Column('rankingSummaryFileName', String(255), info={'sql_type': 'varchar(255)'})


class ScreeningStrategy(Base):
    """The ScreeningStrategy table."""

    __tablename__ = 'ScreeningStrategy'
    __table_args__ = (
        Index('ix_ScreeningStrategy_ScreeningStrategy_FKIndex1', 'screeningOutputId'),
    )

    screeningStrategyId = Column('screeningStrategyId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    screeningOutputId = Column('screeningOutputId', Integer, ForeignKey("ScreeningOutput.screeningOutputId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    phiStart = Column('phiStart', Float, info={'sql_type': 'float'})
    phiEnd = Column('phiEnd', Float, info={'sql_type': 'float'})
    rotation = Column('rotation', Float, info={'sql_type': 'float'})
    exposureTime = Column('exposureTime', Float, info={'sql_type': 'float'})
    resolution = Column('resolution', Float, info={'sql_type': 'float'})
    completeness = Column('completeness', Float, info={'sql_type': 'float'})
    multiplicity = Column('multiplicity', Float, info={'sql_type': 'float'})
    anomalous = Column('anomalous', SmallInteger, nullable=False, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    program = Column('program', String(45), info={'sql_type': 'varchar(45)'})
    rankingResolution = Column('rankingResolution', Float, info={'sql_type': 'float'})
    transmission = Column('transmission', Float, comment='Transmission for the strategy as given by the strategy program.', info={'sql_type': 'float'})


class ScreeningStrategySubWedge(Base):
    """The ScreeningStrategySubWedge table."""

    __tablename__ = 'ScreeningStrategySubWedge'
    __table_args__ = (
        Index('ix_ScreeningStrategySubWedge_ScreeningStrategySubWedge_FK1', 'screeningStrategyWedgeId'),
    )

    screeningStrategySubWedgeId = Column('screeningStrategySubWedgeId', Integer, primary_key=True, autoincrement=True, comment='Primary key', info={'sql_type': 'int(10) unsigned'})
    screeningStrategyWedgeId = Column('screeningStrategyWedgeId', Integer, ForeignKey("ScreeningStrategyWedge.screeningStrategyWedgeId", ondelete="CASCADE", onupdate="CASCADE"), comment='Foreign key to parent table', info={'sql_type': 'int(10) unsigned'})
    subWedgeNumber = Column('subWedgeNumber', Integer, comment='The number of this subwedge within the wedge', info={'sql_type': 'int(10) unsigned'})
    rotationAxis = Column('rotationAxis', String(45), comment='Angle where subwedge starts', info={'sql_type': 'varchar(45)'})
    axisStart = Column('axisStart', Float, comment='Angle where subwedge ends', info={'sql_type': 'float'})
    axisEnd = Column('axisEnd', Float, comment='Exposure time for subwedge', info={'sql_type': 'float'})
    exposureTime = Column('exposureTime', Float, comment='Transmission for subwedge', info={'sql_type': 'float'})
    transmission = Column('transmission', Float, info={'sql_type': 'float'})
    oscillationRange = Column('oscillationRange', Float, info={'sql_type': 'float'})
    completeness = Column('completeness', Float, info={'sql_type': 'float'})
    multiplicity = Column('multiplicity', Float, info={'sql_type': 'float'})
    RESOLUTION = Column('RESOLUTION', Float, info={'sql_type': 'float'})
    doseTotal = Column('doseTotal', Float, comment='Total dose for this subwedge', info={'sql_type': 'float'})
    numberOfImages = Column('numberOfImages', Integer, comment='Number of images for this subwedge', info={'sql_type': 'int(10) unsigned'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})


class ScreeningStrategyWedge(Base):
    """The ScreeningStrategyWedge table."""

    __tablename__ = 'ScreeningStrategyWedge'
    __table_args__ = (
        Index('ix_ScreeningStrategyWedge_ScreeningStrategyWedge_IBFK_1', 'screeningStrategyId'),
    )

    screeningStrategyWedgeId = Column('screeningStrategyWedgeId', Integer, primary_key=True, autoincrement=True, comment='Primary key', info={'sql_type': 'int(10) unsigned'})
    screeningStrategyId = Column('screeningStrategyId', Integer, ForeignKey("ScreeningStrategy.screeningStrategyId", ondelete="CASCADE", onupdate="CASCADE"), comment='Foreign key to parent table', info={'sql_type': 'int(10) unsigned'})
    wedgeNumber = Column('wedgeNumber', Integer, comment='The number of this wedge within the strategy', info={'sql_type': 'int(10) unsigned'})
    resolution = Column('resolution', Float, info={'sql_type': 'float'})
    completeness = Column('completeness', Float, info={'sql_type': 'float'})
    multiplicity = Column('multiplicity', Float, info={'sql_type': 'float'})
    doseTotal = Column('doseTotal', Float, comment='Total dose for this wedge', info={'sql_type': 'float'})
    numberOfImages = Column('numberOfImages', Integer, comment='Number of images for this wedge', info={'sql_type': 'int(10) unsigned'})
    phi = Column('phi', Float, info={'sql_type': 'float'})
    kappa = Column('kappa', Float, info={'sql_type': 'float'})
    chi = Column('chi', Float, info={'sql_type': 'float'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    wavelength = Column('wavelength', Double, info={'sql_type': 'double'})


class SessionHasPerson(Base):
    """The Session_has_Person table."""

    __tablename__ = 'Session_has_Person'
    __table_args__ = (
        Index('ix_Session_has_Person_Session_has_Person_FKIndex2', 'personId'),
    )

    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    role = Column('role', String(22), info={'sql_type': "enum('Local Contact','Local Contact 2','Staff','Team Leader','Co-Investigator','Principal Investigator','Alternate Contact','Data Access','Team Member','ERA Admin','Associate')", 'enum': ('Local Contact', 'Local Contact 2', 'Staff', 'Team Leader', 'Co-Investigator', 'Principal Investigator', 'Alternate Contact', 'Data Access', 'Team Member', 'ERA Admin', 'Associate')})
    remote = Column('remote', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})


class SessionType(Base):
    """The SessionType table."""

    __tablename__ = 'SessionType'
    __table_args__ = (
        Index('ix_SessionType_SessionType_FKIndex1', 'sessionId'),
    )

    sessionTypeId = Column('sessionTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    typeName = Column('typeName', String(31), nullable=False, info={'sql_type': 'varchar(31)'})


class Shipping(Base):
    """The Shipping table."""

    __tablename__ = 'Shipping'
    __table_args__ = (
        Index('ix_Shipping_Shipping_FKIndex1', 'proposalId'),
        Index('ix_Shipping_Shipping_FKIndex2', 'sendingLabContactId'),
        Index('ix_Shipping_Shipping_FKIndex3', 'returnLabContactId'),
        Index('ix_Shipping_Shipping_FKIndexCreationDate', 'creationDate'),
        Index('ix_Shipping_Shipping_FKIndexName', 'shippingName'),
        Index('ix_Shipping_Shipping_FKIndexStatus', 'shippingStatus'),
        Index('ix_Shipping_Shipping_ibfk_4', 'deliveryAgent_flightCodePersonId'),
        Index('ix_Shipping_laboratoryId', 'laboratoryId'),
    )

    shippingId = Column('shippingId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, server_default=text("0"), info={'sql_type': 'int(10) unsigned'})
    shippingName = Column('shippingName', String(45), info={'sql_type': 'varchar(45)'})
    deliveryAgent_agentName = Column('deliveryAgent_agentName', String(45), info={'sql_type': 'varchar(45)'})
    deliveryAgent_shippingDate = Column('deliveryAgent_shippingDate', Date, info={'sql_type': 'date'})
    deliveryAgent_deliveryDate = Column('deliveryAgent_deliveryDate', Date, info={'sql_type': 'date'})
    deliveryAgent_agentCode = Column('deliveryAgent_agentCode', String(45), info={'sql_type': 'varchar(45)'})
    deliveryAgent_flightCode = Column('deliveryAgent_flightCode', String(45), info={'sql_type': 'varchar(45)'})
    shippingStatus = Column('shippingStatus', String(45), info={'sql_type': 'varchar(45)'})
    bltimeStamp = Column('bltimeStamp', DateTime, info={'sql_type': 'datetime'})
    laboratoryId = Column('laboratoryId', Integer, info={'sql_type': 'int(10) unsigned'})
    isStorageShipping = Column('isStorageShipping', SmallInteger, server_default=text("0"), info={'sql_type': 'tinyint(1)'})
    creationDate = Column('creationDate', DateTime, info={'sql_type': 'datetime'})
    comments = Column('comments', String(1000), info={'sql_type': 'varchar(1000)'})
    sendingLabContactId = Column('sendingLabContactId', Integer, ForeignKey("LabContact.labContactId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    returnLabContactId = Column('returnLabContactId', Integer, ForeignKey("LabContact.labContactId", ondelete="SET NULL", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    returnCourier = Column('returnCourier', String(45), info={'sql_type': 'varchar(45)'})
    dateOfShippingToUser = Column('dateOfShippingToUser', DateTime, info={'sql_type': 'datetime'})
    shippingType = Column('shippingType', String(45), info={'sql_type': 'varchar(45)'})
    SAFETYLEVEL = Column('SAFETYLEVEL', String(8), info={'sql_type': 'varchar(8)'})
    deliveryAgent_flightCodeTimestamp = Column('deliveryAgent_flightCodeTimestamp', DateTime, comment='Date flight code created, if automatic', info={'sql_type': 'timestamp'})
    deliveryAgent_label = Column('deliveryAgent_label', Text, comment='Base64 encoded pdf of airway label', info={'sql_type': 'text'})
    readyByTime = Column('readyByTime', Time, comment='Time shipment will be ready', info={'sql_type': 'time'})
    closeTime = Column('closeTime', Time, comment='Time after which shipment cannot be picked up', info={'sql_type': 'time'})
    physicalLocation = Column('physicalLocation', String(50), comment='Where shipment can be picked up from: i.e. Stores', info={'sql_type': 'varchar(50)'})
    deliveryAgent_pickupConfirmationTimestamp = Column('deliveryAgent_pickupConfirmationTimestamp', DateTime, comment='Date picked confirmed', info={'sql_type': 'timestamp'})
    deliveryAgent_pickupConfirmation = Column('deliveryAgent_pickupConfirmation', String(10), comment='Confirmation number of requested pickup', info={'sql_type': 'varchar(10)'})
    deliveryAgent_readyByTime = Column('deliveryAgent_readyByTime', Time, comment='Confirmed ready-by time', info={'sql_type': 'time'})
    deliveryAgent_callinTime = Column('deliveryAgent_callinTime', Time, comment='Confirmed courier call-in time', info={'sql_type': 'time'})
    deliveryAgent_productcode = Column('deliveryAgent_productcode', String(10), comment='A code that identifies which shipment service was used', info={'sql_type': 'varchar(10)'})
    deliveryAgent_flightCodePersonId = Column('deliveryAgent_flightCodePersonId', Integer, ForeignKey("Person.personId", ondelete="SET NULL", onupdate="CASCADE"), comment='The person who created the AWB (for auditing)', info={'sql_type': 'int(10) unsigned'})
    extra = Column('extra', Text, comment='JSON column for facility-specific or hard-to-define attributes', info={'sql_type': 'longtext'})
    source = Column('source', String(50), info={'sql_type': 'varchar(50)'})
    externalShippingIdToSynchrotron = Column('externalShippingIdToSynchrotron', Integer, comment='ID for shipping to synchrotron in external application', info={'sql_type': 'int(11) unsigned'})


class ShippingHasSession(Base):
    """The ShippingHasSession table."""

    __tablename__ = 'ShippingHasSession'
    __table_args__ = (
        Index('ix_ShippingHasSession_ShippingHasSession_FKIndex2', 'sessionId'),
    )

    shippingId = Column('shippingId', Integer, ForeignKey("Shipping.shippingId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})


class Sleeve(Base):
    """Registry of ice-filled sleeves used to cool plates whilst on the goniometer"""

    __tablename__ = 'Sleeve'
    __table_args__ = (
        {'comment': 'Registry of ice-filled sleeves used to cool plates whilst on the goniometer'},
    )

    sleeveId = Column('sleeveId', SmallInteger, primary_key=True, autoincrement=False, comment='The unique sleeve id 1...255 which also identifies its home location in the freezer', info={'sql_type': 'tinyint(3) unsigned'})
    location = Column('location', SmallInteger, comment='NULL == freezer, 1...255 for local storage locations', info={'sql_type': 'tinyint(3) unsigned'})
    lastMovedToFreezer = Column('lastMovedToFreezer', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    lastMovedFromFreezer = Column('lastMovedFromFreezer', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class SpaceGroup(Base):
    """The SpaceGroup table."""

    __tablename__ = 'SpaceGroup'
    __table_args__ = (
        Index('ix_SpaceGroup_SpaceGroup_FKShortName', 'spaceGroupShortName'),
        Index('ix_SpaceGroup_geometryClassnameId', 'geometryClassnameId'),
    )

    spaceGroupId = Column('spaceGroupId', Integer, primary_key=True, autoincrement=True, comment='Primary key', info={'sql_type': 'int(10) unsigned'})
    spaceGroupNumber = Column('spaceGroupNumber', Integer, comment='ccp4 number pr IUCR', info={'sql_type': 'int(10) unsigned'})
    spaceGroupShortName = Column('spaceGroupShortName', String(45), comment='short name without blank', info={'sql_type': 'varchar(45)'})
    spaceGroupName = Column('spaceGroupName', String(45), comment='verbose name', info={'sql_type': 'varchar(45)'})
    bravaisLattice = Column('bravaisLattice', String(45), comment='short name', info={'sql_type': 'varchar(45)'})
    bravaisLatticeName = Column('bravaisLatticeName', String(45), comment='verbose name', info={'sql_type': 'varchar(45)'})
    pointGroup = Column('pointGroup', String(45), comment='point group', info={'sql_type': 'varchar(45)'})
    geometryClassnameId = Column('geometryClassnameId', Integer, ForeignKey("GeometryClassname.geometryClassnameId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    MX_used = Column('MX_used', SmallInteger, nullable=False, server_default=text("0"), comment='1 if used in the crystal form', info={'sql_type': 'tinyint(1)'})


class SubstructureDetermination(Base):
    """The SubstructureDetermination table."""

    __tablename__ = 'SubstructureDetermination'
    __table_args__ = (
        Index('ix_SubstructureDetermination_SubstructureDetermination_FKIndex1', 'phasingAnalysisId'),
        Index('ix_SubstructureDetermination_SubstructureDetermination_FKIndex2', 'phasingProgramRunId'),
        Index('ix_SubstructureDetermination_SubstructureDetermination_FKIndex3', 'spaceGroupId'),
    )

    substructureDeterminationId = Column('substructureDeterminationId', Integer, primary_key=True, autoincrement=True, comment='Primary key (auto-incremented)', info={'sql_type': 'int(11) unsigned'})
    phasingAnalysisId = Column('phasingAnalysisId', Integer, ForeignKey("PhasingAnalysis.phasingAnalysisId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related phasing analysis item', info={'sql_type': 'int(11) unsigned'})
    phasingProgramRunId = Column('phasingProgramRunId', Integer, ForeignKey("PhasingProgramRun.phasingProgramRunId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='Related program item', info={'sql_type': 'int(11) unsigned'})
    spaceGroupId = Column('spaceGroupId', Integer, ForeignKey("SpaceGroup.spaceGroupId", ondelete="CASCADE", onupdate="CASCADE"), comment='Related spaceGroup', info={'sql_type': 'int(10) unsigned'})
    method = Column('method', String(5), comment='phasing method', info={'sql_type': "enum('SAD','MAD','SIR','SIRAS','MR','MIR','MIRAS','RIP','RIPAS')", 'enum': ('SAD', 'MAD', 'SIR', 'SIRAS', 'MR', 'MIR', 'MIRAS', 'RIP', 'RIPAS')})
    lowRes = Column('lowRes', Double, info={'sql_type': 'double'})
    highRes = Column('highRes', Double, info={'sql_type': 'double'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, comment='Creation or last update date/time', info={'sql_type': 'datetime'})


class SWOnceToken(Base):
    """One-time use tokens needed for token auth in order to grant access to file downloads and webcams (and some images)"""

    __tablename__ = 'SW_onceToken'
    __table_args__ = (
        Index('ix_SW_onceToken_SW_onceToken_fk1', 'personId'),
        Index('ix_SW_onceToken_SW_onceToken_fk2', 'proposalId'),
        Index('ix_SW_onceToken_SW_onceToken_recordTimeStamp_idx', 'recordTimeStamp'),
        {'comment': 'One-time use tokens needed for token auth in order to grant access to file downloads and webcams (and some images)'},
    )

    onceTokenId = Column('onceTokenId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    token = Column('token', String(128), info={'sql_type': 'varchar(128)'})
    personId = Column('personId', Integer, ForeignKey("Person.personId"), info={'sql_type': 'int(10) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId"), info={'sql_type': 'int(10) unsigned'})
    validity = Column('validity', String(200), info={'sql_type': 'varchar(200)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})


class UserGroup(Base):
    """The UserGroup table."""

    __tablename__ = 'UserGroup'
    __table_args__ = (
        UniqueConstraint('name', name='uq_UserGroup_UserGroup_idx1'),
    )

    userGroupId = Column('userGroupId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(31), nullable=False, info={'sql_type': 'varchar(31)'})


class UserGroupHasLDAPSearchParameters(Base):
    """Gives the LDAP search parameters needed to find a set of usergroup members"""

    __tablename__ = 'UserGroup_has_LDAPSearchParameters'
    __table_args__ = (
        Index('ix_UserGroup_has_LDAPSearchParameters_UserGroup_has_LDAPSearchParameters_fk2', 'ldapSearchParametersId'),
        {'comment': 'Gives the LDAP search parameters needed to find a set of usergroup members'},
    )

    userGroupId = Column('userGroupId', Integer, ForeignKey("UserGroup.userGroupId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    ldapSearchParametersId = Column('ldapSearchParametersId', Integer, ForeignKey("LDAPSearchParameters.ldapSearchParametersId"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(200), primary_key=True, comment='Name of the object we search for', info={'sql_type': 'varchar(200)'})


class UserGroupHasPermission(Base):
    """The UserGroup_has_Permission table."""

    __tablename__ = 'UserGroup_has_Permission'
    __table_args__ = (
        Index('ix_UserGroup_has_Permission_UserGroup_has_Permission_fk2', 'permissionId'),
    )

    userGroupId = Column('userGroupId', Integer, ForeignKey("UserGroup.userGroupId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    permissionId = Column('permissionId', Integer, ForeignKey("Permission.permissionId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})


class UserGroupHasPerson(Base):
    """The UserGroup_has_Person table."""

    __tablename__ = 'UserGroup_has_Person'
    __table_args__ = (
        Index('ix_UserGroup_has_Person_userGroup_has_Person_fk2', 'personId'),
    )

    userGroupId = Column('userGroupId', Integer, ForeignKey("UserGroup.userGroupId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(11) unsigned'})
    personId = Column('personId', Integer, ForeignKey("Person.personId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})


class VRun(Base):
    """The v_run table."""

    __tablename__ = 'v_run'
    __table_args__ = (
        Index('ix_v_run_v_run_idx1', 'startDate', 'endDate'),
    )

    runId = Column('runId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    run = Column('run', String(7), nullable=False, server_default=text("''"), info={'sql_type': 'varchar(7)'})
    startDate = Column('startDate', DateTime, info={'sql_type': 'datetime'})
    endDate = Column('endDate', DateTime, info={'sql_type': 'datetime'})


class XFEFluorescenceComposite(Base):
    """A composite XRF map composed of three XRFFluorescenceMapping entries creating r, g, b layers"""

    __tablename__ = 'XFEFluorescenceComposite'
    __table_args__ = (
        Index('ix_XFEFluorescenceComposite_XFEFluorescenceComposite_ibfk1', 'r'),
        Index('ix_XFEFluorescenceComposite_XFEFluorescenceComposite_ibfk2', 'g'),
        Index('ix_XFEFluorescenceComposite_XFEFluorescenceComposite_ibfk3', 'b'),
        {'comment': 'A composite XRF map composed of three XRFFluorescenceMapping entries creating r, g, b layers'},
    )

    xfeFluorescenceCompositeId = Column('xfeFluorescenceCompositeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    r = Column('r', Integer, ForeignKey("XRFFluorescenceMapping.xrfFluorescenceMappingId"), nullable=False, comment='Red layer', info={'sql_type': 'int(10) unsigned'})
    g = Column('g', Integer, ForeignKey("XRFFluorescenceMapping.xrfFluorescenceMappingId"), nullable=False, comment='Green layer', info={'sql_type': 'int(10) unsigned'})
    b = Column('b', Integer, ForeignKey("XRFFluorescenceMapping.xrfFluorescenceMappingId"), nullable=False, comment='Blue layer', info={'sql_type': 'int(10) unsigned'})
    rOpacity = Column('rOpacity', Float, nullable=False, server_default=text("1"), comment='Red layer opacity', info={'sql_type': 'float'})
    bOpacity = Column('bOpacity', Float, nullable=False, server_default=text("1"), comment='Red layer opacity', info={'sql_type': 'float'})
    gOpacity = Column('gOpacity', Float, nullable=False, server_default=text("1"), comment='Red layer opacity', info={'sql_type': 'float'})
    opacity = Column('opacity', Float, nullable=False, server_default=text("1"), comment='Total map opacity', info={'sql_type': 'float'})


class XFEFluorescenceSpectrum(Base):
    """The XFEFluorescenceSpectrum table."""

    __tablename__ = 'XFEFluorescenceSpectrum'
    __table_args__ = (
        Index('ix_XFEFluorescenceSpectrum_XFEFluorescnceSpectrum_FKIndex1', 'blSampleId'),
        Index('ix_XFEFluorescenceSpectrum_XFEFluorescnceSpectrum_FKIndex2', 'sessionId'),
        Index('ix_XFEFluorescenceSpectrum_XFE_ibfk_3', 'blSubSampleId'),
    )

    xfeFluorescenceSpectrumId = Column('xfeFluorescenceSpectrumId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    sessionId = Column('sessionId', Integer, ForeignKey("BLSession.sessionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(10) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    jpegScanFileFullPath = Column('jpegScanFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    startTime = Column('startTime', DateTime, info={'sql_type': 'datetime'})
    endTime = Column('endTime', DateTime, info={'sql_type': 'datetime'})
    filename = Column('filename', String(255), info={'sql_type': 'varchar(255)'})
    exposureTime = Column('exposureTime', Float, info={'sql_type': 'float'})
    axisPosition = Column('axisPosition', Float, info={'sql_type': 'float'})
    beamTransmission = Column('beamTransmission', Float, info={'sql_type': 'float'})
    annotatedPymcaXfeSpectrum = Column('annotatedPymcaXfeSpectrum', String(255), info={'sql_type': 'varchar(255)'})
    fittedDataFileFullPath = Column('fittedDataFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    scanFileFullPath = Column('scanFileFullPath', String(255), info={'sql_type': 'varchar(255)'})
    energy = Column('energy', Float, info={'sql_type': 'float'})
    beamSizeVertical = Column('beamSizeVertical', Float, info={'sql_type': 'float'})
    beamSizeHorizontal = Column('beamSizeHorizontal', Float, info={'sql_type': 'float'})
    crystalClass = Column('crystalClass', String(20), info={'sql_type': 'varchar(20)'})
    comments = Column('comments', String(1024), info={'sql_type': 'varchar(1024)'})
    blSubSampleId = Column('blSubSampleId', Integer, ForeignKey("BLSubSample.blSubSampleId"), info={'sql_type': 'int(11) unsigned'})
    flux = Column('flux', Double, comment='flux measured before the xrfSpectra', info={'sql_type': 'double'})
    flux_end = Column('flux_end', Double, comment='flux measured after the xrfSpectra', info={'sql_type': 'double'})
    workingDirectory = Column('workingDirectory', String(512), info={'sql_type': 'varchar(512)'})


class XrayCentring(Base):
    """Xray Centring analysis associated with one or more grid scans."""

    __tablename__ = 'XrayCentring'
    __table_args__ = (
        Index('ix_XrayCentring_dataCollectionGroupId', 'dataCollectionGroupId'),
        {'comment': 'Xray Centring analysis associated with one or more grid scans.'},
    )

    xrayCentringId = Column('xrayCentringId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='references DataCollectionGroup table', info={'sql_type': 'int(11)'})
    status = Column('status', String(7), info={'sql_type': "enum('success','failed','pending')", 'enum': ('success', 'failed', 'pending')})
    xrayCentringType = Column('xrayCentringType', String(2), info={'sql_type': "enum('2d','3d')", 'enum': ('2d', '3d')})


class XrayCentringResult(Base):
    """Xray Centring result."""

    __tablename__ = 'XrayCentringResult'
    __table_args__ = (
        Index('ix_XrayCentringResult_XrayCentringResult_fk_blSampleId', 'blSampleId'),
        Index('ix_XrayCentringResult_xrayCentringId', 'xrayCentringId'),
        {'comment': 'Xray Centring result.'},
    )

    xrayCentringResultId = Column('xrayCentringResultId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    xrayCentringId = Column('xrayCentringId', Integer, ForeignKey("XrayCentring.xrayCentringId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='references XrayCentring table', info={'sql_type': 'int(11) unsigned'})
    centreOfMassX = Column('centreOfMassX', Float, comment='x-coordinate corresponding to the centre of mass of the crystal (in voxels)', info={'sql_type': 'float'})
    centreOfMassY = Column('centreOfMassY', Float, comment='y-coordinate corresponding to the centre of mass of the crystal (in voxels)', info={'sql_type': 'float'})
    centreOfMassZ = Column('centreOfMassZ', Float, comment='z-coordinate corresponding to the centre of mass of the crystal (in voxels)', info={'sql_type': 'float'})
    maxVoxelX = Column('maxVoxelX', Integer, comment='x-coordinate of the voxel with the maximum value within this crystal volume', info={'sql_type': 'int(11)'})
    maxVoxelY = Column('maxVoxelY', Integer, comment='y-coordinate of the voxel with the maximum value within this crystal volume', info={'sql_type': 'int(11)'})
    maxVoxelZ = Column('maxVoxelZ', Integer, comment='z-coordinate of the voxel with the maximum value within this crystal volume', info={'sql_type': 'int(11)'})
    numberOfVoxels = Column('numberOfVoxels', Integer, comment='Number of voxels within the specified bounding box', info={'sql_type': 'int(11)'})
    totalCount = Column('totalCount', Float, comment='The sum of the values of all the voxels within the specified bounding box', info={'sql_type': 'float'})
    boundingBoxMinX = Column('boundingBoxMinX', Float, comment='Minimum x-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    boundingBoxMaxX = Column('boundingBoxMaxX', Float, comment='Maximum x-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    boundingBoxMinY = Column('boundingBoxMinY', Float, comment='Minimum y-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    boundingBoxMaxY = Column('boundingBoxMaxY', Float, comment='Maximum y-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    boundingBoxMinZ = Column('boundingBoxMinZ', Float, comment='Minimum z-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    boundingBoxMaxZ = Column('boundingBoxMaxZ', Float, comment='Maximum z-coordinate of the bounding box containing the crystal (in voxels)', info={'sql_type': 'float'})
    status = Column('status', String(7), comment='to be removed', info={'sql_type': "enum('success','failure','pending')", 'enum': ('success', 'failure', 'pending')})
    gridInfoId = Column('gridInfoId', Integer, comment='to be removed', info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId", ondelete="SET NULL", onupdate="CASCADE"), comment='The BLSample attributed for this x-ray centring result, i.e. the actual sample even for multi-pins', info={'sql_type': 'int(11) unsigned'})


class XRFFluorescenceMapping(Base):
    """An XRF map generated from an XRF Mapping ROI based on data from a gridscan of a sample"""

    __tablename__ = 'XRFFluorescenceMapping'
    __table_args__ = (
        Index('ix_XRFFluorescenceMapping_XRFFluorescenceMapping_ibfk1', 'xrfFluorescenceMappingROIId'),
        Index('ix_XRFFluorescenceMapping_XRFFluorescenceMapping_ibfk2', 'gridInfoId'),
        Index('ix_XRFFluorescenceMapping_XRFFluorescenceMapping_ibfk3', 'autoProcProgramId'),
        {'comment': 'An XRF map generated from an XRF Mapping ROI based on data from a gridscan of a sample'},
    )

    xrfFluorescenceMappingId = Column('xrfFluorescenceMappingId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    xrfFluorescenceMappingROIId = Column('xrfFluorescenceMappingROIId', Integer, ForeignKey("XRFFluorescenceMappingROI.xrfFluorescenceMappingROIId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    gridInfoId = Column('gridInfoId', Integer, ForeignKey("GridInfo.gridInfoId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    dataFormat = Column('dataFormat', String(15), nullable=False, comment='Description of format and any compression, i.e. json+gzip for gzipped json', info={'sql_type': 'varchar(15)'})
    data = Column('data', LargeBinary, nullable=False, comment='The actual data', info={'sql_type': 'longblob'})
    points = Column('points', Integer, comment='The number of points available, for realtime feedback', info={'sql_type': 'int(11) unsigned'})
    opacity = Column('opacity', Float, nullable=False, server_default=text("1"), comment='Display opacity', info={'sql_type': 'float'})
    colourMap = Column('colourMap', String(20), comment='Colour map for displaying the data', info={'sql_type': 'varchar(20)'})
    min = Column('min', Integer, comment='Min value in the data for histogramming', info={'sql_type': 'int(3)'})
    max = Column('max', Integer, comment='Max value in the data for histogramming', info={'sql_type': 'int(3)'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), comment='Related autoproc programid', info={'sql_type': 'int(10) unsigned'})


class XRFFluorescenceMappingROI(Base):
    """The XRFFluorescenceMappingROI table."""

    __tablename__ = 'XRFFluorescenceMappingROI'
    __table_args__ = (
        Index('ix_XRFFluorescenceMappingROI_XRFFluorescenceMappingROI_FKblSampleId', 'blSampleId'),
    )

    xrfFluorescenceMappingROIId = Column('xrfFluorescenceMappingROIId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    startEnergy = Column('startEnergy', Float, nullable=False, info={'sql_type': 'float'})
    endEnergy = Column('endEnergy', Float, nullable=False, info={'sql_type': 'float'})
    element = Column('element', String(2), info={'sql_type': 'varchar(2)'})
    edge = Column('edge', String(15), comment='Edge type i.e. Ka1, could be a custom edge in case of overlap Ka1-noCa', info={'sql_type': 'varchar(15)'})
    r = Column('r', SmallInteger, comment='R colour component', info={'sql_type': 'tinyint(3) unsigned'})
    g = Column('g', SmallInteger, comment='G colour component', info={'sql_type': 'tinyint(3) unsigned'})
    b = Column('b', SmallInteger, comment='B colour component', info={'sql_type': 'tinyint(3) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), comment='ROIs can be created within the context of a sample', info={'sql_type': 'int(10) unsigned'})
    scalar = Column('scalar', String(50), comment='For ROIs that are not an element, i.e. could be a scan counter instead', info={'sql_type': 'varchar(50)'})


class ZcZocaloBuffer(Base):
    """The zc_ZocaloBuffer table."""

    __tablename__ = 'zc_ZocaloBuffer'

    AutoProcProgramID = Column('AutoProcProgramID', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, comment='Reference to an existing AutoProcProgram', info={'sql_type': 'int(10) unsigned'})
    UUID = Column('UUID', Integer, primary_key=True, comment='AutoProcProgram-specific unique identifier', info={'sql_type': 'int(10) unsigned'})
    Reference = Column('Reference', Integer, comment='Context-dependent reference to primary key IDs in other ISPyB tables', info={'sql_type': 'int(10) unsigned'})


__all__ = [
    'AdminActivity',
    'AdminVar',
    'Aperture',
    'AutoProc',
    'AutoProcIntegration',
    'AutoProcProgram',
    'AutoProcProgramAttachment',
    'AutoProcProgramMessage',
    'AutoProcScaling',
    'AutoProcScalingHasInt',
    'AutoProcScalingStatistics',
    'AutoProcStatus',
    'BFAutomationError',
    'BFAutomationFault',
    'BFComponent',
    'BFComponentBeamline',
    'BFFault',
    'BFSubcomponent',
    'BFSubcomponentBeamline',
    'BFSystem',
    'BFSystemBeamline',
    'BLSample',
    'BLSampleGroup',
    'BLSampleGroupHasBLSample',
    'BLSampleHasDataCollectionPlan',
    'BLSampleHasEnergyScan',
    'BLSampleHasLigand',
    'BLSampleHasPositioner',
    'BLSampleImage',
    'BLSampleImageAnalysis',
    'BLSampleImageAutoScoreClass',
    'BLSampleImageAutoScoreSchema',
    'BLSampleImageHasAutoScoreClass',
    'BLSampleImageHasPositioner',
    'BLSampleImageMeasurement',
    'BLSampleImageScore',
    'BLSamplePosition',
    'BLSampleType',
    'BLSampleTypeHasComponent',
    'BLSession',
    'BLSessionHasSCPosition',
    'BLSubSample',
    'BLSubSampleHasPositioner',
    'BeamApertures',
    'BeamCalendar',
    'BeamCentres',
    'BeamLineSetup',
    'BeamlineAction',
    'BeamlineStats',
    'CalendarHash',
    'ComponentHasSubType',
    'ComponentLattice',
    'ComponentSubType',
    'ComponentType',
    'ConcentrationType',
    'Container',
    'ContainerHistory',
    'ContainerInspection',
    'ContainerQueue',
    'ContainerQueueSample',
    'ContainerRegistry',
    'ContainerRegistryHasProposal',
    'ContainerReport',
    'ContainerType',
    'CourierTermsAccepted',
    'Crystal',
    'CrystalHasUUID',
    'DataAcquisition',
    'DataCollection',
    'DataCollectionComment',
    'DataCollectionFileAttachment',
    'DataCollectionGroup',
    'DataCollectionPlanHasDetector',
    'Detector',
    'Dewar',
    'DewarLocation',
    'DewarLocationList',
    'DewarRegistry',
    'DewarRegistryHasProposal',
    'DewarReport',
    'DewarTransportHistory',
    'DiffractionPlan',
    'EnergyScan',
    'ExperimentKindDetails',
    'ExperimentType',
    'GeometryClassname',
    'GridImageMap',
    'GridInfo',
    'Image',
    'ImageQualityIndicators',
    'Imager',
    'InspectionType',
    'IspybCrystalClass',
    'IspybReference',
    'LDAPSearchBase',
    'LDAPSearchParameters',
    'LabContact',
    'Laboratory',
    'LaserParameters',
    'LaserPoint',
    'Ligand',
    'LigandHasPDB',
    'MXMRRun',
    'MXMRRunBlob',
    'ModelBuilding',
    'MotorPosition',
    'PDB',
    'PDBEntry',
    'PDBEntryHasAutoProcProgram',
    'Permission',
    'Person',
    'Phasing',
    'PhasingAnalysis',
    'PhasingHasScaling',
    'PhasingProgramAttachment',
    'PhasingProgramRun',
    'PhasingStatistics',
    'PhasingStep',
    'Position',
    'Positioner',
    'PreparePhasingData',
    'ProcessingJob',
    'ProcessingJobImageSweep',
    'ProcessingJobParameter',
    'ProcessingPipeline',
    'ProcessingPipelineCategory',
    'Project',
    'ProjectHasBLSample',
    'ProjectHasDCGroup',
    'ProjectHasEnergyScan',
    'ProjectHasPerson',
    'ProjectHasProtein',
    'ProjectHasSession',
    'ProjectHasShipping',
    'ProjectHasUser',
    'ProjectHasXFEFSpectrum',
    'Proposal',
    'ProposalHasPerson',
    'Protein',
    'ProteinHasPDB',
    'PurificationColumn',
    'RobotAction',
    'SWOnceToken',
    'ScanParametersModel',
    'ScanParametersService',
    'Schedule',
    'ScheduleComponent',
    'SchemaStatus',
    'Screen',
    'ScreenComponent',
    'ScreenComponentGroup',
    'Screening',
    'ScreeningInput',
    'ScreeningOutput',
    'ScreeningOutputLattice',
    'ScreeningRank',
    'ScreeningRankSet',
    'ScreeningStrategy',
    'ScreeningStrategySubWedge',
    'ScreeningStrategyWedge',
    'SessionHasPerson',
    'SessionType',
    'Shipping',
    'ShippingHasSession',
    'Sleeve',
    'SpaceGroup',
    'SubstructureDetermination',
    'UserGroup',
    'UserGroupHasLDAPSearchParameters',
    'UserGroupHasPermission',
    'UserGroupHasPerson',
    'VRun',
    'XFEFluorescenceComposite',
    'XFEFluorescenceSpectrum',
    'XRFFluorescenceMapping',
    'XRFFluorescenceMappingROI',
    'XrayCentring',
    'XrayCentringResult',
    'ZcZocaloBuffer',
]
