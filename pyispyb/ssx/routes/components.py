# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of components (``/ssx/components``): what crystals and samples are made of."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.ssx.services.samples import COMPONENT_SPEC

ns = Namespace("SSX components", description="Components of a proposal: proteins, ligands, buffers, jet materials",
               path="/ssx/components")

crud_routes(ns, COMPONENT_SPEC, list_endpoint="ssx_components", item_endpoint="ssx_component_by_id",
            item_param="component_id")
