# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of samples (``/samples``), crystals, proteins and diffraction plans (``/samples/...``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.core.services import samples

ns = Namespace("Samples", description="Samples, crystals, proteins and diffraction plans", path="/samples")

crud_collections(ns, [
    (samples.SAMPLE_SPEC, "", "samples", "sample_by_id", "sample_id"),
    (samples.CRYSTAL_SPEC, "/crystals", "crystals", "crystal_by_id", "crystal_id"),
    (samples.PROTEIN_SPEC, "/proteins", "proteins", "protein_by_id", "protein_id"),
    (samples.DIFFRACTION_PLAN_SPEC, "/diffraction_plans", "diffraction_plans", "diffraction_plan_by_id",
     "diffraction_plan_id"),
])
