# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write the SSX tables not served as resources: each reaches its owner through its parents.

The tables served as resources get their scope from their declaration (``pyispyb/ssx/resources.py``).
"""

from pyispyb import models as m
from pyispyb.kernel.access.scopes import register_scope, via

register_scope(m.ProteinHasComponent, via(m.ProteinHasComponent.proteinId))
register_scope(m.SSXDataCollection, via(m.SSXDataCollection.dataCollectionId))
register_scope(m.EventChain, via(m.EventChain.dataCollectionId))
register_scope(m.Event, via(m.Event.eventChainId))
