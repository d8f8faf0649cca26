# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write the core tables not served as resources, and references without a foreign key.

The tables served as resources get their scope from their declaration (``pyispyb/core/resources.py``).
Imported once by the application factory; the kernel's access checks read these registrations.
"""

from sqlalchemy import and_, select

from pyispyb import models as m
from pyispyb.kernel.access.scopes import (
    Owned, hop_present, link, model_of_table, register_reference, register_scope, via,
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


#: the scope of diffraction plans (declared with their resource in pyispyb/core/resources.py)
DIFFRACTION_PLAN_SCOPE = via(m.DiffractionPlan.presetForProposalId, *_plan_users(), also=_unattached_plan)

for model in (m.ProposalHasPerson, m.BLSampleGroup):
    register_scope(model, Owned(model.proposalId, "proposal"))
register_scope(m.BLSubSample, via(m.BLSubSample.blSampleId))
register_scope(m.BLSampleHasDataCollectionPlan, via(m.BLSampleHasDataCollectionPlan.blSampleId))
register_scope(m.ContainerQueueSample, via(m.ContainerQueueSample.blSubSampleId))
for column in (m.EnergyScan.sessionId, m.XFEFluorescenceSpectrum.sessionId, m.SessionHasPerson.sessionId):
    register_scope(model_of_table(column.table), Owned(column, "session"))
register_scope(m.DataCollectionFileAttachment, via(m.DataCollectionFileAttachment.dataCollectionId))
register_scope(m.ProcessingJob, via(m.ProcessingJob.dataCollectionId))
register_scope(m.AutoProcProgramMessage, via(m.AutoProcProgramMessage.autoProcProgramId))
register_scope(m.AutoProcScaling, via(m.AutoProcScaling.autoProcId))
register_scope(m.Image, via(m.Image.dataCollectionId))
register_scope(m.BLSampleImage, via(m.BLSampleImage.blSampleId))
register_scope(m.BLSampleHasEnergyScan, via(m.BLSampleHasEnergyScan.energyScanId))
register_scope(m.ImageQualityIndicators,
               via(link(m.ImageQualityIndicators.dataCollectionId, m.DataCollection.dataCollectionId)))
for column, parent_key in ((m.Protein.personId, m.Person.personId),
                           (m.Shipping.laboratoryId, m.Laboratory.laboratoryId),
                           (m.DataCollection.SESSIONID, m.BLSession.sessionId),
                           (m.DataCollection.BLSAMPLEID, m.BLSample.blSampleId),
                           (m.ImageQualityIndicators.autoProcProgramId, m.AutoProcProgram.autoProcProgramId),
                           (m.ImageQualityIndicators.imageId, m.Image.imageId)):
    register_reference(column, parent_key)
