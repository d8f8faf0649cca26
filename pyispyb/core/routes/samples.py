# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of samples (``/samples``), crystals, proteins and diffraction plans (``/samples/...``)."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import crud_routes
from pyispyb.core.modules import samples

ns = Namespace("Samples", description="Samples, crystals, proteins and diffraction plans", path="/samples")

crud_routes(ns, samples.SAMPLE_SPEC, list_endpoint="samples", item_endpoint="sample_by_id", item_param="sample_id")
crud_routes(ns, samples.CRYSTAL_SPEC, list_endpoint="crystals", item_endpoint="crystal_by_id",
            item_param="crystal_id", prefix="/crystals")
crud_routes(ns, samples.PROTEIN_SPEC, list_endpoint="proteins", item_endpoint="protein_by_id",
            item_param="protein_id", prefix="/proteins")
crud_routes(ns, samples.DIFFRACTION_PLAN_SPEC, list_endpoint="diffraction_plans",
            item_endpoint="diffraction_plan_by_id", item_param="diffraction_plan_id", prefix="/diffraction_plans")
