# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy shipping routes: shipments, dewars, containers, samples, crystals, proteins (J18-J26)."""

from flask import request
from flask_restx import fields as rx

from pyispyb.kernel.exceptions import NotFound
from pyispyb import models as m
from pyispyb.legacy.services import samples, shipping
from pyispyb.legacy.services.common import parse_ids
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route, page

ns = legacy_namespace("Legacy shipping and samples", "Java-ISPyB shipments, dewars, containers and samples "
                                                     "(token in the path)")

PROPOSAL = "/<token>/proposal/<proposal>"
LIST = {"proposal": "proposal", "paged": True}
ITEM = {"proposal": "proposal", "unknown": None, "codes": (401, 403, 404)}
WRITE = {"proposal": "proposal", "unknown": None, "codes": (400, 401, 403, 404, 409)}


@legacy_route(ns, f"{PROPOSAL}/shipping/list", "shipping_list", **LIST)
def shipping_list(user, proposal_id):
    """List the proposal's shipments x dewars x containers with sample counts (J18)."""
    return shipping.shipping_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/get", "shipping_get",
              success="The shipment with dewarVOs, containerVOs, sampleVOs", **ITEM)
def shipping_get(user, proposal_id, shipping_id):
    """Describe a shipment with its dewars, containers and samples (J19)."""
    return shipping.shipping_description(user, proposal_id, shipping_id)


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/list", "shipping_dewars", **LIST)
def shipping_dewars(user, proposal_id, shipping_id):
    """List the dewars x containers of a shipment (J20)."""
    return shipping.shipping_rows(user, proposal_id, [m.Shipping.shippingId == shipping_id], page())


@legacy_route(ns, f"{PROPOSAL}/dewar/list", "dewar_list", **LIST)
def dewar_list(user, proposal_id):
    """List the proposal's dewars x containers x sessions with sample counts (J21)."""
    return shipping.dewar_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/dewar/session/<int:session_id>/list", "dewars_by_session", **LIST)
def dewars_by_session(user, proposal_id, session_id):
    """List the dewars of the shipments sent for a session (J21)."""
    return shipping.dewar_rows(user, proposal_id, [m.BLSession.sessionId == session_id], page())


@legacy_route(ns, f"{PROPOSAL}/dewar/status/<status>/list", "dewars_by_status", **LIST)
def dewars_by_status(user, proposal_id, status):
    """List the proposal's dewars with a status (J21)."""
    return shipping.dewar_rows(user, proposal_id, [m.Dewar.dewarStatus == status], page())


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/<int:dewar_id>/puck/<int:container_id>/get",
              "container_get", success="The container with its sampleVOs", **ITEM)
def container_get(user, proposal_id, shipping_id, dewar_id, container_id):
    """Describe a container of a dewar of a shipment, with its samples (J22)."""
    return shipping.container_description(user, proposal_id, shipping_id, dewar_id, container_id)


@legacy_route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/status/<status>/update", "shipping_status_update",
              success="The updated shipment", **WRITE)
def shipping_status_update(user, proposal_id, shipping_id, status):
    """Set the status of a shipment and of its dewars (J23, a GET as in Java; needs write_shipments)."""
    return shipping.update_shipping_status(user, proposal_id, shipping_id, status)


sample_changer_model = ns.model("SampleChangerLocationUpdate", {
    "sampleChangerLocation": rx.String(description="comma-separated locations, one per container of the path "
                                                   "(also accepted as a form field)")})


@legacy_route(ns, f"{PROPOSAL}/container/<container_ids>/beamline/<beamlines>/samplechangerlocation/update",
              "sample_changer_update", method="post", success='{"updateSampleLocation": "ok"}',
              expect=sample_changer_model, **WRITE)
def sample_changer_update(user, proposal_id, container_ids, beamlines):
    """Place containers in sample changers: form sampleChangerLocation, lists parallel to the path's (J23)."""
    ids = parse_ids(container_ids)
    names = [name.strip() for name in beamlines.split(",")]
    raw = request.form.get("sampleChangerLocation")
    if raw is None and request.is_json:
        raw = (request.get_json(silent=True) or {}).get("sampleChangerLocation")
    locations = [value.strip() for value in str(raw).split(",")] if raw is not None else [""] * len(ids)
    return shipping.update_sample_changer_locations(user, proposal_id, ids, names, locations)


SAMPLE_FILTERS = {
    "containerid": lambda value: m.BLSample.containerId.in_(parse_ids(value)),
    "shipmentid": lambda value: m.Shipping.shippingId.in_(parse_ids(value)),
    "dewarid": lambda value: m.Dewar.dewarId.in_(parse_ids(value)),
    "crystalId": lambda value: m.BLSample.crystalId.in_(parse_ids(value)),
}


@legacy_route(ns, f"{PROPOSAL}/mx/sample/list", "sample_list", **LIST)
def sample_list(user, proposal_id):
    """List the proposal's samples: v_mx_sample rows (J24)."""
    return samples.sample_rows(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/sample/<kind>/<ids>/list", "samples_by", choices={"kind": SAMPLE_FILTERS},
              **LIST)
def samples_by(user, proposal_id, kind, ids):
    """List the proposal's samples of containers, shipments, dewars or crystals (J24)."""
    return samples.sample_rows(user, proposal_id, [SAMPLE_FILTERS[kind](ids)], page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/sample/sessionid/<int:session_id>/list", "samples_by_session", **LIST)
def samples_by_session(user, proposal_id, session_id):
    """List the samples collected during a session (J24)."""
    return samples.session_sample_rows(user, proposal_id, session_id, page())


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/list", "crystal_list", **LIST)
def crystal_list(user, proposal_id):
    """List the proposal's crystals: Crystal3VO (J25)."""
    return samples.crystal_vos(user, proposal_id, page=page())


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/<int:crystal_id>/get", "crystal_get", success="One Crystal3VO", **ITEM)
def crystal_get(user, proposal_id, crystal_id):
    """Describe one crystal of the proposal (J25)."""
    found = samples.crystal_vos(user, proposal_id, [m.Crystal.crystalId == crystal_id])
    if not found:
        raise NotFound(f"Crystal {crystal_id} not found")
    return found[0]


@legacy_route(ns, f"{PROPOSAL}/mx/crystal/proteinid/<int:protein_id>/list", "crystals_by_protein", **LIST)
def crystals_by_protein(user, proposal_id, protein_id):
    """List the crystals of a protein (J25)."""
    return samples.crystal_vos(user, proposal_id, [m.Crystal.proteinId == protein_id], page())


@legacy_route(ns, f"{PROPOSAL}/mx/protein/list", "protein_list", **LIST)
def protein_list(user, proposal_id):
    """List the proposal's proteins: Protein3VO (J26)."""
    return samples.protein_vos(user, proposal_id, page=page())
