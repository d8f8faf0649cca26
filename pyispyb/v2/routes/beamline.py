# SPDX-License-Identifier: LGPL-3.0-or-later
"""``detectors`` (find one) and ``beamline-setups/beamline-setup`` (record MXCuBE's configuration)."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.models import BeamLineSetup
from pyispyb.v2.services import samples
from pyispyb.v2.routes.bodies import body_model, field, table_fields
from pyispyb.v2.routes.common import json_body

detectors_ns = Namespace("2.x detectors", description="Find a detector", path="/detectors")
setups_ns = Namespace("2.x beamline set-ups", description="Record a beamline set-up", path="/beamline-setups")


setup_model = body_model([setups_ns], "MXCuBEBeamlineConfig", {
    **table_fields(BeamLineSetup, renamed=samples.SETUP_FIELDS),
    "undulators": rx.List(rx.Raw, description="up to three undulators: {type} or their type names"),
    **{name: field(rx.String, True, description=f"finds the set-up's detector (detector {label})")
       for name, label in (("detector_manufacturer", "manufacturer"), ("detector_model", "model"),
                           ("detector_binning_mode", "mode"), ("detector_type", "type"))}})


@detectors_ns.route("", endpoint="detectors_2x")
class Detectors(AuthenticatedResource):
    """Detectors."""

    @detectors_ns.doc(params={name: {"in": "query", "type": "string"} for name in samples.DETECTOR_FILTERS})
    @detectors_ns.response(200, "The first matching detector, or {} when none matches")
    @document_errors(detectors_ns, (401, 403))
    def get(self):
        """Find the detector of a manufacturer, model, mode and type (empty values match any)."""
        filters = {name: request.args.get(name) for name in samples.DETECTOR_FILTERS}
        return samples.find_detector(current_user(), filters)


@setups_ns.route("/beamline-setup", endpoint="beamline_setup_2x")
class BeamlineSetup(AuthenticatedResource):
    """Beamline set-ups."""

    @setups_ns.expect(setup_model)
    @setups_ns.response(201, "The new set-up's id, as a JSON string")
    @document_errors(setups_ns, (400, 401, 403, 409, 422))
    def post(self):
        """Record MXCuBE's beamline configuration (write_beamline); its detector is found by its names."""
        return str(samples.create_beamline_setup(current_user(), json_body())), 201  # a string: see events.py
