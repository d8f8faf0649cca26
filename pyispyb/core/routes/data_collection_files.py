# SPDX-License-Identifier: LGPL-3.0-or-later
"""Files of data collections: crystal snapshots, Wilson plot, file attachments (``/data_collections``)."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.listing import envelope, list_params_doc, parse_list_query
from pyispyb.kernel.http.params import check_params, flag_param
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import resolve_data_path, send_data_file, send_local_file
from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.kernel.files.thumbnails import find_beamline_thumbnail, made_thumbnail
from pyispyb.models import DataCollectionFileAttachment
from pyispyb.core.services import data_files

ns = Namespace("Data collection files", description="Crystal snapshots, plots and attachments of data collections",
               path="/data_collections")

ATTACHMENT = model_schemas(DataCollectionFileAttachment, name="DataCollectionFileAttachment")
ATTACHMENT_PAGE = document_model(ns, envelope_model(document_model(
    ns, restx_model_from_schema(ATTACHMENT.read, ATTACHMENT.name))))
FILE_RESPONSE = "The file (supports Range, If-None-Match and If-Modified-Since)"


def send_snapshot(db_path, thumbnail):
    """Send a snapshot, or its thumbnail: the beamline's own ``*_t`` file if present, else one made here."""
    if not thumbnail:
        return send_data_file(db_path)
    own = find_beamline_thumbnail(db_path)
    if own is not None:
        return send_local_file(own)
    real = resolve_data_path(db_path)
    made = made_thumbnail(real)
    return send_local_file(made, download_name=f"{real.stem}_thumbnail{made.suffix}")


@ns.route("/<int:data_collection_id>/snapshot/<int:snapshot_index>", endpoint="data_collection_snapshot")
class DataCollectionSnapshot(AuthenticatedResource):
    """One crystal snapshot of a data collection."""

    @ns.doc(params={"thumbnail": {"in": "query", "type": "boolean",
                                  "description": "a small version (at most 256 px): the beamline's own "
                                                 "<name>_t file when present, else made by the server"}})
    @ns.produces(["image/png", "image/jpeg"])
    @ns.response(200, FILE_RESPONSE)
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, data_collection_id, snapshot_index):
        """Get crystal snapshot 1 to 4 of a data collection (xtalSnapshotFullPath1..4)."""
        check_params(request.args, ("thumbnail",))
        thumbnail = flag_param(request.args, "thumbnail")
        path = data_files.snapshot_path(current_user(), data_collection_id, snapshot_index)
        return send_snapshot(path, thumbnail)


@ns.route("/<int:data_collection_id>/wilson_plot", endpoint="data_collection_wilson_plot")
class DataCollectionWilsonPlot(AuthenticatedResource):
    """The Wilson plot of a data collection."""

    @ns.produces(["image/png"])
    @ns.response(200, FILE_RESPONSE)
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, data_collection_id):
        """Get the Wilson plot image of a data collection (bestWilsonPlotPath)."""
        check_params(request.args)
        return send_data_file(data_files.wilson_plot_path(current_user(), data_collection_id))


@ns.route("/<int:data_collection_id>/attachments", endpoint="data_collection_attachments")
class DataCollectionAttachments(AuthenticatedResource):
    """File attachments of a data collection."""

    @ns.doc(params=list_params_doc(DataCollectionFileAttachment))
    @ns.response(200, "Page of attachments", ATTACHMENT_PAGE)
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, data_collection_id):
        """List the file attachments of a data collection (filters: any column; limit, offset, order_by, order)."""
        query = parse_list_query(request.args, DataCollectionFileAttachment)
        return envelope(*data_files.list_data_collection_attachments(current_user(), data_collection_id, query))


@ns.route("/attachments/<int:attachment_id>/download", endpoint="data_collection_attachment_download")
class DataCollectionAttachmentDownload(AuthenticatedResource):
    """Download of one data collection file attachment."""

    @ns.produces(["application/octet-stream"])
    @ns.response(200, FILE_RESPONSE)
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, attachment_id):
        """Download a data collection file attachment (fileFullPath)."""
        check_params(request.args)
        path, name = data_files.data_collection_attachment(current_user(), attachment_id)
        return send_data_file(path, download_name=name, as_attachment=True)
