# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shipments, dewars and containers of the Java API (rows, nested descriptions) and EXI2's writes."""

from sqlalchemy import and_, case, func, select, update

from pyispyb.kernel.access import check_write_permission, fetch_visible, visible_filter, visible_flag
from pyispyb.kernel.exceptions import BadRequest, Forbidden, NotFound
from pyispyb.kernel.auth.permissions import WRITE_SHIPMENTS
from pyispyb.kernel.data import transaction
from pyispyb.kernel.data.queries import attach_children, fetch_dicts, present_columns
from pyispyb import models as m
from pyispyb.legacy.services.common import paged, site_table, source_column
from pyispyb.legacy.services.group_columns import plain, prefixed

SHIPPING, DEWAR, CONTAINER = m.Shipping, m.Dewar, m.Container

SHIPPING_COLUMNS = [
    *prefixed("Shipping", [
        "shippingId", "proposalId", "shippingName", "deliveryAgent_agentName", "deliveryAgent_shippingDate",
        "deliveryAgent_deliveryDate", "deliveryAgent_agentCode", "deliveryAgent_flightCode", "shippingStatus",
        "bltimeStamp", "laboratoryId", "isStorageShipping", "creationDate", "comments", "sendingLabContactId",
        "returnLabContactId", "returnCourier", "dateOfShippingToUser", "shippingType"]),
    *prefixed("Container", [
        "containerId", "dewarId", "code", "containerType", "capacity", "beamlineLocation", "sampleChangerLocation",
        "containerStatus", "bltimeStamp"]),
    *prefixed("Dewar", [
        "dewarId", "shippingId", "code", "comments", "storageLocation", "dewarStatus", "bltimeStamp",
        "isStorageDewar", "barCode", "firstExperimentId", "customsValue", "transportValue",
        "trackingNumberToSynchrotron", "trackingNumberFromSynchrotron", "isReimbursed", "type"]),
]

#: Java ``v_dewar_summary`` columns.
DEWAR_SUMMARY_COLUMNS = [
    *plain("Shipping", [
        "shippingName", "deliveryAgent_agentName", "deliveryAgent_shippingDate", "deliveryAgent_deliveryDate",
        "deliveryAgent_agentCode", "deliveryAgent_flightCode", "shippingStatus", "bltimeStamp", "laboratoryId",
        "isStorageShipping", "creationDate"]),
    ("Shipping_comments", "Shipping", "comments"),
    *plain("Shipping", [
        "sendingLabContactId", "returnLabContactId", "returnCourier", "dateOfShippingToUser", "shippingType"]),
    *plain("Dewar", ["dewarId", "shippingId"]),
    ("dewarCode", "Dewar", "code"),
    *plain("Dewar", [
        "comments", "storageLocation", "dewarStatus", "isStorageDewar", "barCode", "firstExperimentId",
        "customsValue", "transportValue", "trackingNumberToSynchrotron", "trackingNumberFromSynchrotron", "type"]),
    ("sessionId", "BLSession", "sessionId"), ("beamlineName", "BLSession", "beamLineName"),
    ("sessionStartDate", "BLSession", "startDate"), ("sessionEndDate", "BLSession", "endDate"),
    ("beamLineOperator", "BLSession", "beamLineOperator"), ("proposalId", "Proposal", "proposalId"),
    *plain("Container", [
        "containerId", "containerType", "capacity", "beamlineLocation", "sampleChangerLocation", "containerStatus"]),
    ("containerCode", "Container", "code"),
]


def _sample_counts(container_ids):
    if not container_ids:
        return {}
    stmt = (select(m.BLSample.containerId, func.count().label("n"))
            .where(m.BLSample.containerId.in_(container_ids)).group_by(m.BLSample.containerId))
    return {row["containerId"]: row["n"] for row in fetch_dicts(stmt)}


