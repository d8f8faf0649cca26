# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy shipping routes: shipments, dewars, containers, samples, crystals, proteins (J18-J26)."""

from flask import request
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import PATH_TOKEN, route
from pyispyb.kernel.exceptions import NotFound
from pyispyb import models as m
from pyispyb.legacy.services import samples, shipping
from pyispyb.legacy.services.common import parse_ids, readable_proposal_id
from pyispyb.legacy.routes.base import (PAGED_PARAMS, PATH_PARAMS, check_choice, choice_param, legacy_namespace, page,
                                        proposal_id_of)

ns = legacy_namespace("Legacy shipping and samples", "Java-ISPyB shipments, dewars, containers and samples "
                                                     "(token in the path)")

PROPOSAL = "/<token>/proposal/<proposal>"


@route(ns, f"{PROPOSAL}/shipping/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_shipping_list(user, proposal):
    """List the proposal's shipments x dewars x containers with sample counts (J18)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return shipping.shipping_rows(user, proposal_id, page=page())


@route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/get", answer="The shipment with dewarVOs, containerVOs, sampleVOs",
       errors=(401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_shipping_get(user, proposal, shipping_id):
    """Describe a shipment with its dewars, containers and samples (J19)."""
    proposal_id = proposal_id_of(user, proposal, "proposal")
    return shipping.shipping_description(user, proposal_id, shipping_id)


@route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_shipping_dewars(user, proposal, shipping_id):
    """List the dewars x containers of a shipment (J20)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return shipping.shipping_rows(user, proposal_id, [m.Shipping.shippingId == shipping_id], page())


@route(ns, f"{PROPOSAL}/dewar/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_dewar_list(user, proposal):
    """List the proposal's dewars x containers x sessions with sample counts (J21)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return shipping.dewar_rows(user, proposal_id, page=page())


@route(ns, f"{PROPOSAL}/dewar/session/<int:session_id>/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_dewars_by_session(user, proposal, session_id):
    """List the dewars of the shipments sent for a session (J21)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return shipping.dewar_rows(user, proposal_id, [m.BLSession.sessionId == session_id], page())


@route(ns, f"{PROPOSAL}/dewar/status/<status>/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_dewars_by_status(user, proposal, status):
    """List the proposal's dewars with a status (J21)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return shipping.dewar_rows(user, proposal_id, [m.Dewar.dewarStatus == status], page())


@route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/dewar/<int:dewar_id>/puck/<int:container_id>/get",
       answer="The container with its sampleVOs", errors=(401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_container_get(user, proposal, shipping_id, dewar_id, container_id):
    """Describe a container of a dewar of a shipment, with its samples (J22)."""
    proposal_id = proposal_id_of(user, proposal, "proposal")
    return shipping.container_description(user, proposal_id, shipping_id, dewar_id, container_id)


@route(ns, f"{PROPOSAL}/shipping/<int:shipping_id>/status/<status>/update", answer="The updated shipment",
       errors=(400, 401, 403, 404, 409), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_shipping_status_update(user, proposal, shipping_id, status):
    """Set the status of a shipment and of its dewars (J23, a GET as in Java; needs write_shipments)."""
    proposal_id = proposal_id_of(user, proposal, "proposal")
    return shipping.update_shipping_status(user, proposal_id, shipping_id, status)


sample_changer_model = ns.model("SampleChangerLocationUpdate", {
    "sampleChangerLocation": rx.String(description="comma-separated locations, one per container of the path "
                                                   "(also accepted as a form field)")})


@route(ns, f"{PROPOSAL}/container/<container_ids>/beamline/<beamlines>/samplechangerlocation/update", "POST",
       answer='{"updateSampleLocation": "ok"}', errors=(400, 401, 403, 404, 409), params=PATH_PARAMS,
       body=sample_changer_model, auth=PATH_TOKEN)
def legacy_sample_changer_update(user, proposal, container_ids, beamlines):
    """Place containers in sample changers: form sampleChangerLocation, lists parallel to the path's (J23)."""
    proposal_id = proposal_id_of(user, proposal, "proposal")
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


@route(ns, f"{PROPOSAL}/mx/sample/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_sample_list(user, proposal):
    """List the proposal's samples: v_mx_sample rows (J24)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.sample_rows(user, proposal_id, page=page())


@route(ns, f"{PROPOSAL}/mx/sample/<kind>/<ids>/list", answer="Rows", errors=(401, 403, 404),
       params={**PAGED_PARAMS, "kind": choice_param("kind", SAMPLE_FILTERS)}, auth=PATH_TOKEN)
def legacy_samples_by(user, proposal, kind, ids):
    """List the proposal's samples of containers, shipments, dewars or crystals (J24)."""
    check_choice("kind", kind, SAMPLE_FILTERS)
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.sample_rows(user, proposal_id, [SAMPLE_FILTERS[kind](ids)], page=page())


@route(ns, f"{PROPOSAL}/mx/sample/sessionid/<int:session_id>/list", answer="Rows", errors=(401, 403),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_samples_by_session(user, proposal, session_id):
    """List the samples collected during a session (J24)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.session_sample_rows(user, proposal_id, session_id, page())


@route(ns, f"{PROPOSAL}/mx/crystal/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_crystal_list(user, proposal):
    """List the proposal's crystals: Crystal3VO (J25)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.crystal_vos(user, proposal_id, page=page())


@route(ns, f"{PROPOSAL}/mx/crystal/<int:crystal_id>/get", answer="One Crystal3VO", errors=(401, 403, 404),
       params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_crystal_get(user, proposal, crystal_id):
    """Describe one crystal of the proposal (J25)."""
    proposal_id = proposal_id_of(user, proposal, "proposal")
    found = samples.crystal_vos(user, proposal_id, [m.Crystal.crystalId == crystal_id])
    if not found:
        raise NotFound(f"Crystal {crystal_id} not found")
    return found[0]


@route(ns, f"{PROPOSAL}/mx/crystal/proteinid/<int:protein_id>/list", answer="Rows", errors=(401, 403),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_crystals_by_protein(user, proposal, protein_id):
    """List the crystals of a protein (J25)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.crystal_vos(user, proposal_id, [m.Crystal.proteinId == protein_id], page())


@route(ns, f"{PROPOSAL}/mx/protein/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_protein_list(user, proposal):
    """List the proposal's proteins: Protein3VO (J26)."""
    proposal_id = readable_proposal_id(user, proposal, "proposal")
    if proposal_id is None:
        return []
    return samples.protein_vos(user, proposal_id, page=page())
