# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of shipments, dewars and containers."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import Container, Dewar, Shipping

SHIPMENT = model_schemas(Shipping, name="Shipment", required=("proposalId",))
DEWAR = model_schemas(Dewar, name="Dewar", required=("shippingId",))
CONTAINER = model_schemas(Container, name="Container")
