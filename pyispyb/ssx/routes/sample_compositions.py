# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of sample compositions (``/ssx/sample_compositions``): the buffer around the crystals."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.ssx.services.samples import SAMPLE_COMPOSITION_SPEC

ns = Namespace("SSX sample compositions", description="Components of a sample (buffer, precipitant...) with "
               "their concentrations", path="/ssx/sample_compositions")

crud_routes(ns, SAMPLE_COMPOSITION_SPEC, list_endpoint="ssx_sample_compositions",
            item_endpoint="ssx_sample_composition_by_id", item_param="composition_id")
