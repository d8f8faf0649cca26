# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a shipment with its related rows (``/shipments/{id}/info``); the CRUD is declared in core/resources.py."""

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core import resources
from pyispyb.core.services import shipping

ns = resources.SHIPMENTS.namespace

DEWAR_WITH_CONTAINERS = info_model(ns, "DewarWithContainers", read_model(ns, resources.DEWARS),
                                   many={"containers": read_model(ns, resources.CONTAINERS)})
SHIPMENT_INFO = info_model(
    ns, "ShipmentInfo", read_model(ns, resources.SHIPMENTS),
    one={"proposal": read_model(ns, resources.PROPOSALS), "send_lab_contact": read_model(ns, resources.LAB_CONTACTS),
         "send_person": read_model(ns, resources.PERSONS), "send_lab": read_model(ns, resources.LABORATORIES)},
    many={"dewars": DEWAR_WITH_CONTAINERS})


@route(ns, "/<int:shipping_id>/info", answer="The object", model=SHIPMENT_INFO, errors=(400, 401, 403, 404))
def shipping_info_by_id(user, shipping_id):
    """Get a shipment with its proposal, sending contact, person, laboratory, dewars and containers."""
    return shipping.shipment_info(user, shipping_id)
