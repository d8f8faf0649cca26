# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of samples, crystals, proteins and diffraction plans."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import BLSample, Crystal, DiffractionPlan, Protein

SAMPLE = model_schemas(BLSample, name="Sample")
CRYSTAL = model_schemas(Crystal, name="Crystal", required=("proteinId",))
PROTEIN = model_schemas(Protein, name="Protein", required=("proposalId",))
DIFFRACTION_PLAN = model_schemas(DiffractionPlan, name="DiffractionPlan")
