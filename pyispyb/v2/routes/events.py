# SPDX-License-Identifier: LGPL-3.0-or-later
"""``events``: robot actions, energy scans (and the samples they were made on), XRF spectra."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.models import EnergyScan, XFEFluorescenceSpectrum
from pyispyb.core import resources as core
from pyispyb.v2.services import events
from pyispyb.v2.routes.bodies import body_model, table_fields
from pyispyb.v2.routes.common import json_body

ns = Namespace("2.x events", description="Robot actions, energy scans and XRF spectra", path="/events")

# The new row's id is answered as a JSON string ("12"): PyISPyBRestClient looks for "results" in every
# answer (a JSON number makes it raise) and MXCuBE's energy scan reads the id with int().

WRITE_ERRORS = (400, 401, 403, 404, 409, 422)

robot_action_model = body_model([ns], "RobotActionStore", table_fields(
    core.ROBOT_ACTIONS.model, renamed=events.ROBOT_ACTION_FIELDS,
    required=("sessionId", "startTime", "endTime")))
energy_scan_model = body_model([ns], "EnergyScanStore", table_fields(EnergyScan, required=("sessionId",)))
energy_scan_sample_model = body_model([ns], "EnergyScanSample", {
    "energyScanId": rx.Integer(required=True, description="an energy scan of the caller"),
    "blSampleId": rx.Integer(required=True, description="a sample of the caller")})
xrf_spectrum_model = body_model([ns], "XFEFluorescenceSpectrumStore",
                                table_fields(XFEFluorescenceSpectrum, required=("sessionId",)))


@route(ns, "/robot-action", "POST", answer="The new robot action's id, as a JSON string", status=201,
       body=robot_action_model, errors=WRITE_ERRORS)
def robot_action_2x(user):
    """Record a robot action: {sessionId, blSampleId, startTimestamp, endTimestamp, actionType, status...}."""
    return str(events.store_robot_action(user, json_body()))


@route(ns, "/energyscan", "POST", answer="The new energy scan's id, as a JSON string", status=201,
       body=energy_scan_model, errors=WRITE_ERRORS)
def energy_scan_2x(user):
    """Record an energy scan of a session of the caller (write_data_collections)."""
    return str(events.store_energy_scan(user, json_body()))


@route(ns, "/energyscan/associate-bl-sample", "PATCH", answer="The link row: blSampleHasEnergyScanId, energyScanId, "
       "blSampleId", body=energy_scan_sample_model, errors=WRITE_ERRORS)
def energy_scan_sample_2x(user):
    """Link an energy scan and a sample of the caller: {energyScanId, blSampleId}."""
    return events.associate_sample(user, json_body())


@route(ns, "/xfe-fluorescence-spectrum", "POST", answer="The new spectrum's id, as a JSON string", status=201,
       body=xrf_spectrum_model, errors=WRITE_ERRORS)
def xrf_spectrum_2x(user):
    """Record an XRF fluorescence spectrum of a session of the caller (write_data_collections)."""
    return str(events.store_xrf_spectrum(user, json_body()))