def _stock_solution_counts(dewar_ids):
    stock = site_table("StockSolution")
    if stock is None or "boxId" not in stock.c or not dewar_ids:
        return {}
    stmt = select(stock.c.boxId, func.count().label("n")).where(stock.c.boxId.in_(dewar_ids)).group_by(stock.c.boxId)
    return {row["boxId"]: row["n"] for row in fetch_dicts(stmt)}


def shipping_rows(user, proposal_id, where=(), page=None):
    """Return Shipping x Dewar x Container rows of the proposal, with ``sampleCount``, ``stockSolutionCount``."""
    source = (SHIPPING.__table__.outerjoin(DEWAR, DEWAR.shippingId == SHIPPING.shippingId)
              .outerjoin(CONTAINER, CONTAINER.dewarId == DEWAR.dewarId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in SHIPPING_COLUMNS]).select_from(source)
            .where(SHIPPING.proposalId == proposal_id, *where, *visible_filter(user, SHIPPING))
            .order_by(SHIPPING.shippingId.desc(), DEWAR.dewarId, CONTAINER.containerId))
    rows = fetch_dicts(paged(stmt, page))
    samples = _sample_counts(sorted({r["Container_containerId"] for r in rows} - {None}))
    stock = _stock_solution_counts(sorted({r["Dewar_dewarId"] for r in rows} - {None}))
    for row in rows:
        row["sampleCount"] = samples.get(row["Container_containerId"], 0)
        row["stockSolutionCount"] = stock.get(row["Dewar_dewarId"], 0)
    return rows


def dewar_rows(user, proposal_id, where=(), page=None):
    """Return ``v_dewar_summary`` rows (one per dewar x container x session) with ``sampleCount``."""
    source = (DEWAR.__table__.outerjoin(CONTAINER, CONTAINER.dewarId == DEWAR.dewarId)
              .outerjoin(SHIPPING, SHIPPING.shippingId == DEWAR.shippingId)
              .outerjoin(m.ShippingHasSession, m.ShippingHasSession.shippingId == SHIPPING.shippingId)
              .outerjoin(m.BLSession, m.BLSession.sessionId == m.ShippingHasSession.sessionId)
              .outerjoin(m.Proposal, m.Proposal.proposalId == SHIPPING.proposalId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in DEWAR_SUMMARY_COLUMNS])
            .select_from(source).where(SHIPPING.proposalId == proposal_id, *where, *visible_filter(user, DEWAR))
            .order_by(DEWAR.dewarId.desc(), CONTAINER.containerId, m.BLSession.sessionId))
    rows = fetch_dicts(paged(stmt, page))
    samples = _sample_counts(sorted({r["containerId"] for r in rows} - {None}))
    for row in rows:
        row["sampleCount"] = samples.get(row["containerId"], 0)
    return rows


def _row_in_proposal(user, model, key_column, key, proposal_id, owner=SHIPPING.__table__, owner_joins=()):
    """Return the row ``key`` of ``model`` in one statement: 404 if absent or not the proposal's, 403 if not his.

    ``owner_joins`` are outer joins reaching ``owner`` (a ``Shipping`` whose ``proposalId`` is compared); a
    join whose conditions fail (a container of another dewar) leaves the row outside the proposal.
    """
    columns = [*present_columns(model), owner.c.proposalId.label("_proposalId")]
    row = fetch_visible(user, model, [key_column == key], columns, joins=owner_joins)
    if row.pop("_proposalId") != proposal_id:
        raise NotFound(f"{model.__tablename__} {key} not found in proposal {proposal_id}")
    return row


def shipping_description(user, proposal_id, shipping_id):
    """Return a shipment with nested ``dewarVOs`` -> ``containerVOs`` -> ``sampleVOs`` (four queries)."""
    shipping = [_row_in_proposal(user, SHIPPING, SHIPPING.shippingId, shipping_id, proposal_id)]
    attach_children(shipping, key="shippingId", column=DEWAR.shippingId, name="dewarVOs")
    dewars = shipping[0]["dewarVOs"]
    attach_children(dewars, key="dewarId", column=CONTAINER.dewarId, name="containerVOs")
    containers = [c for d in dewars for c in d["containerVOs"]]
    attach_children(containers, key="containerId", column=m.BLSample.containerId, name="sampleVOs")
    return shipping[0]


