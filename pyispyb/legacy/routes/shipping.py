# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy shipping routes: shipments, dewars, containers, samples, crystals, proteins (J18-J26)."""

from flask import request

from pyispyb.app.exceptions import NotFound
from pyispyb.core import models as m
from pyispyb.legacy.modules import samples, shipping
from pyispyb.legacy.modules.common import parse_ids, readable_proposal_id
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route, page
from pyispyb.legacy.routes.mx import proposal_or_404

ns = legacy_namespace("Legacy shipping and samples", "Java-ISPyB shipments, dewars, containers and samples "
                                                     "(token in the path)")

PROPOSAL = "/<token>/proposal/<proposal>"
ITEM_CODES = (401, 403, 404)
WRITE_CODES = (400, 401, 403, 404, 409)


def _proposal_data(user, proposal):
    """The proposal id for reading proposal data (None: unknown proposal, answer [])."""
    return readable_proposal_id(user, proposal, "proposal")


@legacy_route(ns, f"{PROPOSAL}/shipping/list", "shipping_list", paged=True)
def shipping_list(user, proposal):
    """List the proposal's shipments x dewars x containers with sample counts (J18)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else shipping.shipping_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/get", "shipping_get", codes=ITEM_CODES,
              success="The shipment with dewarVOs, containerVOs, sampleVOs")
def shipping_get(user, proposal, shipping_id):
    """Describe a shipment with its dewars, containers and samples (J19)."""
    return shipping.shipping_description(user, proposal_or_404(user, proposal, "proposal"), shipping_id)


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/list", "shipping_dewars", paged=True)
def shipping_dewars(user, proposal, shipping_id):
    """List the dewars x containers of a shipment (J20)."""
    proposal_id = _proposal_data(user, proposal)
    where = [m.Shipping.shippingId == shipping_id]
    return [] if proposal_id is None else shipping.shipping_rows(user, proposal_id, where, page())


@legacy_route(ns, f"{PROPOSAL}/dewar/list", "dewar_list", paged=True)
def dewar_list(user, proposal):
    """List the proposal's dewars x containers x sessions with sample counts (J21)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else shipping.dewar_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/dewar/session/<int:session_id>/list", "dewars_by_session", paged=True)
def dewars_by_session(user, proposal, session_id):
    """List the dewars of the shipments sent for a session (J21)."""
    proposal_id = _proposal_data(user, proposal)
    where = [m.BLSession.sessionId == session_id]
    return [] if proposal_id is None else shipping.dewar_rows(user, proposal_id, where, page())


@legacy_route(ns, f"{PROPOSAL}/dewar/status/<status>/list", "dewars_by_status", paged=True)
def dewars_by_status(user, proposal, status):
    """List the proposal's dewars with a status (J21)."""
    proposal_id = _proposal_data(user, proposal)
    where = [m.Dewar.dewarStatus == status]
    return [] if proposal_id is None else shipping.dewar_rows(user, proposal_id, where, page())


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/<int:dewar_id>/puck/<int:container_id>/get",
              "container_get", codes=ITEM_CODES, success="The container with its sampleVOs")
def container_get(user, proposal, shipping_id, dewar_id, container_id):
    """Describe a container of a dewar of a shipment, with its samples (J22)."""
    proposal_id = proposal_or_404(user, proposal, "proposal")
    return shipping.container_description(user, proposal_id, shipping_id, dewar_id, container_id)


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/status/<status>/update", "shipping_status_update",
              codes=WRITE_CODES, success="The updated shipment")
def shipping_status_update(user, proposal, shipping_id, status):
    """Set the status of a shipment and of its dewars (J23, a GET as in Java; needs write_shipments)."""
    proposal_id = proposal_or_404(user, proposal, "proposal")
    return shipping.update_shipping_status(user, proposal_id, shipping_id, status)


@legacy_route(ns, f"{PROPOSAL}/container/<container_ids>/beamline/<beamlines>/samplechangerlocation/update",
              "sample_changer_update", method="post", codes=WRITE_CODES, success='{"updateSampleLocation": "ok"}')
def sample_changer_update(user, proposal, container_ids, beamlines):
    """Place containers in sample changers: form sampleChangerLocation, lists parallel to the path's (J23)."""
    proposal_id = proposal_or_404(user, proposal, "proposal")
    ids = parse_ids(container_ids)
    names = [name.strip() for name in beamlines.split(",")]
    raw = request.form.get("sampleChangerLocation")
    if raw is None and request.is_json:
        raw = (request.get_json(silent=True) or {}).get("sampleChangerLocation")
    locations = [value.strip() for value in str(raw or "").split(",")] if raw is not None else [""] * len(ids)
    return shipping.update_sample_changer_locations(user, proposal_id, ids, names, locations)


SAMPLE_FILTERS = {
    "containerid": lambda value: m.BLSample.containerId.in_(parse_ids(value)),
    "shipmentid": lambda value: m.Shipping.shippingId.in_(parse_ids(value)),
    "dewarid": lambda value: m.Dewar.dewarId.in_(parse_ids(value)),
    "crystalId": lambda value: m.BLSample.crystalId.in_(parse_ids(value)),
}


@legacy_route(ns, f"{PROPOSAL}/mx/sample/list", "sample_list", paged=True)
def sample_list(user, proposal):
    """List the proposal's samples: v_mx_sample rows (J24)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else samples.sample_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/sample/<any(containerid, shipmentid, dewarid, crystalId):kind>/<ids>/list",
              "samples_by", paged=True)
def samples_by(user, proposal, kind, ids):
    """List the proposal's samples of containers, shipments, dewars or crystals (J24)."""
    proposal_id = _proposal_data(user, proposal)
    if proposal_id is None:
        return []
    return samples.sample_rows(user, proposal_id, [SAMPLE_FILTERS[kind](ids)], page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/sample/sessionid/<int:session_id>/list", "samples_by_session", paged=True)
def samples_by_session(user, proposal, session_id):
    """List the samples collected during a session (J24)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else samples.session_sample_rows(user, proposal_id, session_id, page())


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/list", "crystal_list", paged=True)
def crystal_list(user, proposal):
    """List the proposal's crystals: Crystal3VO (J25)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else samples.crystal_vos(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/<int:crystal_id>/get", "crystal_get", codes=ITEM_CODES,
              success="One Crystal3VO")
def crystal_get(user, proposal, crystal_id):
    """Describe one crystal of the proposal (J25)."""
    found = samples.crystal_vos(user, proposal_or_404(user, proposal, "proposal"), [m.Crystal.crystalId == crystal_id])
    if not found:
        raise NotFound(f"Crystal {crystal_id} not found")
    return found[0]


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/proteinid/<int:protein_id>/list", "crystals_by_protein", paged=True)
def crystals_by_protein(user, proposal, protein_id):
    """List the crystals of a protein (J25)."""
    proposal_id = _proposal_data(user, proposal)
    if proposal_id is None:
        return []
    return samples.crystal_vos(user, proposal_id, [m.Crystal.proteinId == protein_id], page())


@legacy_route(ns, f"{PROPOSAL}/mx/protein/list", "protein_list", paged=True)
def protein_list(user, proposal):
    """List the proposal's proteins: Protein3VO (J26)."""
    proposal_id = _proposal_data(user, proposal)
    return [] if proposal_id is None else samples.protein_vos(user, proposal_id, page=page())
