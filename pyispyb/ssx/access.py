# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write each SSX table: components by proposal, the rest through their parents."""

from pyispyb import models as m
from pyispyb.kernel.access.scopes import Owned, Shared, register_scope, via

register_scope(m.Component, Owned(m.Component.proposalId, "proposal"))
register_scope(m.CrystalComposition, via(m.CrystalComposition.crystalId))
register_scope(m.SampleComposition, via(m.SampleComposition.blSampleId))
register_scope(m.ProteinHasComponent, via(m.ProteinHasComponent.proteinId))
register_scope(m.SSXDataCollection, via(m.SSXDataCollection.dataCollectionId))
register_scope(m.EventChain, via(m.EventChain.dataCollectionId))
register_scope(m.Event, via(m.Event.eventChainId))
for model in (m.ComponentType, m.ConcentrationType, m.EventType):
    register_scope(model, Shared())
