# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of sessions (``/sessions``)."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import crud_routes
from pyispyb.core.modules import sessions

ns = Namespace("Sessions", description="Sessions: visits of a proposal to a beamline", path="/sessions")

crud_routes(ns, sessions.SPEC, list_endpoint="sessions", item_endpoint="session_by_id", item_param="session_id")
