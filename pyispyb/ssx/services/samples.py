# SPDX-License-Identifier: LGPL-3.0-or-later
"""What SSX samples are made of: components, their types, concentrations, crystal and sample compositions.

A crystal slurry is a sample whose crystal has a crystal composition (the protein, ligands)
and whose sample composition describes the liquid around it (buffer, precipitant) with
concentrations in the units of ``ConcentrationType``.
"""

from pyispyb.kernel import access
from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.auth.permissions import WRITE_BEAMLINE, WRITE_SAMPLES
from pyispyb.kernel.data import require_tables
from pyispyb.kernel.data.queries import attach_children, attach_parent
from pyispyb.models import BLSample, ComponentType, ConcentrationType
from pyispyb.ssx import schemas
from pyispyb.models import Component, CrystalComposition, SampleComposition

COMPONENT_SPEC = CrudSpec(schemas.COMPONENT, WRITE_SAMPLES, label="component")
CRYSTAL_COMPOSITION_SPEC = CrudSpec(schemas.CRYSTAL_COMPOSITION, WRITE_SAMPLES, label="crystal composition")
SAMPLE_COMPOSITION_SPEC = CrudSpec(schemas.SAMPLE_COMPOSITION, WRITE_SAMPLES, label="sample composition")
# Facility vocabularies: everyone reads them, staff (write_beamline) extend them.
COMPONENT_TYPE_SPEC = CrudSpec(schemas.COMPONENT_TYPE, WRITE_BEAMLINE, label="component type")
CONCENTRATION_TYPE_SPEC = CrudSpec(schemas.CONCENTRATION_TYPE, WRITE_BEAMLINE, label="concentration type")
EVENT_TYPE_SPEC = CrudSpec(schemas.EVENT_TYPE, WRITE_BEAMLINE, label="event type")


def attach_components(rows):
    """Give each composition row its ``component`` (with ``componentType``) and ``concentrationType``."""
    attach_parent(rows, key="componentId", column=Component.componentId, name="component")
    components = [row["component"] for row in rows if row["component"]]
    attach_parent(components, key="componentTypeId", column=ComponentType.componentTypeId, name="componentType")
    attach_parent(rows, key="concentrationTypeId", column=ConcentrationType.concentrationTypeId,
                  name="concentrationType")
    return rows


def sample_composition(user, sample_id):
    """Return what a sample is made of: its crystal's composition and its own (buffer, precipitant...)."""
    require_tables(Component, CrystalComposition, SampleComposition)
    sample = access.fetch_visible(user, BLSample, [BLSample.blSampleId == sample_id],
                                  columns=[BLSample.name, BLSample.crystalId])
    result = {"blSampleId": sample_id, "name": sample["name"], "crystalId": sample["crystalId"]}
    crystal = [{"crystalId": sample["crystalId"]}]
    attach_children(crystal, key="crystalId", column=CrystalComposition.crystalId, name="rows")
    own = [{"blSampleId": sample_id}]
    attach_children(own, key="blSampleId", column=SampleComposition.blSampleId, name="rows")
    attach_components(crystal[0]["rows"] + own[0]["rows"])
    result["crystalComposition"], result["sampleComposition"] = crystal[0]["rows"], own[0]["rows"]
    return result

