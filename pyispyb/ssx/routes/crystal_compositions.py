# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of crystal compositions (``/ssx/crystal_compositions``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_routes
from pyispyb.ssx.services.samples import CRYSTAL_COMPOSITION_SPEC

ns = Namespace("SSX crystal compositions", description="Components of a crystal, with abundance or ratio",
               path="/ssx/crystal_compositions")

crud_routes(ns, CRYSTAL_COMPOSITION_SPEC, list_endpoint="ssx_crystal_compositions",
            item_endpoint="ssx_crystal_composition_by_id", item_param="composition_id")
