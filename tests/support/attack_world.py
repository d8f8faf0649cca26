# SPDX-License-Identifier: LGPL-3.0-or-later
"""Two proposals with every kind of row, real files, and a marker in every text column of the victim.

``build_side(...)`` inserts, inside the test's transaction, a proposal with its person, laboratory,
members, sessions, shipping chain, samples and sub-samples, diffraction plans (used by a sample, a
sub-sample and a sample's plan queue), data collections with attachments, processing, scans, EM and
SSX rows. Every text column gets the side's marker, every column that names a file gets a real file
under the side's folder (holding the marker), and the shared rows (beamline set-up, beam calendar,
detector) are used by both sides.
"""

import json
import os
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, inspect, insert, select

from pyispyb.kernel.access import file_path_columns
from pyispyb import models as m
from pyispyb import models as em
from pyispyb import models as ssx

NOW = datetime(2026, 6, 1, 9, 0, 0)


@dataclass
class Side:
    """The rows of one proposal: ``ids[column name] -> [ids]`` and ``rows[(table, key)]``."""

    name: str  # "victim" or "attacker": also the person's login
    marker: str
    folder: str
    ids: dict = field(default_factory=dict)
    rows: list = field(default_factory=list)  # (model, key column, key)
    files: list = field(default_factory=list)


class Builder:
    """Inserts rows with every text column filled, on the live schema's columns only."""

    def __init__(self, connection):
        self.connection = connection
        self.columns = {}

    def live_columns(self, model):
        """Names of the columns the live table has (empty when the site's schema lacks the table)."""
        name = model.__tablename__
        if name not in self.columns:
            tables = set(inspect(self.connection).get_table_names())
            self.columns[name] = {c["name"] for c in inspect(self.connection).get_columns(name)} \
                if name in tables else set()
        return self.columns[name]

    def add(self, side, model, **fixed):
        """Insert a row of ``model`` for ``side`` (text columns marked, file columns real files); return its key.

        Nothing is inserted (None) when the schema lacks the table or a required parent is missing.
        """
        live = self.live_columns(model)
        required = {c.name for c in model.__table__.columns if not c.nullable and c.name in live}
        if not live or any(fixed.get(name, 0) is None for name in required):
            return None
        values = {k: v for k, v in fixed.items() if k in live}
        paths = file_path_columns(model)
        for column in model.__table__.columns:
            if column.name in values or column.name not in live or column.autoincrement is True:
                continue
            if column.primary_key and len(model.__table__.primary_key.columns) == 1 and isinstance(column.type,
                                                                                                 Integer):
                continue
            value = self._value(side, model, column, paths)
            if value is not None:
                values[column.name] = value
        result = self.connection.execute(insert(model.__table__).values(**values))
        keys = list(model.__table__.primary_key.columns)
        key_column = keys[0]
        key = values.get(key_column.name) if key_column.name in values else result.inserted_primary_key[0]
        identity = {k.name: values.get(k.name) for k in keys}
        identity[key_column.name] = key
        side.rows.append((model, key_column, key, identity))
        if len(keys) == 1:
            side.ids.setdefault(key_column.name, []).append(key)
        return key

    def _value(self, side, model, column, paths):
        enum = column.info.get("enum")
        if enum:
            return enum[0]
        if isinstance(column.type, String):
            if column.name in paths:
                return self._file_value(side, model, column, paths)
            if column.foreign_keys:
                return None
            length = (column.type.length or 200) - 2
            text = f"{side.marker} {model.__tablename__}.{column.name}"[:length]
            return json.dumps(text) if length >= len(side.marker) else None  # JSON: some columns check json_valid
        if column.nullable or column.server_default is not None or column.foreign_keys:
            return None
        if isinstance(column.type, DateTime):
            return NOW
        if isinstance(column.type, Date):
            return NOW.date()
        if isinstance(column.type, Boolean):
            return False
        if isinstance(column.type, (Integer, Float, Numeric)):
            return 1
        return None

    def _file_value(self, side, model, column, paths):
        """A real file for a path column; a folder + bare name for ``...Path`` / ``...Name`` pairs."""
        base = f"{model.__tablename__}_{column.name}.txt"
        target = os.path.join(side.folder, model.__tablename__, base)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if column.name.lower().endswith("name"):
            folder_column = _folder_partner(column.name, paths)
            if folder_column is None:
                return None
            _write(target, side.marker, column.name)
            side.files.append(target)
            return base
        if _name_partner(column.name, paths) is not None:
            return os.path.dirname(target)
        length = column.type.length or 255
        if len(target) > length:
            return None
        _write(target, side.marker, column.name)
        side.files.append(target)
        return target


