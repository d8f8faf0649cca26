# SPDX-License-Identifier: LGPL-3.0-or-later
# GENERATED FILE: do not edit. Regenerate with `python scripts/generate_models.py`.
# Source: ISPyB database schema ispyb-database v5.0.0.
"""SQLAlchemy models of the em ISPyB tables (generated from the schema)."""

# flake8: noqa
from sqlalchemy import (
    Column, Date, DateTime, Double, Float, ForeignKey, ForeignKeyConstraint, Index,
    Integer, BigInteger, LargeBinary, Numeric, SmallInteger, String, Text, Time,
    UniqueConstraint, text,
)

from pyispyb.models.base import Base, BigIntegerKey

SCHEMA_SOURCE = 'ispyb-database v5.0.0'


class Atlas(Base):
    """Atlas of a Cryo-EM grid"""

    __tablename__ = 'Atlas'
    __table_args__ = (
        Index('ix_Atlas_Atlas_fk_dataCollectionGroupId', 'dataCollectionGroupId'),
        {'comment': 'Atlas of a Cryo-EM grid'},
    )

    atlasId = Column('atlasId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionGroupId = Column('dataCollectionGroupId', Integer, ForeignKey("DataCollectionGroup.dataCollectionGroupId", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11)'})
    atlasImage = Column('atlasImage', String(255), nullable=False, comment='path to atlas image', info={'sql_type': 'varchar(255)'})
    pixelSize = Column('pixelSize', Float, nullable=False, comment='pixel size of atlas image', info={'sql_type': 'float'})
    cassetteSlot = Column('cassetteSlot', Integer, info={'sql_type': 'int(10) unsigned'})
    hasRed = Column('hasRed', SmallInteger, server_default=text("0"), comment='Whether atlas has red channel', info={'sql_type': 'tinyint(1)'})
    hasBlue = Column('hasBlue', SmallInteger, server_default=text("0"), comment='Whether atlas has blue channel', info={'sql_type': 'tinyint(1)'})
    hasGreen = Column('hasGreen', SmallInteger, server_default=text("0"), comment='Whether atlas has green channel', info={'sql_type': 'tinyint(1)'})
    hasYellow = Column('hasYellow', SmallInteger, server_default=text("0"), comment='Whether atlas has yellow channel', info={'sql_type': 'tinyint(1)'})
    hasCyan = Column('hasCyan', SmallInteger, server_default=text("0"), comment='Whether atlas has cyan channel', info={'sql_type': 'tinyint(1)'})
    hasMagenta = Column('hasMagenta', SmallInteger, server_default=text("0"), comment='Whether atlas has magenta channel', info={'sql_type': 'tinyint(1)'})
    hasGrey = Column('hasGrey', SmallInteger, server_default=text("0"), comment='Whether atlas has grey channel', info={'sql_type': 'tinyint(1)'})
    mode = Column('mode', String(28), comment='Collection mode', info={'sql_type': "enum('Bright Field and Fluorescent','Bright Field','Fluorescent','Tomography','Single Particle')", 'enum': ('Bright Field and Fluorescent', 'Bright Field', 'Fluorescent', 'Tomography', 'Single Particle')})


