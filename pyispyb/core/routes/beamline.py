# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of beamline set-ups, detectors and robot actions (``/beamline``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.core.services import beamline

ns = Namespace("Beamline", description="Beamline set-ups, detectors and sample-changer robot actions",
               path="/beamline")

crud_collections(ns, [
    (beamline.BEAMLINE_SETUP_SPEC, "/setups", "beamline_setup", "beamline_setup_by_id", "beamline_setup_id"),
    (beamline.DETECTOR_SPEC, "/detectors", "detectors", "detector_by_id", "detector_id"),
    (beamline.ROBOT_ACTION_SPEC, "/robot_actions", "robot_actions", "robot_action_by_id", "robot_action_id"),
])