def _folder_partner(name_column, paths):
    for candidate in (name_column[:-4] + "Path", name_column[:-4] + "path", "filePath"):
        if candidate in paths:
            return candidate
    return None


def _name_partner(path_column, paths):
    for candidate in (path_column[:-4] + "Name", path_column[:-4] + "name"):
        if candidate in paths and candidate != path_column:
            return candidate
    return None


def _write(target, marker, column):
    with open(target, "w") as handle:
        handle.write(f"{marker} file of {column}\n")


def shared_rows(builder, neutral):
    """Reference rows both proposals use (set-up, beam calendar, detector): no marker in them."""
    ids = {}
    ids["detectorId"] = builder.add(neutral, m.Detector, detectorModel="Shared detector")
    ids["beamLineSetupId"] = builder.add(neutral, m.BeamLineSetup, beamlineName="i99", detectorId=ids["detectorId"])
    ids["beamCalendarId"] = builder.add(neutral, m.BeamCalendar, run="2026-9", beamStatus="User",
                                        startDate=NOW, endDate=NOW)
    return ids


def build_side(builder, side, number, shared):
    """Insert every kind of row of one proposal; fill ``side.ids``."""
    add = builder.add
    lab = add(side, m.Laboratory)
    person = add(side, m.Person, login=side.name, laboratoryId=lab, emailAddress=f"{side.marker}@example.org")
    member = add(side, m.Person, login=f"{side.name}-member", laboratoryId=lab)
    proposal = add(side, m.Proposal, personId=person, proposalCode=side.name[:2], proposalNumber=str(number))
    add(side, m.ProposalHasPerson, proposalId=proposal, personId=member)
    session = add(side, m.BLSession, proposalId=proposal, beamLineSetupId=shared["beamLineSetupId"],
                  beamCalendarId=shared["beamCalendarId"], visit_number=1, beamLineName="i99",
                  startDate=NOW, endDate=NOW)
    add(side, m.SessionHasPerson, sessionId=session, personId=person)
    contact = add(side, m.LabContact, personId=person, proposalId=proposal, cardName=f"{side.name} card")
    protein = add(side, m.Protein, proposalId=proposal, personId=person, acronym=f"{side.name[:3]}P")
    plan_crystal = add(side, m.DiffractionPlan, detectorId=shared["detectorId"])
    crystal = add(side, m.Crystal, proteinId=protein, diffractionPlanId=plan_crystal)
    shipping = add(side, m.Shipping, proposalId=proposal, sendingLabContactId=contact, returnLabContactId=contact)
    add(side, m.ShippingHasSession, shippingId=shipping, sessionId=session)
    dewar = add(side, m.Dewar, shippingId=shipping, firstExperimentId=session)
    container = add(side, m.Container, dewarId=dewar, sessionId=session)
    plan_sample = add(side, m.DiffractionPlan)
    sample = add(side, m.BLSample, containerId=container, crystalId=crystal, diffractionPlanId=plan_sample)
    plan_sub = add(side, m.DiffractionPlan)
    add(side, m.BLSubSample, blSampleId=sample, diffractionPlanId=plan_sub)
    plan_queue = add(side, m.DiffractionPlan)
    add(side, m.BLSampleHasDataCollectionPlan, blSampleId=sample, dataCollectionPlanId=plan_queue, planOrder=1)
    group = add(side, m.DataCollectionGroup, sessionId=session, blSampleId=sample, experimentType="OSC")
    collection = add(side, m.DataCollection, dataCollectionGroupId=group, SESSIONID=session, BLSAMPLEID=sample,
                     detectorId=shared["detectorId"], dataCollectionPlanId=plan_sample, numberOfImages=10)
    add(side, m.DataCollectionFileAttachment, dataCollectionId=collection)
    job = add(side, m.ProcessingJob, dataCollectionId=collection)
    program = add(side, m.AutoProcProgram, processingJobId=job)
    integration = add(side, m.AutoProcIntegration, dataCollectionId=collection, autoProcProgramId=program)
    add(side, m.AutoProcProgramAttachment, autoProcProgramId=program)
    add(side, m.AutoProcProgramMessage, autoProcProgramId=program)
    autoproc = add(side, m.AutoProc, autoProcProgramId=program)
    scaling = add(side, m.AutoProcScaling, autoProcId=autoproc)
    add(side, m.AutoProcScalingStatistics, autoProcScalingId=scaling)
    add(side, m.AutoProcStatus, autoProcIntegrationId=integration, bltimeStamp=NOW)
    add(side, m.EnergyScan, sessionId=session, blSampleId=sample)
    add(side, m.XFEFluorescenceSpectrum, sessionId=session, blSampleId=sample)
    add(side, m.RobotAction, blsessionId=session, blsampleId=sample, startTimestamp=NOW, endTimestamp=NOW)
    add(side, m.BLSampleGroup, proposalId=proposal)
    _em_rows(builder, side, collection, group, program)
    _ssx_rows(builder, side, proposal, protein, crystal, sample, collection)
    return {"proposal": proposal, "session": session, "person": person}


