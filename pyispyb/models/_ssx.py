# SPDX-License-Identifier: LGPL-3.0-or-later
# GENERATED FILE: do not edit. Regenerate with `python scripts/generate_models.py`.
# Source: ISPyB database schema ispyb-database v5.0.0.
"""SQLAlchemy models of the ssx ISPyB tables (generated from the schema)."""

# flake8: noqa
from sqlalchemy import (
    Column, Date, DateTime, Double, Float, ForeignKey, ForeignKeyConstraint, Index,
    Integer, BigInteger, LargeBinary, Numeric, SmallInteger, String, Text, Time,
    UniqueConstraint, text,
)

from pyispyb.models.base import Base, BigIntegerKey

SCHEMA_SOURCE = 'ispyb-database v5.0.0'


class Component(Base):
    """Description of a component that can be used inside a crystal or a sample."""

    __tablename__ = 'Component'
    __table_args__ = (
        Index('ix_Component_componentTypeId', 'componentTypeId'),
        Index('ix_Component_proposalId', 'proposalId'),
        {'comment': 'Description of a component that can be used inside a crystal or a sample.'},
    )

    componentId = Column('componentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    componentTypeId = Column('componentTypeId', Integer, ForeignKey("ComponentType.componentTypeId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    proposalId = Column('proposalId', Integer, ForeignKey("Proposal.proposalId", ondelete="CASCADE", onupdate="CASCADE"), info={'sql_type': 'int(10) unsigned'})
    name = Column('name', String(255), nullable=False, info={'sql_type': 'varchar(255)'})
    composition = Column('composition', String(255), info={'sql_type': 'varchar(255)'})


class CrystalComposition(Base):
    """Links a crystal to its components with a specified abundance or ratio."""

    __tablename__ = 'CrystalComposition'
    __table_args__ = (
        Index('ix_CrystalComposition_componentId', 'componentId'),
        Index('ix_CrystalComposition_concentrationTypeId', 'concentrationTypeId'),
        Index('ix_CrystalComposition_crystalId', 'crystalId'),
        {'comment': 'Links a crystal to its components with a specified abundance or ratio.'},
    )

    crystalCompositionId = Column('crystalCompositionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Component.componentId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    crystalId = Column('crystalId', Integer, ForeignKey("Crystal.crystalId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    concentrationTypeId = Column('concentrationTypeId', Integer, ForeignKey("ConcentrationType.concentrationTypeId"), info={'sql_type': 'int(10) unsigned'})
    abundance = Column('abundance', Float, comment='Abundance or concentration in the unit defined by concentrationTypeId.', info={'sql_type': 'float'})
    ratio = Column('ratio', Float, info={'sql_type': 'float'})
    pH = Column('pH', Float, info={'sql_type': 'float'})


class Event(Base):
    """Describes an event that occurred during a data collection and should be taken into account for data analysis. Can optionally be repeated at a specified frequency."""

    __tablename__ = 'Event'
    __table_args__ = (
        Index('ix_Event_componentId', 'componentId'),
        Index('ix_Event_eventChainId', 'eventChainId'),
        Index('ix_Event_eventTypeId', 'eventTypeId'),
        {'comment': 'Describes an event that occurred during a data collection and should be taken into account for data analysis. Can optionally be repeated at a specified frequency.'},
    )

    eventId = Column('eventId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    eventChainId = Column('eventChainId', Integer, ForeignKey("EventChain.eventChainId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Component.componentId"), info={'sql_type': 'int(11) unsigned'})
    eventTypeId = Column('eventTypeId', Integer, ForeignKey("EventType.eventTypeId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(255), info={'sql_type': 'varchar(255)'})
    offset = Column('offset', Float, nullable=False, comment='Start of the event relative to data collection start time in seconds.', info={'sql_type': 'float'})
    duration = Column('duration', Float, comment='Duration of the event if applicable.', info={'sql_type': 'float'})
    period = Column('period', Float, comment='Repetition period if applicable in seconds.', info={'sql_type': 'float'})
    repetition = Column('repetition', Float, comment='Number of repetitions if applicable.', info={'sql_type': 'float'})


class EventChain(Base):
    """Groups events together in a data collection."""

    __tablename__ = 'EventChain'
    __table_args__ = (
        Index('ix_EventChain_dataCollectionId', 'dataCollectionId'),
        {'comment': 'Groups events together in a data collection.'},
    )

    eventChainId = Column('eventChainId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(255), info={'sql_type': 'varchar(255)'})


class EventType(Base):
    """Defines the list of event types which can occur during a data collection."""

    __tablename__ = 'EventType'
    __table_args__ = (
        UniqueConstraint('name', name='uq_EventType_name'),
        {'comment': 'Defines the list of event types which can occur during a data collection.'},
    )

    eventTypeId = Column('eventTypeId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    name = Column('name', String(30), nullable=False, info={'sql_type': 'varchar(30)'})


class ProteinHasComponent(Base):
    """Which elements are contained inside a molecule"""

    __tablename__ = 'Protein_has_Component'
    __table_args__ = (
        Index('ix_Protein_has_Component_Protein_has_Component_fk_componentId', 'componentId'),
        Index('ix_Protein_has_Component_Protein_has_Component_fk_proteinId', 'proteinId'),
        {'comment': 'Which elements are contained inside a molecule'},
    )

    proteinHasComponentId = Column('proteinHasComponentId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    proteinId = Column('proteinId', Integer, ForeignKey("Protein.proteinId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='References Protein table', info={'sql_type': 'int(10) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Component.componentId", ondelete="CASCADE", onupdate="CASCADE"), nullable=False, comment='References Component table', info={'sql_type': 'int(10) unsigned'})


class SampleComposition(Base):
    """Links a sample to its components with a specified abundance or ratio."""

    __tablename__ = 'SampleComposition'
    __table_args__ = (
        Index('ix_SampleComposition_blSampleId', 'blSampleId'),
        Index('ix_SampleComposition_componentId', 'componentId'),
        Index('ix_SampleComposition_concentrationTypeId', 'concentrationTypeId'),
        {'comment': 'Links a sample to its components with a specified abundance or ratio.'},
    )

    sampleCompositionId = Column('sampleCompositionId', Integer, primary_key=True, autoincrement=True, info={'sql_type': 'int(11) unsigned'})
    componentId = Column('componentId', Integer, ForeignKey("Component.componentId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    blSampleId = Column('blSampleId', Integer, ForeignKey("BLSample.blSampleId"), nullable=False, info={'sql_type': 'int(11) unsigned'})
    concentrationTypeId = Column('concentrationTypeId', Integer, ForeignKey("ConcentrationType.concentrationTypeId"), info={'sql_type': 'int(11) unsigned'})
    abundance = Column('abundance', Float, comment='Abundance or concentration in the unit defined by concentrationTypeId.', info={'sql_type': 'float'})
    ratio = Column('ratio', Float, info={'sql_type': 'float'})
    pH = Column('pH', Float, info={'sql_type': 'float'})


class SSXDataCollection(Base):
    """Extends DataCollection with SSX-specific fields."""

    __tablename__ = 'SSXDataCollection'
    __table_args__ = (
        {'comment': 'Extends DataCollection with SSX-specific fields.'},
    )

    dataCollectionId = Column('dataCollectionId', Integer, ForeignKey("DataCollection.dataCollectionId", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True, autoincrement=False, comment='Primary key is same as dataCollection (1 to 1).', info={'sql_type': 'int(11) unsigned'})
    repetitionRate = Column('repetitionRate', Float, info={'sql_type': 'float'})
    energyBandwidth = Column('energyBandwidth', Float, info={'sql_type': 'float'})
    monoStripe = Column('monoStripe', String(255), info={'sql_type': 'varchar(255)'})
    jetSpeed = Column('jetSpeed', Float, comment='For jet experiments.', info={'sql_type': 'float'})
    jetSize = Column('jetSize', Float, comment='For jet experiments.', info={'sql_type': 'float'})
    chipPattern = Column('chipPattern', String(255), comment='For chip experiments.', info={'sql_type': 'varchar(255)'})
    chipModel = Column('chipModel', String(255), comment='For chip experiments.', info={'sql_type': 'varchar(255)'})
    reactionDuration = Column('reactionDuration', Float, comment='When images are taken at constant time relative to reaction start.', info={'sql_type': 'float'})
    laserEnergy = Column('laserEnergy', Float, info={'sql_type': 'float'})
    experimentName = Column('experimentName', String(255), info={'sql_type': 'varchar(255)'})


__all__ = [
    'Component',
    'CrystalComposition',
    'Event',
    'EventChain',
    'EventType',
    'ProteinHasComponent',
    'SSXDataCollection',
    'SampleComposition',
]
