# SPDX-License-Identifier: LGPL-3.0-or-later
"""``datacollections`` and ``images``: MXCuBE's groups, collections (and their updates) and images."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.routing import route
from pyispyb.models import DataCollection, DataCollectionGroup, Image
from pyispyb.v2.services import collections
from pyispyb.v2.routes.bodies import body_model, field, table_fields
from pyispyb.v2.routes.common import json_body

ns = Namespace("2.x data collections", description="MXCuBE's data collection groups and collections",
               path="/datacollections")
images_ns = Namespace("2.x images", description="Images of data collections", path="/images")

WRITE_ERRORS = (400, 401, 403, 404, 409, 422)

_NUMBER, _INTEGER = rx.Float, rx.Integer
oscillation_model = body_model([ns], "MXCuBEOscillation", {
    name: field(kind, True, description=description) for name, kind, description in (
        ("start", _NUMBER, "axisStart (and omegaStart with a kappa)"), ("range", _NUMBER, "axisRange"),
        ("offset", _NUMBER, "-overlap"), ("number_of_images", _INTEGER, "numberOfImages"),
        ("start_image_number", _INTEGER, "startImageNumber"), ("number_of_passes", _INTEGER, "numberOfPasses"),
        ("exposure_time", _NUMBER, "exposureTime"), ("kappaStart", _NUMBER, "kappaStart (-9999: none)"),
        ("phiStart", _NUMBER, "phiStart (-9999: none)"))})
fileinfo_model = body_model([ns], "MXCuBEFileInfo",
                            table_fields(DataCollection, renamed=collections.FILE_FIELDS, only_renamed=True))
sample_reference_model = body_model([ns], "MXCuBESampleReference", {
    "blSampleId": field(rx.Integer, True, description="the sample (-1 or null: none)")})
MX_COLLECTION_KEYS = {
    "collection_id": field(rx.Integer, True, description="the collection to update"),
    "group_id": field(rx.Integer, True, description="the group to update or collect into"),
    "helical": field(rx.Boolean, True, description="true: the group's experimentType is Helical"),
    "sample_reference": rx.Nested(sample_reference_model, allow_null=True),
}
group_model = body_model([ns], "MXCuBECollectionGroup", {
    **table_fields(DataCollectionGroup, renamed=collections.GROUP_FIELDS, only_renamed=True),
    **MX_COLLECTION_KEYS})
collection_model = body_model([ns], "MXCuBECollection", {
    **table_fields(DataCollection, renamed=collections.COLLECTION_FIELDS,
                   exclude=("dataCollectionGroupId",)),
    **table_fields(DataCollectionGroup, renamed=collections.GROUP_FIELDS, only_renamed=True),
    **MX_COLLECTION_KEYS,
    "fileinfo": rx.Nested(fileinfo_model, allow_null=True),
    "oscillation_sequence": rx.List(rx.Nested(oscillation_model), description="exactly one oscillation"),
})
image_model = body_model([images_ns], "ImageStore", table_fields(Image, required=("dataCollectionId",)))


@route(ns, "/group", "POST", answer="The group: dataCollectionGroupId, experimentType, blSampleId, sessionId...",
       status=201, body=group_model, errors=WRITE_ERRORS)
def data_collection_group_2x(user):
    """Create the group of an mx_collection, or update the one its group_id names."""
    return collections.store_group(user, json_body())


@route(ns, "/datacollection", "POST", status=201, body=collection_model, errors=WRITE_ERRORS,
       answer="New: the data collection row; with collection_id: [dataCollectionId, dataCollectionGroupId]")
def data_collection_store_2x(user):
    """Create the data collection of an mx_collection (and its group), or update the one collection_id names."""
    body = json_body()
    if body.get("collection_id"):
        row = collections.update_collection(user, body)
        return [row["dataCollectionId"], row["dataCollectionGroupId"]]
    return collections.create_collection(user, body)


@route(ns, "/<int:data_collection_id>", answer="The data collection with its sessionId", errors=(401, 403, 404))
def data_collection_2x(user, data_collection_id):
    """Return a data collection of the caller."""
    return collections.get_collection(user, data_collection_id)


@route(images_ns, "/image", "POST", answer="The image row (imageId...)", status=201, body=image_model,
       errors=WRITE_ERRORS)
def image_2x(user):
    """Record an image of a data collection of the caller (write_data_collections)."""
    return collections.store_image(user, json_body())
