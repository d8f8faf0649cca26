# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of SSX data collections (``/ssx/data_collections``): created and read whole."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.listing import page_body, int_params, list_params_doc, parse_list_query
from pyispyb.kernel.http.payload import load_body
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema
from pyispyb.models import DataCollection
from pyispyb.ssx.routes import bodies
from pyispyb.ssx.services import collections

ns = Namespace("SSX data collections", description="Serial crystallography collections with their SSX parameters "
               "and event chains", path="/ssx/data_collections")

CREATE = document_model(ns, restx_model_from_schema(bodies.COLLECTION_CREATE))
WHOLE = document_model(ns, restx_model_from_schema(bodies.WHOLE_READ))
PAGE = document_model(ns, envelope_model(WHOLE))
SELECTORS = {"sessionId": "session id (repeat for any of)", "blSampleId": "sample id of the group (repeat)"}
LIST_PARAMS = {**list_params_doc(DataCollection),
               **{name: {"description": text, "in": "query", "type": "integer"} for name, text in SELECTORS.items()}}


@route(ns, "", answer="Page of whole SSX data collections", model=PAGE, errors=(400, 401, 403, 501),
       params=LIST_PARAMS)
def ssx_data_collections(user):
    """List your SSX data collections, whole (filters: sessionId, blSampleId, any data collection column)."""
    query = parse_list_query(request.args, DataCollection, extra=tuple(SELECTORS))
    return page_body(*collections.list_collections(user, query, int_params(request.args, "sessionId"),
                                                  int_params(request.args, "blSampleId")))


@route(ns, "", "POST", answer="Created, read back whole", model=WHOLE, status=201, body=CREATE,
       errors=(400, 401, 403, 404, 409, 422, 501))
def create_ssx_data_collection(user):
    """Start an SSX collection: group (new or existing), data collection, SSX parameters, event chains."""
    return collections.create_collection(user, load_body(bodies.COLLECTION_CREATE))


@route(ns, "/<int:data_collection_id>", answer="The whole SSX data collection", model=WHOLE,
       errors=(401, 403, 404, 501))
def ssx_data_collection_by_id(user, data_collection_id):
    """Get an SSX data collection with its group, SSX parameters and event chains."""
    return collections.get_collection(user, data_collection_id)
