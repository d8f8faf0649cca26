# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of the SSX vocabularies: ``/ssx/component_types``, ``/ssx/concentration_types``, ``/ssx/event_types``.

Three small namespaces of the same kind, kept together: read by every user, extended by
staff (``write_beamline``).
"""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.ssx.services import samples

VOCABULARIES = (
    ("component_types", "SSX component types", "Kinds of component: Protein, Ligand, Buffer, JetMaterial...",
     samples.COMPONENT_TYPE_SPEC, "component_type_id"),
    ("concentration_types", "SSX concentration types", "Units of abundance: Molar, mg/ml, %(v/v)...",
     samples.CONCENTRATION_TYPE_SPEC, "concentration_type_id"),
    ("event_types", "SSX event types", "Kinds of event in an event chain: XrayDetection, LaserExcitation...",
     samples.EVENT_TYPE_SPEC, "event_type_id"),
)


def _namespace(path, name, description, spec, item_param):
    ns = Namespace(name, description=description, path=f"/ssx/{path}")
    crud_routes(ns, spec, list_endpoint=f"ssx_{path}", item_endpoint=f"ssx_{path}_by_id", item_param=item_param,
                methods=("GET", "POST"))
    return ns


namespaces = [_namespace(*vocabulary) for vocabulary in VOCABULARIES]
