# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may see what: every object resolves to a proposal or a session.

* A **proposal** is the caller's when he is its person (``Proposal.personId``), is listed
  in ``ProposalHasPerson``, or takes part in one of its sessions (``Session_has_Person``).
  Reading proposal-owned objects needs ``all_proposals``, or ``own_proposals`` and ownership.
* A **session** is the caller's when he is in ``Session_has_Person`` for it or owns its
  proposal (person or ``ProposalHasPerson``). Reading session-owned objects needs
  ``all_sessions``, or ``own_sessions`` and ownership.
* Every other table reaches one of these through foreign keys (a dewar through its
  shipment, a data collection through its group); :data:`SCOPES` declares the hops.
  Persons, laboratories and diffraction plans are reached backwards, from the rows that
  use them (see docs/core-api.md); detectors, set-ups and beam calendars are shared.

The caller's proposal and session ids are read once per request (two queries at most).
"""

from dataclasses import dataclass

from sqlalchemy import and_, case, false, literal, or_, select, union

from pyispyb.app.exceptions import Conflict, Forbidden, NotFound, ValidationFailed
from pyispyb.app.extensions.db import db, schema_info
from pyispyb.app.extensions.db.base import Base
from pyispyb.core import models as m

READ_PERMISSIONS = {
    "proposal": ("all_proposals", "own_proposals"),
    "session": ("all_sessions", "own_sessions"),
}


@dataclass(frozen=True)
class Owned:
    """The model has a column holding the id of its proposal or session."""

    column: object
    kind: str  # "proposal" or "session"


@dataclass(frozen=True)
class Via:
    """The model reaches its owner through other tables; any one hop suffices to read.

    Each hop is ``(local column, remote column, remote model)``: the row is visible when
    its local column is in the remote column of a visible remote row. A forward hop
    follows a foreign key to its parent; a reverse hop comes from a child table.
    """

    hops: tuple
    also: object = None  # optional f(user) -> clause: rows visible whatever the hops (e.g. oneself)


@dataclass(frozen=True)
class Shared:
    """Reference data any authenticated user may read (detectors, beamline set-ups, ...)."""


SCOPES = {}


def register_scope(model, scope):
    """Declare how ``model`` resolves to its owner."""
    SCOPES[model] = scope


def scope_of(model):
    """Return the scope of a model (KeyError for models without one)."""
    return SCOPES[model]


def scope_kind(model):
    """Return "proposal", "session" or "shared" for a model."""
    scope = SCOPES[model]
    if isinstance(scope, Owned):
        return scope.kind
    if isinstance(scope, Via):
        return scope_kind(scope.hops[0][2])
    return "shared"


def _person_ids(user):
    return select(m.Person.personId).where(m.Person.login == user.username)


def _owned_proposals(persons):
    """Selects of the proposals whose person, or a ProposalHasPerson member, is in ``persons``."""
    parts = [select(m.Proposal.proposalId).where(m.Proposal.personId.in_(persons))]
    if schema_info().has_table("ProposalHasPerson"):
        parts.append(select(m.ProposalHasPerson.proposalId).where(m.ProposalHasPerson.personId.in_(persons)))
    return parts


def user_proposal_ids(user):
    """Return the ids of the proposals the user owns or takes part in (cached per request)."""
    if "proposal_ids" not in user.cache:
        persons = _person_ids(user)
        parts = _owned_proposals(persons) + [
            select(m.BLSession.proposalId)
            .join(m.SessionHasPerson, m.SessionHasPerson.sessionId == m.BLSession.sessionId)
            .where(m.SessionHasPerson.personId.in_(persons))]
        user.cache["proposal_ids"] = frozenset(db.session.execute(union(*parts)).scalars())
    return user.cache["proposal_ids"]


def user_session_ids(user):
    """Return the ids of the sessions the user takes part in or whose proposal he owns (cached).

    One UNION of index lookups: an ``IN (SELECT ... UNION ...)`` subquery would make
    MariaDB scan the whole BLSession index instead.
    """
    if "session_ids" not in user.cache:
        persons = _person_ids(user)
        parts = [select(m.SessionHasPerson.sessionId).where(m.SessionHasPerson.personId.in_(persons))]
        parts += [select(m.BLSession.sessionId).where(m.BLSession.proposalId.in_(owned))
                  for owned in _owned_proposals(persons)]
        user.cache["session_ids"] = frozenset(db.session.execute(union(*parts)).scalars())
    return user.cache["session_ids"]


def check_read_permission(user, model):
    """Raise :class:`Forbidden` unless the user holds a permission that reads ``model``'s kind."""
    kind = scope_kind(model)
    if kind == "shared":
        return
    needed = READ_PERMISSIONS[kind]
    if not user.has_any(needed):
        raise Forbidden(f"{user.describe()} needs one of the permissions {', '.join(needed)}")


