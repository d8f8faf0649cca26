# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of SSX data collection groups (``/ssx/data_collection_groups``)."""

from flask import request
from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.listing import page_body, list_params_doc, parse_list_query
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema
from pyispyb.models import DataCollectionGroup
from pyispyb.ssx.routes import bodies
from pyispyb.ssx.services import collections

ns = Namespace("SSX data collection groups", description="Groups holding SSX data collections",
               path="/ssx/data_collection_groups")

GROUP = restx_model_from_schema(bodies.GROUP.read)
SUMMARY = document_model(ns, GROUP.inherit("SSXGroupSummary", {
    "dataCollectionCount": rx.Integer(description="SSX data collections of the group"),
    "numberOfImages": rx.Integer(description="images of those collections"),
}))
PAGE = document_model(ns, envelope_model(SUMMARY))


@route(ns, "", answer="Page of groups with their counts", model=PAGE, errors=(400, 401, 403, 501),
       params=list_params_doc(DataCollectionGroup))
def ssx_data_collection_groups(user):
    """List your groups of SSX data collections (filters: sessionId, blSampleId, any group column)."""
    return page_body(*collections.list_groups(user, parse_list_query(request.args, DataCollectionGroup)))


@route(ns, "/<int:group_id>", answer="The group with its counts", model=SUMMARY, errors=(401, 403, 404, 501))
def ssx_data_collection_group_by_id(user, group_id):
    """Get an SSX data collection group (its collections: /ssx/data_collections?dataCollectionGroupId=)."""
    return collections.get_group(user, group_id)
