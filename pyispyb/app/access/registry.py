# SPDX-License-Identifier: LGPL-3.0-or-later
"""Which table is owned how: the scope of every model of the core, em and ssx services."""

from sqlalchemy import and_, select

from pyispyb.app.access.scopes import (
    Owned, Shared, hop_present, link, model_of_table, register_reference, register_scope, via,
)
from pyispyb.core import models as m

def register_core():
    """Scopes of the core tables."""
    register_scope(m.Proposal, Owned(m.Proposal.proposalId, "proposal"))
    register_scope(m.BLSession, Owned(m.BLSession.sessionId, "session"))
    for model in (m.Shipping, m.Protein, m.LabContact, m.ProposalHasPerson, m.BLSampleGroup):
        register_scope(model, Owned(model.proposalId, "proposal"))
    register_scope(m.Dewar, via(m.Dewar.shippingId))
    register_scope(m.Container, via(m.Container.dewarId))
    register_scope(m.Crystal, via(m.Crystal.proteinId))
    register_scope(m.BLSample, via(m.BLSample.containerId, m.BLSample.crystalId))
    register_scope(m.BLSubSample, via(m.BLSubSample.blSampleId))
    register_scope(m.BLSampleHasDataCollectionPlan, via(m.BLSampleHasDataCollectionPlan.blSampleId))
    register_scope(m.ContainerQueueSample, via(m.ContainerQueueSample.blSubSampleId))
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
    register_scope(m.Image, via(m.Image.dataCollectionId))
    register_scope(m.BLSampleImage, via(m.BLSampleImage.blSampleId))
    register_scope(m.BLSampleHasEnergyScan, via(m.BLSampleHasEnergyScan.energyScanId))
    register_scope(m.ImageQualityIndicators,
                   via(link(m.ImageQualityIndicators.dataCollectionId, m.DataCollection.dataCollectionId)))
    for model in (m.BeamLineSetup, m.Detector, m.BeamCalendar):
        register_scope(model, Shared())
    register_scope(m.Person, via(*(link(m.Person.personId, c) for c in (
        m.Proposal.personId, m.ProposalHasPerson.personId, m.SessionHasPerson.personId, m.LabContact.personId)),
        also=lambda user: m.Person.login == user.username))
    register_scope(m.Laboratory, via(link(m.Laboratory.laboratoryId, m.Person.laboratoryId)))
    for column, parent_key in ((m.Protein.personId, m.Person.personId),
                               (m.Shipping.laboratoryId, m.Laboratory.laboratoryId),
                               (m.DataCollection.SESSIONID, m.BLSession.sessionId),
                               (m.DataCollection.BLSAMPLEID, m.BLSample.blSampleId),
                               (m.ImageQualityIndicators.autoProcProgramId, m.AutoProcProgram.autoProcProgramId),
                               (m.ImageQualityIndicators.imageId, m.Image.imageId)):
        register_reference(column, parent_key)


PLAN_USERS = (m.BLSample.diffractionPlanId, m.Crystal.diffractionPlanId, m.DataCollection.dataCollectionPlanId,
              m.BLSubSample.diffractionPlanId, m.BLSampleHasDataCollectionPlan.dataCollectionPlanId,
              m.ContainerQueueSample.dataCollectionPlanId)


def _plan_users():
    """Hops from a diffraction plan to the owned rows that use it (samples and their plan queues, sub-samples,
    crystals, data collections)."""
    key = m.DiffractionPlan.diffractionPlanId
    return [link(key, c) for c in PLAN_USERS]


def _unattached_plan(_user):
    """A diffraction plan no owned row (:data:`PLAN_USERS`) uses yet, and no proposal's preset: anyone may pick it."""
    key = m.DiffractionPlan.diffractionPlanId
    clauses = [m.DiffractionPlan.presetForProposalId.is_(None)]
    for column in PLAN_USERS:
        if hop_present(key, column):
            clauses.append(key.not_in(select(column).where(column.is_not(None))))
    return and_(*clauses)


def register_em():
    """Scopes of the cryo-EM tables."""
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


def register_ssx():
    """Scopes of the SSX tables."""
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


def register_all():
    """Register the scopes of every service (their models are always loaded)."""
    register_core()
    register_em()
    register_ssx()
