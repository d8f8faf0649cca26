# SPDX-License-Identifier: LGPL-3.0-or-later
"""Samples (``BLSample``), crystals, proteins and diffraction plans: CRUD specifications.

A sample belongs to the proposal of its container (dewar, shipment) or of its crystal
(protein); a diffraction plan is visible through the samples, crystals and data
collections that use it, its ``presetForProposalId``, or to everyone while nothing uses it.
"""

from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.auth.permissions import WRITE_SAMPLES
from pyispyb.core.schemas.samples import CRYSTAL, DIFFRACTION_PLAN, PROTEIN, SAMPLE

SAMPLE_SPEC = CrudSpec(SAMPLE, WRITE_SAMPLES, label="sample")
CRYSTAL_SPEC = CrudSpec(CRYSTAL, WRITE_SAMPLES, label="crystal")
PROTEIN_SPEC = CrudSpec(PROTEIN, WRITE_SAMPLES, label="protein")
DIFFRACTION_PLAN_SPEC = CrudSpec(DIFFRACTION_PLAN, WRITE_SAMPLES, label="diffraction plan")
