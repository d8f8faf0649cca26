# SPDX-License-Identifier: LGPL-3.0-or-later
"""Beamline set-ups, detectors and robot actions: CRUD specifications.

Set-ups and detectors are facility reference data (every authenticated user reads them);
robot actions belong to their session. All are written with ``write_beamline``.
"""

from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.auth.permissions import WRITE_BEAMLINE
from pyispyb.core.schemas.beamline import BEAMLINE_SETUP, DETECTOR, ROBOT_ACTION

BEAMLINE_SETUP_SPEC = CrudSpec(BEAMLINE_SETUP, WRITE_BEAMLINE, label="beamline setup")
DETECTOR_SPEC = CrudSpec(DETECTOR, WRITE_BEAMLINE, label="detector")
ROBOT_ACTION_SPEC = CrudSpec(ROBOT_ACTION, WRITE_BEAMLINE, label="robot action")
