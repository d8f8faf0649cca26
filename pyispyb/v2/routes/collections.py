# SPDX-License-Identifier: LGPL-3.0-or-later
"""``datacollections`` and ``images``: MXCuBE's groups, collections (and their updates) and images."""

from flask_restx import Namespace
from flask_restx import fields as rx

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
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


@ns.route("/group", endpoint="data_collection_group_2x")
class Group(AuthenticatedResource):
    """Data collection groups."""

    @ns.expect(group_model)
    @ns.response(201, "The group: dataCollectionGroupId, experimentType, blSampleId, sessionId...")
    @document_errors(ns, WRITE_ERRORS)
    def post(self):
        """Create the group of an mx_collection, or update the one its group_id names."""
        return collections.store_group(current_user(), json_body()), 201


@ns.route("/datacollection", endpoint="data_collection_store_2x")
class Collection(AuthenticatedResource):
    """Data collections."""

    @ns.expect(collection_model)
    @ns.response(201, "New: the data collection row; with collection_id: [dataCollectionId, dataCollectionGroupId]")
    @document_errors(ns, WRITE_ERRORS)
    def post(self):
        """Create the data collection of an mx_collection (and its group), or update the one collection_id names."""
        user, body = current_user(), json_body()
        if body.get("collection_id"):
            row = collections.update_collection(user, body)
            return [row["dataCollectionId"], row["dataCollectionGroupId"]], 201
        return collections.create_collection(user, body), 201


@ns.route("/<int:data_collection_id>", endpoint="data_collection_2x")
class CollectionById(AuthenticatedResource):
    """One data collection."""

    @ns.response(200, "The data collection with its sessionId")
    @document_errors(ns, (401, 403, 404))
    def get(self, data_collection_id):
        """Return a data collection of the caller."""
        return collections.get_collection(current_user(), data_collection_id)


@images_ns.route("/image", endpoint="image_2x")
class ImageStore(AuthenticatedResource):
    """Images."""

    @images_ns.expect(image_model)
    @images_ns.response(201, "The image row (imageId...)")
    @document_errors(images_ns, WRITE_ERRORS)
    def post(self):
        """Record an image of a data collection of the caller (write_data_collections)."""
        return collections.store_image(current_user(), json_body()), 201
