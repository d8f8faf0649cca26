# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a session's data collection groups with their collections; the CRUD is declared in core/resources.py."""

from flask import request

from pyispyb.kernel.http.listing import list_params_doc, page_body, parse_list_query
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import info_model, page_model, read_model
from pyispyb.core import resources
from pyispyb.core.services import data_collections as dc

ns = resources.DATA_COLLECTIONS.namespace
GROUPS = resources.DATA_COLLECTION_GROUPS

GROUP_WITH_COLLECTIONS = info_model(ns, "DataCollectionGroupWithCollections", read_model(ns, GROUPS),
                                    many={"data_collections": read_model(ns, resources.DATA_COLLECTIONS)})


@route(ns, "/groups/session/<int:session_id>", answer="Page of rows", model=page_model(ns, GROUP_WITH_COLLECTIONS),
       errors=(400, 401, 403, 404), params=list_params_doc(GROUPS.model))
def data_collection_groups_by_session(user, session_id):
    """List the data collection groups of a session, each with its data collections."""
    total, rows = dc.session_groups(user, session_id, parse_list_query(request.args, GROUPS.model))
    return page_body(total, dc.with_data_collections(rows))