def sees_all(user, kind):
    """True when the user may read every object of this kind."""
    return kind == "shared" or user.has_permission(READ_PERMISSIONS[kind][0])


def visible_clause(user, model):
    """Return a WHERE clause limiting ``model`` to the user's rows, or None for no limit.

    Raises :class:`Forbidden` if the user has no read permission for the model at all.
    """
    check_read_permission(user, model)
    if sees_all(user, scope_kind(model)):
        return None
    return _restriction(user, model)


def _restriction(user, model):
    scope = SCOPES[model]
    if isinstance(scope, Owned):
        ids = user_proposal_ids(user) if scope.kind == "proposal" else user_session_ids(user)
        return scope.column.in_(sorted(ids)) if ids else false()
    clauses = [local.in_(select(remote).where(_restriction(user, model)))
               for local, remote, model in scope.hops if _hop_present(local, remote)]
    if scope.also is not None:
        clauses.append(scope.also(user))
    return or_(*clauses) if clauses else false()


def _hop_present(local, remote):
    """True when the live schema has both columns of a hop (older schemas lack some)."""
    info = schema_info()
    return all(info.has_column(c.table.name, c.name) for c in (local, remote))


def _label(model):
    return model.__tablename__


def ensure_visible(user, model, key_column, key_value):
    """Raise 404 if the row does not exist, 403 if it is not the user's."""
    clause = visible_clause(user, model)
    exists_stmt = select(literal(1)).select_from(model.__table__).where(key_column == key_value)
    if clause is None:
        if db.session.execute(exists_stmt.limit(1)).first() is None:
            raise NotFound(f"{_label(model)} {key_value} not found")
        return
    if _among_own_ids(user, model, key_column, key_value):
        return
    row = db.session.execute(select(case((clause, 1), else_=0)).select_from(model.__table__)
                             .where(key_column == key_value).limit(1)).first()
    if row is None:
        raise NotFound(f"{_label(model)} {key_value} not found")
    if not row[0]:
        raise Forbidden(f"{user.describe()} may not access {_label(model)} {key_value}: "
                        f"its {scope_kind(model)} is not one of the user's")


def _among_own_ids(user, model, key_column, key_value):
    """True when the key is one of the caller's proposal or session ids, already read: no query needed."""
    scope = SCOPES.get(model)
    if not isinstance(scope, Owned) or key_column is not scope.column:
        return False
    return key_value in (user_proposal_ids(user) if scope.kind == "proposal" else user_session_ids(user))


def ensure_all_visible(user, model, key_column, ids):
    """Like :func:`ensure_visible` for many ids in two queries: 404 names the first missing, 403 the first hidden."""
    found = set(db.session.execute(select(key_column).where(key_column.in_(ids))).scalars())
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"{_label(model)} {missing[0]} not found")
    clause = visible_clause(user, model)
    if clause is None:
        return
    visible = set(db.session.execute(select(key_column).where(key_column.in_(ids), clause)).scalars())
    hidden = [i for i in ids if i not in visible]
    if hidden:
        raise Forbidden(f"{user.describe()} may not access {_label(model)} {hidden[0]}: "
                        f"its {scope_kind(model)} is not one of the user's")


def check_references(user, model, values):
    """Check every foreign key in ``values`` that points to an owned model.

    A reference to a missing row is a :class:`Conflict`; to another user's row, :class:`Forbidden`.
    This is what stops a write from moving an object into someone else's proposal.
    """
    for column, parent_key, parent in references(model):
        check_reference(user, column.name, values.get(column.name), parent, parent_key)


def check_reference(user, name, value, parent, parent_key):
    """Check that field ``name`` = ``value`` names a row of ``parent`` the user may see (409/403)."""
    if value is None or not schema_info().has_table(parent.__tablename__):
        return
    try:
        ensure_visible(user, parent, parent_key, value)
    except NotFound:
        raise Conflict(f"{name}: {_label(parent)} {value} does not exist") from None
    except Forbidden:
        raise Forbidden(f"{name}: {_label(parent)} {value} is not one of "
                        f"{user.describe()}'s {scope_kind(parent)}s") from None


