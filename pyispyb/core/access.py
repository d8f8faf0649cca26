# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write each core table: its ownership scope, and references without a foreign key.

Imported once by the application factory; the kernel's access checks read these registrations.
"""

from sqlalchemy import and_, select

from pyispyb import models as m
from pyispyb.kernel.access.scopes import (
    Owned, Shared, hop_present, link, model_of_table, register_reference, register_scope, via,
)

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
