# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of data collections and their groups (``/data_collections``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.kernel.http.views import info_model, list_route, read_model
from pyispyb.core.services import data_collections as dc

ns = Namespace("Data collections", description="Data collections and data collection groups",
               path="/data_collections")

crud_collections(ns, [
    (dc.DATA_COLLECTION_SPEC, "", "data_collections", "data_collection_by_id", "data_collection_id"),
    (dc.GROUP_SPEC, "/groups", "data_collection_groups", "data_collection_group_by_id", "data_collection_group_id"),
], methods=("GET", "POST"))

GROUP_WITH_COLLECTIONS = info_model(ns, "DataCollectionGroupWithCollections", read_model(ns, dc.GROUP_SPEC),
                                    many={"data_collections": read_model(ns, dc.DATA_COLLECTION_SPEC)})

list_route(ns, dc.GROUP_SPEC, "/groups/session/<int:session_id>", endpoint="data_collection_groups_by_session",
           summary="List the data collection groups of a session, each with its data collections.",
           row_model=GROUP_WITH_COLLECTIONS, decorate=dc.with_data_collections,
           restrict=lambda user, args, session_id: dc.session_clauses(user, session_id))