def owner_columns(model):
    """Return the columns of which a row of ``model`` must set one to have an owner (may be empty).

    Empty for shared models, for scopes whose rows may be visible without an owner
    (``Via.also``) and for owners identified by the primary key (proposals, sessions).
    """
    scope = SCOPES.get(model)
    if isinstance(scope, Owned):
        return [] if scope.column.primary_key else [scope.column]
    if isinstance(scope, Via) and scope.also is None:
        return [local for local, _remote, _model in scope.hops
                if local.table is model.__table__ and not local.primary_key]
    return []


def check_owner_given(user, model, values):
    """Refuse (422) a row that would belong to nobody, unless the user sees every row of its kind.

    A row without its owning reference (a container without dewar, a crystal without protein)
    would be invisible to the user who wrote it: only ``all_*`` users may write such rows.
    """
    columns = [c for c in owner_columns(model) if schema_info().has_column(model.__tablename__, c.name)]
    if not columns or sees_all(user, scope_kind(model)) or any(values.get(c.name) is not None for c in columns):
        return
    names = " or ".join(c.name for c in columns)
    raise ValidationFailed(f"{names} is required: it names the owner of the {_label(model)}",
                           errors={c.name: ["Missing data for required field."] for c in columns})


def check_write_permission(user, permission):
    """Raise :class:`Forbidden` unless the user holds the write permission (a name, or a tuple of alternatives)."""
    names = (permission,) if isinstance(permission, str) else tuple(permission)
    if not user.has_any(names):
        raise Forbidden(f"{user.describe()} needs the permission {' or '.join(names)}")


