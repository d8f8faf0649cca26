# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shipments, dewars and containers: the check of a shipment's laboratory and the shipment's info."""

from pyispyb.kernel import access
from pyispyb.kernel.data.joins import Parent
from pyispyb.kernel.data.queries import attach_children
from pyispyb.kernel.data.related import visible_row_with_parents
from pyispyb.models import Container, Dewar, LabContact, Laboratory, Person, Proposal, Shipping
from pyispyb.core.services.contacts import PERSON_SUMMARY


def laboratory_is_visible(user, values, _existing):
    """``Shipping.laboratoryId`` has no foreign key: check it names a laboratory the user sees."""
    access.check_reference(user, "laboratoryId", values.get("laboratoryId"), Laboratory, Laboratory.laboratoryId)
    return values


def shipment_info(user, shipping_id):
    """Return a shipment with its proposal, sending lab contact, that contact's person and laboratory,
    and its dewars each with its containers."""
    row = visible_row_with_parents(user, Shipping, shipping_id, [
        Parent("proposal", Proposal, "proposalId"),
        Parent("send_lab_contact", LabContact, "sendingLabContactId"),
        Parent("send_person", Person, "personId", source="send_lab_contact", columns=PERSON_SUMMARY),
        Parent("send_lab", Laboratory, "laboratoryId", source="send_person")])
    rows = [row]
    attach_children(rows, key="shippingId", column=Dewar.shippingId, name="dewars")
    attach_children(row["dewars"], key="dewarId", column=Container.dewarId, name="containers")
    return row