def container_description(user, proposal_id, shipping_id, dewar_id, container_id):
    """Return a container (with its ``sampleVOs``) of the given dewar and shipment."""
    # aliases: the visibility clause's subqueries must not correlate with these joins
    dewar, shipping = DEWAR.__table__.alias("owner_dewar"), SHIPPING.__table__.alias("owner_shipping")
    owner_joins = [(dewar, and_(dewar.c.dewarId == CONTAINER.dewarId, dewar.c.dewarId == dewar_id,
                                dewar.c.shippingId == shipping_id)),
                   (shipping, shipping.c.shippingId == dewar.c.shippingId)]
    container = [_row_in_proposal(user, CONTAINER, CONTAINER.containerId, container_id, proposal_id,
                                  shipping, owner_joins)]
    attach_children(container, key="containerId", column=m.BLSample.containerId, name="sampleVOs")
    return container[0]


def update_shipping_status(user, proposal_id, shipping_id, status):
    """Set a shipment's status and its dewars' status (as Java does); return the shipment."""
    check_write_permission(user, WRITE_SHIPMENTS)
    _row_in_proposal(user, SHIPPING, SHIPPING.shippingId, shipping_id, proposal_id)
    if not status or len(status) > 45:
        raise BadRequest("status must be 1 to 45 characters long")
    with transaction() as session:
        session.execute(update(SHIPPING).where(SHIPPING.shippingId == shipping_id).values(shippingStatus=status))
        session.execute(update(DEWAR).where(DEWAR.shippingId == shipping_id).values(dewarStatus=status))
    return shipping_description(user, proposal_id, shipping_id)


def _check_containers(user, proposal_id, container_ids):
    """One query: every container exists, is the user's (403) and belongs to the proposal (404)."""
    mine = visible_flag(user, CONTAINER)
    stmt = (select(CONTAINER.containerId, SHIPPING.proposalId, mine.label("mine"))
            .join(DEWAR, DEWAR.dewarId == CONTAINER.dewarId).join(SHIPPING, SHIPPING.shippingId == DEWAR.shippingId)
            .where(CONTAINER.containerId.in_(container_ids)))
    found = {row["containerId"]: row for row in fetch_dicts(stmt)}
    for container_id in container_ids:
        row = found.get(container_id)
        if row is not None and not row["mine"]:
            raise Forbidden(f"{user.describe()} may not access Container {container_id}")
        if row is None or row["proposalId"] != proposal_id:
            raise NotFound(f"Container {container_id} not found in proposal {proposal_id}")


def update_sample_changer_locations(user, proposal_id, container_ids, beamlines, locations):
    """Place containers on beamlines' sample changers (parallel lists, as Java); one UPDATE, all or nothing."""
    check_write_permission(user, WRITE_SHIPMENTS)
    if not container_ids or len(beamlines) != len(container_ids) or len(locations) != len(container_ids):
        raise BadRequest("give as many beamlines and sample changer locations as container ids")
    if any(len(value) > 20 for value in beamlines + locations):
        raise BadRequest("beamline names and sample changer locations have at most 20 characters")
    _check_containers(user, proposal_id, container_ids)
    key = CONTAINER.containerId
    places = list(zip(container_ids, beamlines, locations, strict=True))
    with transaction() as session:
        session.execute(update(CONTAINER).where(key.in_(container_ids)).values(
            beamlineLocation=case(*[(key == c, beamline) for c, beamline, _loc in places]),
            sampleChangerLocation=case(*[(key == c, location or None) for c, _bl, location in places])))
    return {"updateSampleLocation": "ok"}
