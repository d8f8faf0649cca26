# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a session's data collection groups with their collections; the CRUD is declared in core/resources.py."""

from pyispyb.kernel.http.views import info_model, list_route, read_model
from pyispyb.core import resources
from pyispyb.core.services import data_collections as dc

ns = resources.DATA_COLLECTIONS.namespace

GROUP_WITH_COLLECTIONS = info_model(
    ns, "DataCollectionGroupWithCollections", read_model(ns, resources.DATA_COLLECTION_GROUPS),
    many={"data_collections": read_model(ns, resources.DATA_COLLECTIONS)})

list_route(ns, resources.DATA_COLLECTION_GROUPS, "/groups/session/<int:session_id>",
           endpoint="data_collection_groups_by_session",
           summary="List the data collection groups of a session, each with its data collections.",
           row_model=GROUP_WITH_COLLECTIONS, decorate=dc.with_data_collections,
           restrict=lambda user, args, session_id: dc.session_clauses(user, session_id))
