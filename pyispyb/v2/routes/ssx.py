# SPDX-License-Identifier: LGPL-3.0-or-later
"""``webservices/ssx``: SSX groups (with their sample) and collections, as ispyb-client posts them."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.models import BLSample, Crystal, DataCollection, DataCollectionGroup, Protein
from pyispyb.models import SSXDataCollection
from pyispyb.v2.services import ssx
from pyispyb.v2.routes.bodies import body_model, field, table_fields
from pyispyb.v2.routes.common import json_body

ns = Namespace("2.x SSX web services", description="SSX groups and collections (ispyb-client, MXCuBE)",
               path="/webservices/ssx")

WRITE_ERRORS = (400, 401, 403, 404, 409, 422, 501)


def _columns(model, names, required=()):
    """The fields of some columns of ``model``."""
    return {name: field for name, field in table_fields(model, required=required).items() if name in names}


component_model = body_model([ns], "SSXComponent", {
    "componentType": rx.String(required=True, description="a ComponentType name"),
    "name": field(rx.String, True), "composition": field(rx.String, True), "abundance": field(rx.Float, True)})
protein_model = body_model([ns], "SSXProtein", table_fields(Protein, required=("acronym",),
                                                            exclude=("proposalId",)))
crystal_model = body_model([ns], "SSXCrystal", {
    **_columns(Crystal, ("size_X", "size_Y", "size_Z", "abundance")),
    "protein": rx.Nested(protein_model, required=True), "components": rx.List(rx.Nested(component_model))})
sample_model = body_model([ns], "SSXSample", {
    **_columns(BLSample, ("name", "support")),
    "crystal": rx.Nested(crystal_model, required=True), "components": rx.List(rx.Nested(component_model))})
group_model = body_model([ns], "SSXDataCollectionGroup", {
    **_columns(DataCollectionGroup, ("sessionId", "startTime", "endTime", "experimentType", "comments"),
               required=("sessionId", "startTime")),
    "sample": rx.Nested(sample_model, required=True)})
event_model = body_model([ns], "SSXEvent", {
    "type": rx.String(description="the event type"), "name": field(rx.String, True),
    "offset": field(rx.Float, True), "duration": field(rx.Float, True), "period": field(rx.Float, True),
    "repetition": field(rx.Float, True)})
event_chain_model = body_model([ns], "SSXEventChain", {
    "name": field(rx.String, True), "events": rx.List(rx.Nested(event_model), required=True)})
collection_model = body_model([ns], "SSXDataCollection", {
    **table_fields(DataCollection, renamed=ssx.COLLECTION_FIELDS, required=("dataCollectionGroupId", "startTime")),
    **table_fields(SSXDataCollection),
    "event_chains": rx.List(rx.Nested(event_chain_model), required=True)})


@route(ns, "/datacollectiongroup", "POST", answer="The new group's id", body=group_model, errors=WRITE_ERRORS)
def ssx_group_2x(user):
    """Create a group with its sample, crystal, protein and components (write_data_collections, write_samples)."""
    return ssx.create_group(user, json_body())


@route(ns, "/datacollection", "POST", answer="The new data collection's id", body=collection_model, errors=WRITE_ERRORS)
def ssx_collection_2x(user):
    """Create an SSX data collection with its parameters and event chains (write_data_collections)."""
    return ssx.create_collection(user, json_body())
