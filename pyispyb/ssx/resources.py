# SPDX-License-Identifier: LGPL-3.0-or-later
"""The SSX tables served as REST collections, each declared once (see :mod:`pyispyb.kernel.resources`).

Components belong to a proposal; crystal and sample compositions to their crystal or sample.
The vocabularies (component, concentration and event types) are facility data: every user
reads them, staff (``write_beamline``) extend them. Their item endpoints keep the plural
names they were published with (``ssx_event_types_by_id``).
"""

from pyispyb import models as m
from pyispyb.kernel.access.scopes import Owned, Shared, via
from pyispyb.kernel.auth.permissions import WRITE_BEAMLINE, WRITE_SAMPLES
from pyispyb.kernel.resources import Catalog

CATALOG = Catalog(endpoint_prefix="ssx_")
declare = CATALOG.declare
READ_AND_CREATE = ("GET", "POST")

COMPONENTS = declare(
    m.Component, "/ssx/components", tag="SSX components",
    description="Components of a proposal: proteins, ligands, buffers, jet materials",
    scope=Owned(m.Component.proposalId, "proposal"), write=WRITE_SAMPLES, required=("proposalId",))
CRYSTAL_COMPOSITIONS = declare(
    m.CrystalComposition, "/ssx/crystal_compositions", tag="SSX crystal compositions",
    description="Components of a crystal, with abundance or ratio", scope=via(m.CrystalComposition.crystalId),
    write=WRITE_SAMPLES, item_param="composition_id")
SAMPLE_COMPOSITIONS = declare(
    m.SampleComposition, "/ssx/sample_compositions", tag="SSX sample compositions",
    description="Components of a sample (buffer, precipitant...) with their concentrations",
    scope=via(m.SampleComposition.blSampleId), write=WRITE_SAMPLES, item_param="composition_id")

COMPONENT_TYPES = declare(
    m.ComponentType, "/ssx/component_types", tag="SSX component types",
    description="Kinds of component: Protein, Ligand, Buffer, JetMaterial...", scope=Shared(),
    write=WRITE_BEAMLINE, methods=READ_AND_CREATE, item_endpoint="ssx_component_types_by_id")
CONCENTRATION_TYPES = declare(
    m.ConcentrationType, "/ssx/concentration_types", tag="SSX concentration types",
    description="Units of abundance: Molar, mg/ml, %(v/v)...", scope=Shared(), write=WRITE_BEAMLINE,
    methods=READ_AND_CREATE, item_endpoint="ssx_concentration_types_by_id")
EVENT_TYPES = declare(
    m.EventType, "/ssx/event_types", tag="SSX event types",
    description="Kinds of event in an event chain: XrayDetection, LaserExcitation...", scope=Shared(),
    write=WRITE_BEAMLINE, methods=READ_AND_CREATE, item_endpoint="ssx_event_types_by_id")
