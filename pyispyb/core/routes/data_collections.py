# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of data collections and their groups (``/data_collections``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.kernel.http.listing import list_params_doc
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, page_model, read_model, visible_page
from pyispyb.core.services import data_collections as dc

ns = Namespace("Data collections", description="Data collections and data collection groups",
               path="/data_collections")

crud_collections(ns, [
    (dc.DATA_COLLECTION_SPEC, "", "data_collections", "data_collection_by_id", "data_collection_id"),
    (dc.GROUP_SPEC, "/groups", "data_collection_groups", "data_collection_group_by_id", "data_collection_group_id"),
], methods=("GET", "POST"))

GROUP_WITH_COLLECTIONS = info_model(ns, "DataCollectionGroupWithCollections", read_model(ns, dc.GROUP_SPEC),
                                    many={"data_collections": read_model(ns, dc.DATA_COLLECTION_SPEC)})



@route(ns, "/groups/session/<int:session_id>", answer="Page of rows", model=page_model(ns, GROUP_WITH_COLLECTIONS),
       errors=(400, 401, 403, 404), params=list_params_doc(dc.GROUP_SPEC.model))
def data_collection_groups_by_session(user, session_id):
    """List the data collection groups of a session, each with its data collections."""
    return visible_page(dc.GROUP_SPEC, user, dc.session_clauses(user, session_id), decorate=dc.with_data_collections)
