# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of beamline reference data: set-ups, detectors, robot actions, beam calendars."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import BeamCalendar, BeamLineSetup, Detector, RobotAction

BEAMLINE_SETUP = model_schemas(BeamLineSetup, name="BeamlineSetup")
DETECTOR = model_schemas(Detector, name="Detector")
ROBOT_ACTION = model_schemas(RobotAction, name="RobotAction")
BEAM_CALENDAR = model_schemas(BeamCalendar, name="BeamCalendar")