def _em_rows(builder, side, collection, group, program):
    add = builder.add
    movie = add(side, em.Movie, dataCollectionId=collection, movieNumber=1)
    motion = add(side, em.MotionCorrection, movieId=movie, autoProcProgramId=program)
    add(side, em.CTF, motionCorrectionId=motion, autoProcProgramId=program)
    add(side, em.RelativeIceThickness, motionCorrectionId=motion, autoProcProgramId=program)
    picker = add(side, em.ParticlePicker, firstMotionCorrectionId=motion, programId=program)
    classification_group = add(side, em.ParticleClassificationGroup, particlePickerId=picker, programId=program)
    classification = add(side, em.ParticleClassification, particleClassificationGroupId=classification_group)
    add(side, em.BFactorFit, particleClassificationId=classification)
    initial = add(side, em.CryoemInitialModel)
    add(side, em.ParticleClassificationHasCryoemInitialModel, particleClassificationId=classification,
        cryoemInitialModelId=initial)
    tomogram = add(side, em.Tomogram, dataCollectionId=collection, autoProcProgramId=program)
    add(side, em.ProcessedTomogram, tomogramId=tomogram)
    add(side, em.TiltImageAlignment, movieId=movie, tomogramId=tomogram)
    atlas = add(side, em.Atlas, dataCollectionGroupId=group)
    square = add(side, em.GridSquare, atlasId=atlas)
    add(side, em.FoilHole, gridSquareId=square)


def _ssx_rows(builder, side, proposal, protein, crystal, sample, collection):
    if "SSXDataCollection" not in inspect(builder.connection).get_table_names():
        return
    add = builder.add
    component = add(side, ssx.Component, proposalId=proposal, componentTypeId=_first(builder, m.ComponentType))
    add(side, ssx.CrystalComposition, crystalId=crystal, componentId=component)
    add(side, ssx.SampleComposition, blSampleId=sample, componentId=component)
    add(side, ssx.ProteinHasComponent, proteinId=protein, componentId=component)
    add(side, ssx.SSXDataCollection, dataCollectionId=collection)
    chain = add(side, ssx.EventChain, dataCollectionId=collection)
    add(side, ssx.Event, eventChainId=chain, componentId=component, eventTypeId=_first(builder, ssx.EventType),
        offset=0)


def _first(builder, model):
    key = list(model.__table__.primary_key.columns)[0]
    return builder.connection.execute(select(key).order_by(key).limit(1)).scalar()


def snapshot(builder, side):
    """Every row of a side, read now (the live columns): ``{(table, key): row}``."""
    found = {}
    for model, _key_column, _key, keys in side.rows:
        where = [model.__table__.c[name] == value for name, value in keys.items()]
        live = builder.live_columns(model)
        columns = [c for c in model.__table__.columns if c.name in live]
        row = builder.connection.execute(select(*columns).where(*where)).mappings().first()
        found[(model.__tablename__, tuple(sorted(keys.items())))] = dict(row) if row is not None else None
    return found


def rows_naming(builder, text):
    """Every ``(table, primary key, column)`` whose file column (of any scoped table) contains ``text``."""
    from pyispyb.kernel.access import SCOPES, file_path_columns

    found = set()
    for model in SCOPES:
        live = builder.live_columns(model)
        columns = [model.__table__.c[name] for name in file_path_columns(model) if name in live]
        keys = [c for c in model.__table__.primary_key.columns if c.name in live]
        if not columns or not keys:
            continue
        for column in columns:
            for row in builder.connection.execute(select(*keys).where(column.contains(text))):
                found.add((model.__tablename__, tuple(row), column.name))
    return found
