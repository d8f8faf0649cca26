# SPDX-License-Identifier: LGPL-3.0-or-later
"""Hand-written ORM relationships between the generated core models.

The REST routes read rows with SQLAlchemy Core (see :mod:`pyispyb.app.extensions.db.queries`);
these relationships serve library users who work with the ORM, e.g.::

    proposal = session.get(Proposal, 37027)
    [s.beamLineName for s in proposal.sessions]
"""

from sqlalchemy.orm import relationship

from pyispyb.core.models._generated import (
    AutoProcIntegration, AutoProcProgram, AutoProcProgramAttachment, BLSample, BLSession, Container, Crystal,
    DataCollection, DataCollectionGroup, Dewar, LabContact, Laboratory, Person, Proposal, Protein, Shipping,
)

Proposal.person = relationship(Person, foreign_keys=[Proposal.personId], viewonly=True)
Proposal.sessions = relationship(BLSession, foreign_keys=[BLSession.proposalId], viewonly=True,
                                 order_by=BLSession.sessionId)
Proposal.shipments = relationship(Shipping, foreign_keys=[Shipping.proposalId], viewonly=True)
Proposal.proteins = relationship(Protein, foreign_keys=[Protein.proposalId], viewonly=True)
Proposal.lab_contacts = relationship(LabContact, foreign_keys=[LabContact.proposalId], viewonly=True)
Person.laboratory = relationship(Laboratory, foreign_keys=[Person.laboratoryId], viewonly=True)
BLSession.proposal = relationship(Proposal, foreign_keys=[BLSession.proposalId], viewonly=True)
BLSession.data_collection_groups = relationship(DataCollectionGroup, foreign_keys=[DataCollectionGroup.sessionId],
                                                viewonly=True)
Shipping.dewars = relationship(Dewar, foreign_keys=[Dewar.shippingId], viewonly=True)
Dewar.containers = relationship(Container, foreign_keys=[Container.dewarId], viewonly=True)
Container.samples = relationship(BLSample, foreign_keys=[BLSample.containerId], viewonly=True)
BLSample.crystal = relationship(Crystal, foreign_keys=[BLSample.crystalId], viewonly=True)
Crystal.protein = relationship(Protein, foreign_keys=[Crystal.proteinId], viewonly=True)
DataCollectionGroup.data_collections = relationship(DataCollection, foreign_keys=[DataCollection.dataCollectionGroupId],
                                                    viewonly=True)
DataCollection.group = relationship(DataCollectionGroup, foreign_keys=[DataCollection.dataCollectionGroupId],
                                    viewonly=True)
DataCollection.integrations = relationship(AutoProcIntegration, foreign_keys=[AutoProcIntegration.dataCollectionId],
                                           viewonly=True)
AutoProcIntegration.program = relationship(AutoProcProgram, foreign_keys=[AutoProcIntegration.autoProcProgramId],
                                           viewonly=True)
AutoProcProgram.attachments = relationship(AutoProcProgramAttachment,
                                           foreign_keys=[AutoProcProgramAttachment.autoProcProgramId], viewonly=True)