class BFactorFit(Base):
    """CryoEM reconstruction resolution as a function of the number of particles for the creation of a Rosenthal-Henderson plot and the calculation of B-factors"""

    __tablename__ = 'BFactorFit'
    __table_args__ = (
        Index('ix_BFactorFit_BFactorFit_fk_particleClassificationId', 'particleClassificationId'),
        {'comment': 'CryoEM reconstruction resolution as a function of the number of particles for the creation of a Rosenthal-Henderson plot and the calculation of B-factors'},
    )

    bFactorFitId = Column('bFactorFitId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    particleClassificationId = Column('particleClassificationId', Integer, ForeignKey("ParticleClassification.particleClassificationId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    resolution = Column('resolution', Float, comment='Resolution of a refined map using a given number of particles', info={'sql_type': 'float'})
    numberOfParticles = Column('numberOfParticles', Integer, comment='Number of particles used in refinement', info={'sql_type': 'int(10) unsigned'})
    particleBatchSize = Column('particleBatchSize', Integer, comment='Number of particles in the batch that the B-factor analysis was performed on', info={'sql_type': 'int(10) unsigned'})


class CryoemInitialModel(Base):
    """Initial cryo-EM model generation results"""

    __tablename__ = 'CryoemInitialModel'
    __table_args__ = (
        {'comment': 'Initial cryo-EM model generation results'},
    )

    cryoemInitialModelId = Column('cryoemInitialModelId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    resolution = Column('resolution', Float, comment='Unit: Angstroms', info={'sql_type': 'float'})
    numberOfParticles = Column('numberOfParticles', Integer, info={'sql_type': 'int(10) unsigned'})


class CTF(Base):
    """The CTF table."""

    __tablename__ = 'CTF'
    __table_args__ = (
        Index('ix_CTF_CTF_ibfk1', 'motionCorrectionId'),
        Index('ix_CTF_CTF_ibfk2', 'autoProcProgramId'),
    )

    ctfId = Column('ctfId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    motionCorrectionId = Column('motionCorrectionId', Integer, ForeignKey("MotionCorrection.motionCorrectionId"), info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), info={'sql_type': 'int(11) unsigned'})
    boxSizeX = Column('boxSizeX', Float, comment='Box size in x, Units: pixels', info={'sql_type': 'float'})
    boxSizeY = Column('boxSizeY', Float, comment='Box size in y, Units: pixels', info={'sql_type': 'float'})
    minResolution = Column('minResolution', Float, comment='Minimum resolution for CTF, Units: A', info={'sql_type': 'float'})
    maxResolution = Column('maxResolution', Float, comment='Units: A', info={'sql_type': 'float'})
    minDefocus = Column('minDefocus', Float, comment='Units: A', info={'sql_type': 'float'})
    maxDefocus = Column('maxDefocus', Float, comment='Units: A', info={'sql_type': 'float'})
    defocusStepSize = Column('defocusStepSize', Float, comment='Units: A', info={'sql_type': 'float'})
    astigmatism = Column('astigmatism', Float, comment='Units: A', info={'sql_type': 'float'})
    astigmatismAngle = Column('astigmatismAngle', Float, comment='Units: deg?', info={'sql_type': 'float'})
    estimatedResolution = Column('estimatedResolution', Float, comment='Units: A', info={'sql_type': 'float'})
    estimatedDefocus = Column('estimatedDefocus', Float, comment='Units: A', info={'sql_type': 'float'})
    amplitudeContrast = Column('amplitudeContrast', Float, comment='Units: %?', info={'sql_type': 'float'})
    ccValue = Column('ccValue', Float, comment='Correlation value', info={'sql_type': 'float'})
    fftTheoreticalFullPath = Column('fftTheoreticalFullPath', String(255), comment='Full path to the jpg image of the simulated FFT', info={'sql_type': 'varchar(255)'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    iceRingDensity = Column('iceRingDensity', Float, comment='Summed intensity of ice ring in fourier space', info={'sql_type': 'float'})


class FoilHole(Base):
    """Details of a Cryo-EM foil hole within a grid square including image captured at foil hole magnification if applicable"""

    __tablename__ = 'FoilHole'
    __table_args__ = (
        Index('ix_FoilHole_FoilHole_fk_gridSquareId', 'gridSquareId'),
        {'comment': 'Details of a Cryo-EM foil hole within a grid square including image captured at foil hole magnification if applicable'},
    )

    foilHoleId = Column('foilHoleId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    gridSquareId = Column('gridSquareId', Integer, ForeignKey("GridSquare.gridSquareId", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    foilHoleLabel = Column('foilHoleLabel', String(30), nullable=False, comment='foil hole reference name from acquisition software', info={'sql_type': 'varchar(30)'})
    foilHoleImage = Column('foilHoleImage', String(255), comment='path to foil hole image, nullable as there is not always a foil hole image', info={'sql_type': 'varchar(255)'})
    pixelLocationX = Column('pixelLocationX', Integer, comment='pixel location of foil hole centre on grid square image (x)', info={'sql_type': 'int(11)'})
    pixelLocationY = Column('pixelLocationY', Integer, comment='pixel location of foil hole centre on grid square image (y)', info={'sql_type': 'int(11)'})
    diameter = Column('diameter', Integer, comment='foil hole diameter on grid square image in pixels', info={'sql_type': 'int(11)'})
    stageLocationX = Column('stageLocationX', Float, comment='x stage position (microns)', info={'sql_type': 'float'})
    stageLocationY = Column('stageLocationY', Float, comment='y stage position (microns)', info={'sql_type': 'float'})
    qualityIndicator = Column('qualityIndicator', Float, comment='metric for determining quality of foil hole', info={'sql_type': 'float'})
    pixelSize = Column('pixelSize', Float, comment='pixel size of foil hole image', info={'sql_type': 'float'})


class GridSquare(Base):
    """Details of a Cryo-EM grid square including image captured at grid square magnification"""

    __tablename__ = 'GridSquare'
    __table_args__ = (
        Index('ix_GridSquare_GridSquare_fk_atlasId', 'atlasId'),
        {'comment': 'Details of a Cryo-EM grid square including image captured at grid square magnification'},
    )

    gridSquareId = Column('gridSquareId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    atlasId = Column('atlasId', Integer, ForeignKey("Atlas.atlasId", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    gridSquareLabel = Column('gridSquareLabel', Integer, comment='grid square reference from acquisition software', info={'sql_type': 'int(11)'})
    gridSquareImage = Column('gridSquareImage', String(255), comment='path to grid square image', info={'sql_type': 'varchar(255)'})
    pixelLocationX = Column('pixelLocationX', Integer, comment='pixel location of grid square centre on atlas image (x)', info={'sql_type': 'int(11)'})
    pixelLocationY = Column('pixelLocationY', Integer, comment='pixel location of grid square centre on atlas image (y)', info={'sql_type': 'int(11)'})
    height = Column('height', Integer, comment='grid square height on atlas image in pixels', info={'sql_type': 'int(11)'})
    width = Column('width', Integer, comment='grid square width on atlas image in pixels', info={'sql_type': 'int(11)'})
    angle = Column('angle', Float, comment='angle of grid square relative to atlas image', info={'sql_type': 'float'})
    stageLocationX = Column('stageLocationX', Float, comment='x stage position (microns)', info={'sql_type': 'float'})
    stageLocationY = Column('stageLocationY', Float, comment='y stage position (microns)', info={'sql_type': 'float'})
    qualityIndicator = Column('qualityIndicator', Float, comment='metric for determining quality of grid square', info={'sql_type': 'float'})
    pixelSize = Column('pixelSize', Float, comment='pixel size of grid square image', info={'sql_type': 'float'})
    hasRed = Column('hasRed', SmallInteger, server_default=text("0"), comment='Whether region has red channel', info={'sql_type': 'tinyint(1)'})
    hasBlue = Column('hasBlue', SmallInteger, server_default=text("0"), comment='Whether region has blue channel', info={'sql_type': 'tinyint(1)'})
    hasGreen = Column('hasGreen', SmallInteger, server_default=text("0"), comment='Whether region has green channel', info={'sql_type': 'tinyint(1)'})
    hasYellow = Column('hasYellow', SmallInteger, server_default=text("0"), comment='Whether region has yellow channel', info={'sql_type': 'tinyint(1)'})
    hasCyan = Column('hasCyan', SmallInteger, server_default=text("0"), comment='Whether region has cyan channel', info={'sql_type': 'tinyint(1)'})
    hasMagenta = Column('hasMagenta', SmallInteger, server_default=text("0"), comment='Whether region has magenta channel', info={'sql_type': 'tinyint(1)'})
    hasGrey = Column('hasGrey', SmallInteger, server_default=text("0"), comment='Whether region has grey channel', info={'sql_type': 'tinyint(1)'})
    mode = Column('mode', String(28), comment='Collection mode', info={'sql_type': "enum('Bright Field and Fluorescent','Bright Field','Fluorescent','Tomography','Single Particle')", 'enum': ('Bright Field and Fluorescent', 'Bright Field', 'Fluorescent', 'Tomography', 'Single Particle')})


class MotionCorrection(Base):
    """The MotionCorrection table."""

    __tablename__ = 'MotionCorrection'
    __table_args__ = (
        Index('ix_MotionCorrection_MotionCorrection_ibfk2', 'autoProcProgramId'),
        Index('ix_MotionCorrection_MotionCorrection_ibfk3', 'movieId'),
        Index('ix_MotionCorrection__MotionCorrection_ibfk1', 'dataCollectionId'),
    )

    motionCorrectionId = Column('motionCorrectionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId"), info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId"), info={'sql_type': 'int(11) unsigned'})
    imageNumber = Column('imageNumber', SmallInteger, comment='Movie number, sequential in time 1-n', info={'sql_type': 'smallint(5) unsigned'})
    firstFrame = Column('firstFrame', SmallInteger, comment='First frame of movie used', info={'sql_type': 'smallint(5) unsigned'})
    lastFrame = Column('lastFrame', SmallInteger, comment='Last frame of movie used', info={'sql_type': 'smallint(5) unsigned'})
    dosePerFrame = Column('dosePerFrame', Float, comment='Dose per frame, Units: e-/A^2', info={'sql_type': 'float'})
    doseWeight = Column('doseWeight', Float, comment='Dose weight, Units: dimensionless', info={'sql_type': 'float'})
    totalMotion = Column('totalMotion', Float, comment='Total motion, Units: A', info={'sql_type': 'float'})
    averageMotionPerFrame = Column('averageMotionPerFrame', Float, comment='Average motion per frame, Units: A', info={'sql_type': 'float'})
    driftPlotFullPath = Column('driftPlotFullPath', String(255), comment='Full path to the drift plot', info={'sql_type': 'varchar(255)'})
    micrographFullPath = Column('micrographFullPath', String(255), comment='Full path to the micrograph', info={'sql_type': 'varchar(255)'})
    micrographSnapshotFullPath = Column('micrographSnapshotFullPath', String(255), comment='Full path to a snapshot (jpg) of the micrograph', info={'sql_type': 'varchar(255)'})
    patchesUsedX = Column('patchesUsedX', Integer, comment='Number of patches used in x (for motioncor2)', info={'sql_type': 'mediumint(8) unsigned'})
    patchesUsedY = Column('patchesUsedY', Integer, comment='Number of patches used in y (for motioncor2)', info={'sql_type': 'mediumint(8) unsigned'})
    fftFullPath = Column('fftFullPath', String(255), comment='Full path to the jpg image of the raw micrograph FFT', info={'sql_type': 'varchar(255)'})
    fftCorrectedFullPath = Column('fftCorrectedFullPath', String(255), comment='Full path to the jpg image of the drift corrected micrograph FFT', info={'sql_type': 'varchar(255)'})
    comments = Column('comments', String(255), info={'sql_type': 'varchar(255)'})
    movieId = Column('movieId', Integer, ForeignKey("Movie.movieId"), info={'sql_type': 'int(11) unsigned'})


class Movie(Base):
    """The Movie table."""

    __tablename__ = 'Movie'
    __table_args__ = (
        Index('ix_Movie_Movie_fk_foilHoleId', 'foilHoleId'),
        Index('ix_Movie_Movie_ibfk1', 'dataCollectionId'),
    )

    movieId = Column('movieId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId"), info={'sql_type': 'int(11) unsigned'})
    movieNumber = Column('movieNumber', Integer, info={'sql_type': 'mediumint(8) unsigned'})
    movieFullPath = Column('movieFullPath', String(255), info={'sql_type': 'varchar(255)'})
    createdTimeStamp = Column('createdTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), info={'sql_type': 'timestamp'})
    positionX = Column('positionX', Float, info={'sql_type': 'float'})
    positionY = Column('positionY', Float, info={'sql_type': 'float'})
    nominalDefocus = Column('nominalDefocus', Float, comment='Nominal defocus, Units: A', info={'sql_type': 'float unsigned'})
    angle = Column('angle', Float, comment='unit: degrees relative to perpendicular to beam', info={'sql_type': 'float'})
    fluence = Column('fluence', Float, comment='accumulated electron fluence from start to end of acquisition of this movie (commonly, but incorrectly, referred to as ‘dose’)', info={'sql_type': 'float'})
    numberOfFrames = Column('numberOfFrames', Integer, comment='number of frames per movie. This should be equivalent to the number of\xa0MotionCorrectionDrift\xa0entries, but the latter is a property of data analysis, whereas the number of frames is an intrinsic property of acquisition.', info={'sql_type': 'int(11) unsigned'})
    foilHoleId = Column('foilHoleId', Integer, ForeignKey("FoilHole.foilHoleId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    templateLabel = Column('templateLabel', Integer, info={'sql_type': 'int(10) unsigned'})


class ParticleClassification(Base):
    """Results of 2D or 2D classification"""

    __tablename__ = 'ParticleClassification'
    __table_args__ = (
        Index('ix_ParticleClassification_ParticleClassification_fk_particleClassificationGroupId', 'particleClassificationGroupId'),
        {'comment': 'Results of 2D or 2D classification'},
    )

    particleClassificationId = Column('particleClassificationId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    classNumber = Column('classNumber', Integer, comment='Identified of the class. A unique ID given by Relion', info={'sql_type': 'int(10) unsigned'})
    classImageFullPath = Column('classImageFullPath', String(255), comment='The PNG of the class', info={'sql_type': 'varchar(255)'})
    particlesPerClass = Column('particlesPerClass', Integer, comment='Number of particles within the selected class, can then be used together with the total number above to calculate the percentage', info={'sql_type': 'int(10) unsigned'})
    rotationAccuracy = Column('rotationAccuracy', Float, comment='???', info={'sql_type': 'float'})
    translationAccuracy = Column('translationAccuracy', Float, comment='Unit: Angstroms', info={'sql_type': 'float'})
    estimatedResolution = Column('estimatedResolution', Float, comment='???, Unit: Angstroms', info={'sql_type': 'float'})
    overallFourierCompleteness = Column('overallFourierCompleteness', Float, info={'sql_type': 'float'})
    particleClassificationGroupId = Column('particleClassificationGroupId', Integer, ForeignKey("ParticleClassificationGroup.particleClassificationGroupId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    classDistribution = Column('classDistribution', Float, comment='Provides a figure of merit for the class, higher number is better', info={'sql_type': 'float'})
    selected = Column('selected', SmallInteger, server_default=text("0"), comment='Indicates whether the class is selected for further processing or not', info={'sql_type': 'tinyint(1)'})
    bFactorFitIntercept = Column('bFactorFitIntercept', Float, comment='Intercept of quadratic fit to refinement resolution against the logarithm of the number of particles', info={'sql_type': 'float'})
    bFactorFitLinear = Column('bFactorFitLinear', Float, comment='Linear coefficient of quadratic fit to refinement resolution against the logarithm of the number of particles, equal to half of the B factor', info={'sql_type': 'float'})
    bFactorFitQuadratic = Column('bFactorFitQuadratic', Float, comment='Quadratic coefficient of quadratic fit to refinement resolution against the logarithm of the number of particles', info={'sql_type': 'float'})
    angularEfficiency = Column('angularEfficiency', Double, comment='Variation in resolution across different angles, 1-2sig/mean', info={'sql_type': 'double'})
    suggestedTilt = Column('suggestedTilt', Double, comment='Suggested stage tilt angle to improve angular efficiency. Unit: degrees', info={'sql_type': 'double'})


class ParticleClassificationHasCryoemInitialModel(Base):
    """The ParticleClassification_has_CryoemInitialModel table."""

    __tablename__ = 'ParticleClassification_has_CryoemInitialModel'
    __table_args__ = (
        Index('ix_ParticleClassification_has_CryoemInitialModel_ParticleClassification_has_InitialModel_fk2', 'cryoemInitialModelId'),
    )

    particleClassificationId = Column('particleClassificationId', Integer, ForeignKey("ParticleClassification.particleClassificationId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})
    cryoemInitialModelId = Column('cryoemInitialModelId', Integer, ForeignKey("CryoemInitialModel.cryoemInitialModelId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, info={'sql_type': 'int(10) unsigned'})


class ParticleClassificationGroup(Base):
    """The ParticleClassificationGroup table."""

    __tablename__ = 'ParticleClassificationGroup'
    __table_args__ = (
        Index('ix_ParticleClassificationGroup_ParticleClassificationGroup_fk_particlePickerId', 'particlePickerId'),
        Index('ix_ParticleClassificationGroup_ParticleClassificationGroup_fk_programId', 'programId'),
    )

    particleClassificationGroupId = Column('particleClassificationGroupId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    particlePickerId = Column('particlePickerId', Integer, ForeignKey("ParticlePicker.particlePickerId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    programId = Column('programId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    type = Column('type', String(2), comment='Indicates the type of particle classification', info={'sql_type': "enum('2D','3D')", 'enum': ('2D', '3D')})
    batchNumber = Column('batchNumber', Integer, comment='Corresponding to batch number', info={'sql_type': 'int(10) unsigned'})
    numberOfParticlesPerBatch = Column('numberOfParticlesPerBatch', Integer, comment='total number of particles per batch (a large integer)', info={'sql_type': 'int(10) unsigned'})
    numberOfClassesPerBatch = Column('numberOfClassesPerBatch', Integer, info={'sql_type': 'int(10) unsigned'})
    symmetry = Column('symmetry', String(20), info={'sql_type': 'varchar(20)'})
    binnedPixelSize = Column('binnedPixelSize', Float, comment='Binned pixel size. Unit: Angstroms', info={'sql_type': 'float'})


class ParticlePicker(Base):
    """An instance of a particle picker program that was run"""

    __tablename__ = 'ParticlePicker'
    __table_args__ = (
        Index('ix_ParticlePicker_ParticlePicker_fk_motionCorrectionId', 'firstMotionCorrectionId'),
        Index('ix_ParticlePicker_ParticlePicker_fk_particlePickerProgramId', 'programId'),
        {'comment': 'An instance of a particle picker program that was run'},
    )

    particlePickerId = Column('particlePickerId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(10) unsigned'})
    programId = Column('programId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    firstMotionCorrectionId = Column('firstMotionCorrectionId', Integer, ForeignKey("MotionCorrection.motionCorrectionId", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    particlePickingTemplate = Column('particlePickingTemplate', String(255), comment='Cryolo model', info={'sql_type': 'varchar(255)'})
    particleDiameter = Column('particleDiameter', Float, comment='Unit: nm', info={'sql_type': 'float'})
    numberOfParticles = Column('numberOfParticles', Integer, info={'sql_type': 'int(10) unsigned'})
    summaryImageFullPath = Column('summaryImageFullPath', String(255), comment='Generated summary micrograph image with highlighted particles', info={'sql_type': 'varchar(255)'})


class ProcessedTomogram(Base):
    """Indicates the sample's location on a multi-sample pin, where 1 is closest to the pin base or a sample's position in a cryo-EM cassette"""

    __tablename__ = 'ProcessedTomogram'
    __table_args__ = (
        Index('ix_ProcessedTomogram_tomogramId', 'tomogramId'),
        {'comment': "Indicates the sample's location on a multi-sample pin, where 1 is closest to the pin base or a sample's position in a cryo-EM cassette"},
    )

    processedTomogramId = Column('processedTomogramId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    tomogramId = Column('tomogramId', Integer, ForeignKey("Tomogram.tomogramId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='references Tomogram table', info={'sql_type': 'int(11) unsigned'})
    filePath = Column('filePath', String(255), comment='location on disk for the tomogram file', info={'sql_type': 'varchar(255)'})
    processingType = Column('processingType', String(255), comment='nature of the processed tomogram', info={'sql_type': 'varchar(255)'})
    feature = Column('feature', String(21), comment='Tomogram feature', info={'sql_type': "enum('Membrane','Microtubule','Ribosome','Tric','Actin','Cytoplasm','Cytoplasmic granule','Lipid droplet','Mitochondrial granule','Mitochondrion','Npc','Nuclear envelope','Nucleus','Prohibitin','Proteasome','Vault','Vimentin','Void')", 'enum': ('Membrane', 'Microtubule', 'Ribosome', 'Tric', 'Actin', 'Cytoplasm', 'Cytoplasmic granule', 'Lipid droplet', 'Mitochondrial granule', 'Mitochondrion', 'Npc', 'Nuclear envelope', 'Nucleus', 'Prohibitin', 'Proteasome', 'Vault', 'Vimentin', 'Void')})


class RelativeIceThickness(Base):
    """The RelativeIceThickness table."""

    __tablename__ = 'RelativeIceThickness'
    __table_args__ = (
        Index('ix_RelativeIceThickness_RelativeIceThickness_fk_motionCorrectionId', 'motionCorrectionId'),
        Index('ix_RelativeIceThickness_RelativeIceThickness_fk_programId', 'autoProcProgramId'),
    )

    relativeIceThicknessId = Column('relativeIceThicknessId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    motionCorrectionId = Column('motionCorrectionId', Integer, ForeignKey("MotionCorrection.motionCorrectionId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", onupdate="CASCADE"), info={'sql_type': 'int(11) unsigned'})
    minimum = Column('minimum', Float, comment='Minimum relative ice thickness, Unitless', info={'sql_type': 'float'})
    q1 = Column('q1', Float, comment='Quartile 1, unitless', info={'sql_type': 'float'})
    median = Column('median', Float, comment='Median relative ice thickness, Unitless', info={'sql_type': 'float'})
    q3 = Column('q3', Float, comment='Quartile 3, unitless', info={'sql_type': 'float'})
    maximum = Column('maximum', Float, comment='Minimum relative ice thickness, Unitless', info={'sql_type': 'float'})


class TiltImageAlignment(Base):
    """For storing per-movie analysis results (reconstruction)"""

    __tablename__ = 'TiltImageAlignment'
    __table_args__ = (
        Index('ix_TiltImageAlignment_TiltImageAlignment_fk_tomogramId', 'tomogramId'),
        {'comment': 'For storing per-movie analysis results (reconstruction)'},
    )

    movieId = Column('movieId', Integer, ForeignKey("Movie.movieId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, comment='FK to\xa0Movie\xa0table', info={'sql_type': 'int(11) unsigned'})
    tomogramId = Column('tomogramId', Integer, ForeignKey("Tomogram.tomogramId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, comment='FK to\xa0Tomogram\xa0table; tuple (movieID, tomogramID) is unique', info={'sql_type': 'int(11) unsigned'})
    defocusU = Column('defocusU', Float, comment='unit: Angstroms', info={'sql_type': 'float'})
    defocusV = Column('defocusV', Float, comment='unit: Angstroms', info={'sql_type': 'float'})
    psdFile = Column('psdFile', String(255), info={'sql_type': 'varchar(255)'})
    resolution = Column('resolution', Float, comment='unit: Angstroms', info={'sql_type': 'float'})
    fitQuality = Column('fitQuality', Float, info={'sql_type': 'float'})
    refinedMagnification = Column('refinedMagnification', Float, comment='unitless', info={'sql_type': 'float'})
    refinedTiltAngle = Column('refinedTiltAngle', Float, comment='units: degrees', info={'sql_type': 'float'})
    refinedTiltAxis = Column('refinedTiltAxis', Float, comment='units: degrees', info={'sql_type': 'float'})
    residualError = Column('residualError', Float, comment='Residual error, unit: nm', info={'sql_type': 'float'})


class Tomogram(Base):
    """For storing per-sample, per-position data analysis results (reconstruction)"""

    __tablename__ = 'Tomogram'
    __table_args__ = (
        Index('ix_Tomogram_Tomogram_fk_autoProcProgramId', 'autoProcProgramId'),
        Index('ix_Tomogram_Tomogram_fk_dataCollectionId', 'dataCollectionId'),
        Index('ix_Tomogram_Tomogram_fk_gridSquareId', 'gridSquareId'),
        {'comment': 'For storing per-sample, per-position data analysis results (reconstruction)'},
    )

    tomogramId = Column('tomogramId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), comment='FK to\xa0DataCollection\xa0table', info={'sql_type': 'int(11) unsigned'})
    autoProcProgramId = Column('autoProcProgramId', Integer, ForeignKey("AutoProcProgram.autoProcProgramId", ondelete="SET NULL", onupdate="CASCADE"), comment='FK, gives processing times/status and software information', info={'sql_type': 'int(10) unsigned'})
    volumeFile = Column('volumeFile', String(255), comment='.mrc\xa0file representing the reconstructed tomogram volume', info={'sql_type': 'varchar(255)'})
    stackFile = Column('stackFile', String(255), comment='.mrc\xa0file containing the motion corrected images ordered by angle used as input for the reconstruction', info={'sql_type': 'varchar(255)'})
    sizeX = Column('sizeX', Integer, comment='unit: pixels', info={'sql_type': 'int(11) unsigned'})
    sizeY = Column('sizeY', Integer, comment='unit: pixels', info={'sql_type': 'int(11) unsigned'})
    sizeZ = Column('sizeZ', Integer, comment='unit: pixels', info={'sql_type': 'int(11) unsigned'})
    pixelSpacing = Column('pixelSpacing', Float, comment='Angstrom/pixel conversion factor', info={'sql_type': 'float'})
    residualErrorMean = Column('residualErrorMean', Float, comment='Alignment error, unit: nm', info={'sql_type': 'float'})
    residualErrorSD = Column('residualErrorSD', Float, comment='Standard deviation of the alignment error, unit: nm', info={'sql_type': 'float'})
    xAxisCorrection = Column('xAxisCorrection', Float, comment='X axis angle (etomo), unit: degrees', info={'sql_type': 'float'})
    tiltAngleOffset = Column('tiltAngleOffset', Float, comment='tilt Axis offset (etomo), unit: degrees', info={'sql_type': 'float'})
    zShift = Column('zShift', Float, comment='shift to center volumen in Z (etomo)', info={'sql_type': 'float'})
    fileDirectory = Column('fileDirectory', String(255), comment='Directory path for files referenced by this table', info={'sql_type': 'varchar(255)'})
    centralSliceImage = Column('centralSliceImage', String(255), comment='Tomogram central slice file', info={'sql_type': 'varchar(255)'})
    tomogramMovie = Column('tomogramMovie', String(255), comment='Movie traversing the tomogram across an axis', info={'sql_type': 'varchar(255)'})
    xyShiftPlot = Column('xyShiftPlot', String(255), comment='XY shift plot file', info={'sql_type': 'varchar(255)'})
    projXY = Column('projXY', String(255), comment='XY projection file', info={'sql_type': 'varchar(255)'})
    projXZ = Column('projXZ', String(255), comment='XZ projection file', info={'sql_type': 'varchar(255)'})
    recordTimeStamp = Column('recordTimeStamp', DateTime, server_default=text("CURRENT_TIMESTAMP"), comment='Creation or last update date/time', info={'sql_type': 'datetime'})
    globalAlignmentQuality = Column('globalAlignmentQuality', Float, comment='Quality of fit metric for the alignment of the tilt series corresponding to this tomogram', info={'sql_type': 'float'})
    gridSquareId = Column('gridSquareId', Integer, ForeignKey("GridSquare.gridSquareId"), comment='FK, references medium mag map in GridSquare', info={'sql_type': 'int(11) unsigned'})
    pixelLocationX = Column('pixelLocationX', Integer, comment='pixel location of tomogram centre on search map image (x)', info={'sql_type': 'int(11)'})
    pixelLocationY = Column('pixelLocationY', Integer, comment='pixel location of tomogram centre on search map image (y)', info={'sql_type': 'int(11)'})


__all__ = [
    'Atlas',
    'BFactorFit',
    'CTF',
    'CryoemInitialModel',
    'FoilHole',
    'GridSquare',
    'MotionCorrection',
    'Movie',
    'ParticleClassification',
    'ParticleClassificationGroup',
    'ParticleClassificationHasCryoemInitialModel',
    'ParticlePicker',
    'ProcessedTomogram',
    'RelativeIceThickness',
    'TiltImageAlignment',
    'Tomogram',
]