def model_of_table(table):
    """Return the model class mapped to a table."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise KeyError(table.name)


def link(local, remote):
    """Hop from ``local`` to the rows of another table whose ``remote`` column holds the same value."""
    return local, remote, model_of_table(remote.table)


def forward(column):
    """Hop from a foreign-key column to the parent row it references."""
    if not column.foreign_keys:
        raise ValueError(f"{column} has no foreign key: declare link({column.name}, <parent key>)")
    return link(column, next(iter(column.foreign_keys)).column)


def via(*hops, also=None):
    """Declare a :class:`Via` scope; plain columns are forward hops along their foreign key."""
    return Via(tuple(h if isinstance(h, tuple) else forward(h) for h in hops), also)


def references(model):
    """Return ``[(column, parent key column, parent model)]`` a write to ``model`` must check.

    These are the foreign keys to owned tables, plus the forward hops of the model's scope
    (ISPyB leaves some of those without a foreign-key constraint).
    """
    table = model.__table__
    found = {}
    for column in table.columns:
        for fk in column.foreign_keys:
            parent_table = fk.column.table
            parent = next((p for p in SCOPES if p.__table__ is parent_table), None)
            if parent is not None:
                found[column.name] = (column, fk.column, parent)
    scope = SCOPES.get(model)
    if isinstance(scope, Via):
        for local, remote, parent in scope.hops:
            if local.table is table and not local.primary_key:
                found[local.name] = (local, remote, parent)
    return list(found.values())


def _register_core():
    register_scope(m.Proposal, Owned(m.Proposal.proposalId, "proposal"))
    register_scope(m.BLSession, Owned(m.BLSession.sessionId, "session"))
    for model in (m.Shipping, m.Protein, m.LabContact, m.ProposalHasPerson, m.BLSampleGroup):
        register_scope(model, Owned(model.proposalId, "proposal"))
    register_scope(m.Dewar, via(m.Dewar.shippingId))
    register_scope(m.Container, via(m.Container.dewarId))
    register_scope(m.Crystal, via(m.Crystal.proteinId))
    register_scope(m.BLSample, via(m.BLSample.containerId, m.BLSample.crystalId))
    register_scope(m.BLSubSample, via(m.BLSubSample.blSampleId))
    register_scope(m.DiffractionPlan, via(m.DiffractionPlan.presetForProposalId, *_plan_users(), also=_unattached_plan))
    for column in (m.DataCollectionGroup.sessionId, m.EnergyScan.sessionId, m.XFEFluorescenceSpectrum.sessionId,
                   m.RobotAction.blsessionId, m.SessionHasPerson.sessionId):
        register_scope(model_of_table(column.table), Owned(column, "session"))
    register_scope(m.DataCollection, via(m.DataCollection.dataCollectionGroupId))
    register_scope(m.DataCollectionFileAttachment, via(m.DataCollectionFileAttachment.dataCollectionId))
    register_scope(m.ProcessingJob, via(m.ProcessingJob.dataCollectionId))
    register_scope(m.AutoProcIntegration, via(m.AutoProcIntegration.dataCollectionId))
    register_scope(m.AutoProcProgram, via(
        m.AutoProcProgram.processingJobId,
        link(m.AutoProcProgram.autoProcProgramId, m.AutoProcIntegration.autoProcProgramId)))
    register_scope(m.AutoProcProgramAttachment, via(m.AutoProcProgramAttachment.autoProcProgramId))
    register_scope(m.AutoProcProgramMessage, via(m.AutoProcProgramMessage.autoProcProgramId))
    register_scope(m.AutoProc, via(link(m.AutoProc.autoProcProgramId, m.AutoProcProgram.autoProcProgramId)))
    register_scope(m.AutoProcScaling, via(m.AutoProcScaling.autoProcId))
    register_scope(m.AutoProcScalingStatistics, via(m.AutoProcScalingStatistics.autoProcScalingId))
    register_scope(m.AutoProcStatus, via(m.AutoProcStatus.autoProcIntegrationId))
    register_scope(m.ImageQualityIndicators,
                   via(link(m.ImageQualityIndicators.dataCollectionId, m.DataCollection.dataCollectionId)))
    for model in (m.BeamLineSetup, m.Detector, m.BeamCalendar):
        register_scope(model, Shared())
    register_scope(m.Person, via(*(link(m.Person.personId, c) for c in (
        m.Proposal.personId, m.ProposalHasPerson.personId, m.SessionHasPerson.personId, m.LabContact.personId)),
        also=lambda user: m.Person.login == user.username))
    register_scope(m.Laboratory, via(link(m.Laboratory.laboratoryId, m.Person.laboratoryId)))


def _plan_users():
    """Hops from a diffraction plan to the rows that use it (samples, crystals, data collections)."""
    key = m.DiffractionPlan.diffractionPlanId
    return [link(key, c) for c in (m.BLSample.diffractionPlanId, m.Crystal.diffractionPlanId,
                                   m.DataCollection.dataCollectionPlanId)]


def _unattached_plan(_user):
    """A diffraction plan nothing uses yet (no sample, crystal, collection or proposal preset)."""
    clauses = [m.DiffractionPlan.presetForProposalId.is_(None)]
    for local, remote, _model in _plan_users():
        if _hop_present(local, remote):
            clauses.append(local.not_in(select(remote).where(remote.is_not(None))))
    return and_(*clauses)


def _register_em():
    from pyispyb.em import models as em

    register_scope(em.Movie, via(em.Movie.dataCollectionId))
    register_scope(em.MotionCorrection, via(em.MotionCorrection.movieId))
    for model in (em.CTF, em.RelativeIceThickness):
        register_scope(model, via(model.motionCorrectionId))
    register_scope(em.ParticlePicker, via(em.ParticlePicker.firstMotionCorrectionId))
    register_scope(em.ParticleClassificationGroup, via(em.ParticleClassificationGroup.particlePickerId))
    register_scope(em.ParticleClassification, via(em.ParticleClassification.particleClassificationGroupId))
    register_scope(em.BFactorFit, via(em.BFactorFit.particleClassificationId))
    initial_models = em.ParticleClassificationHasCryoemInitialModel
    register_scope(initial_models, via(initial_models.particleClassificationId))
    register_scope(em.CryoemInitialModel, via(link(em.CryoemInitialModel.cryoemInitialModelId,
                                                   initial_models.cryoemInitialModelId)))
    register_scope(em.Tomogram, via(em.Tomogram.dataCollectionId))
    register_scope(em.ProcessedTomogram, via(em.ProcessedTomogram.tomogramId))
    register_scope(em.TiltImageAlignment, via(em.TiltImageAlignment.movieId, em.TiltImageAlignment.tomogramId))
    register_scope(em.Atlas, via(em.Atlas.dataCollectionGroupId))
    register_scope(em.GridSquare, via(em.GridSquare.atlasId))
    register_scope(em.FoilHole, via(em.FoilHole.gridSquareId))


def _register_ssx():
    from pyispyb.ssx import models as ssx

    register_scope(ssx.Component, Owned(ssx.Component.proposalId, "proposal"))
    register_scope(ssx.CrystalComposition, via(ssx.CrystalComposition.crystalId))
    register_scope(ssx.SampleComposition, via(ssx.SampleComposition.blSampleId))
    register_scope(ssx.ProteinHasComponent, via(ssx.ProteinHasComponent.proteinId))
    register_scope(ssx.SSXDataCollection, via(ssx.SSXDataCollection.dataCollectionId))
    register_scope(ssx.EventChain, via(ssx.EventChain.dataCollectionId))
    register_scope(ssx.Event, via(ssx.Event.eventChainId))
    for model in (m.ComponentType, m.ConcentrationType, ssx.EventType):
        register_scope(model, Shared())


_register_core()
_register_em()
_register_ssx()
