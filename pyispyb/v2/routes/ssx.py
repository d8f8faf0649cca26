# SPDX-License-Identifier: LGPL-3.0-or-later
"""``webservices/ssx``: SSX groups (with their sample) and collections, as ispyb-client posts them."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import AuthenticatedResource, document_errors
from pyispyb.app.extensions.auth.decorators import current_user
from pyispyb.v2.modules import ssx
from pyispyb.v2.routes.common import json_body

ns = Namespace("2.x SSX web services", description="SSX groups and collections (ispyb-client, MXCuBE)",
               path="/webservices/ssx")

WRITE_ERRORS = (400, 401, 403, 404, 409, 422, 501)


@ns.route("/datacollectiongroup", endpoint="ssx_group_2x")
class SSXGroup(AuthenticatedResource):
    """SSX data collection groups."""

    @ns.response(200, "The new group's id")
    @document_errors(ns, WRITE_ERRORS)
    def post(self):
        """Create a group with its sample, crystal, protein and components (write_data_collections, write_samples)."""
        return ssx.create_group(current_user(), json_body())


@ns.route("/datacollection", endpoint="ssx_collection_2x")
class SSXCollection(AuthenticatedResource):
    """SSX data collections."""

    @ns.response(200, "The new data collection's id")
    @document_errors(ns, WRITE_ERRORS)
    def post(self):
        """Create an SSX data collection with its parameters and event chains (write_data_collections)."""
        return ssx.create_collection(current_user(), json_body())
