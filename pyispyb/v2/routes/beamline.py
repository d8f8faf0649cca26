# SPDX-License-Identifier: LGPL-3.0-or-later
"""``detectors`` (find one) and ``beamline-setups/beamline-setup`` (record MXCuBE's configuration)."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
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


@route(detectors_ns, "", answer="The first matching detector, or {} when none matches", errors=(401, 403),
       params={name: {"in": "query", "type": "string"} for name in samples.DETECTOR_FILTERS})
def detectors_2x(user):
    """Find the detector of a manufacturer, model, mode and type (empty values match any)."""
    return samples.find_detector(user, {name: request.args.get(name) for name in samples.DETECTOR_FILTERS})


@route(setups_ns, "/beamline-setup", "POST", answer="The new set-up's id, as a JSON string", status=201,
       body=setup_model, errors=(400, 401, 403, 409, 422))
def beamline_setup_2x(user):
    """Record MXCuBE's beamline configuration (write_beamline); its detector is found by its names."""
    return str(samples.create_beamline_setup(user, json_body()))  # a string: see events.py
