# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of beamline set-ups, detectors and robot actions (``/beamline``)."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import crud_routes
from pyispyb.core.modules import beamline

ns = Namespace("Beamline", description="Beamline set-ups, detectors and sample-changer robot actions",
               path="/beamline")

crud_routes(ns, beamline.BEAMLINE_SETUP_SPEC, list_endpoint="beamline_setup", item_endpoint="beamline_setup_by_id",
            item_param="beamline_setup_id", prefix="/setups")
crud_routes(ns, beamline.DETECTOR_SPEC, list_endpoint="detectors", item_endpoint="detector_by_id",
            item_param="detector_id", prefix="/detectors")
crud_routes(ns, beamline.ROBOT_ACTION_SPEC, list_endpoint="robot_actions", item_endpoint="robot_action_by_id",
            item_param="robot_action_id", prefix="/robot_actions")
