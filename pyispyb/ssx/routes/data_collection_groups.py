# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of SSX data collection groups (``/ssx/data_collection_groups``)."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.listing import envelope, list_params_doc, parse_list_query
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.models import DataCollectionGroup
from pyispyb.ssx import schemas
from pyispyb.ssx.services import collections

ns = Namespace("SSX data collection groups", description="Groups holding SSX data collections",
               path="/ssx/data_collection_groups")

GROUP = restx_model_from_schema(schemas.GROUP.read)
SUMMARY = document_model(ns, GROUP.inherit("SSXGroupSummary", {
    "dataCollectionCount": rx.Integer(description="SSX data collections of the group"),
    "numberOfImages": rx.Integer(description="images of those collections"),
}))
PAGE = document_model(ns, envelope_model(SUMMARY))


@ns.route("", endpoint="ssx_data_collection_groups")
class SSXGroups(AuthenticatedResource):
    """SSX data collection groups."""

    @ns.doc(params=list_params_doc(DataCollectionGroup))
    @ns.response(200, "Page of groups with their counts", PAGE)
    @document_errors(ns, (400, 401, 403, 501))
    def get(self):
        """List your groups of SSX data collections (filters: sessionId, blSampleId, any group column)."""
        query = parse_list_query(request.args, DataCollectionGroup)
        return envelope(*collections.list_groups(current_user(), query))


@ns.route("/<int:group_id>", endpoint="ssx_data_collection_group_by_id")
class SSXGroup(AuthenticatedResource):
    """One SSX data collection group."""

    @ns.response(200, "The group with its counts", SUMMARY)
    @document_errors(ns, (401, 403, 404, 501))
    def get(self, group_id):
        """Get an SSX data collection group (its collections: /ssx/data_collections?dataCollectionGroupId=)."""
        return collections.get_group(current_user(), group_id)
