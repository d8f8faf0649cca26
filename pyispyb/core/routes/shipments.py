# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of shipments (``/shipments``), dewars (``/dewars``) and containers (``/containers``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, read_model
from pyispyb.core.services import contacts, proposals, shipping

ns = Namespace("Shipments", description="Shipments of dewars to the facility", path="/shipments")
dewars_ns = Namespace("Dewars", description="Dewars of shipments", path="/dewars")
containers_ns = Namespace("Containers", description="Containers (pucks, plates) in dewars", path="/containers")

crud_routes(ns, shipping.SHIPMENT_SPEC, list_endpoint="shippings", item_endpoint="shipping_by_id",
            item_param="shipping_id")
crud_routes(dewars_ns, shipping.DEWAR_SPEC, list_endpoint="dewars", item_endpoint="dewar_by_id",
            item_param="dewar_id")
crud_routes(containers_ns, shipping.CONTAINER_SPEC, list_endpoint="containers", item_endpoint="container_by_id",
            item_param="container_id")

DEWAR_WITH_CONTAINERS = info_model(ns, "DewarWithContainers", read_model(ns, shipping.DEWAR_SPEC),
                                   many={"containers": read_model(ns, shipping.CONTAINER_SPEC)})
SHIPMENT_INFO = info_model(
    ns, "ShipmentInfo", read_model(ns, shipping.SHIPMENT_SPEC),
    one={"proposal": read_model(ns, proposals.SPEC), "send_lab_contact": read_model(ns, contacts.LAB_CONTACT_SPEC),
         "send_person": read_model(ns, contacts.PERSON_SPEC), "send_lab": read_model(ns, contacts.LABORATORY_SPEC)},
    many={"dewars": DEWAR_WITH_CONTAINERS})



@route(ns, "/<int:shipping_id>/info", answer="The object", model=SHIPMENT_INFO, errors=(400, 401, 403, 404))
def shipping_info_by_id(user, shipping_id):
    """Get a shipment with its proposal, sending contact, person, laboratory, dewars and containers."""
    return shipping.shipment_info(user, shipping_id)
