# SPDX-License-Identifier: LGPL-3.0-or-later
"""Files of data collections: crystal snapshots, Wilson plot, file attachments (``/data_collections``)."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.listing import page_body, list_params_doc, parse_list_query
from pyispyb.kernel.http.params import check_params, flag_param
from pyispyb.kernel.http.swagger import document_model, envelope_model, restx_model_from_schema
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


@route(ns, "/<int:data_collection_id>/snapshot/<int:snapshot_index>", answer=FILE_RESPONSE,
       errors=(400, 401, 403, 404), produces=["image/png", "image/jpeg"],
       params={"thumbnail": {"in": "query", "type": "boolean",
                             "description": "a small version (at most 256 px): the beamline's own "
                                            "<name>_t file when present, else made by the server"}})
def data_collection_snapshot(user, data_collection_id, snapshot_index):
    """Get crystal snapshot 1 to 4 of a data collection (xtalSnapshotFullPath1..4)."""
    check_params(request.args, ("thumbnail",))
    thumbnail = flag_param(request.args, "thumbnail")
    return send_snapshot(data_files.snapshot_path(user, data_collection_id, snapshot_index), thumbnail)


@route(ns, "/<int:data_collection_id>/wilson_plot", answer=FILE_RESPONSE, errors=(400, 401, 403, 404),
       produces=["image/png"])
def data_collection_wilson_plot(user, data_collection_id):
    """Get the Wilson plot image of a data collection (bestWilsonPlotPath)."""
    check_params(request.args)
    return send_data_file(data_files.wilson_plot_path(user, data_collection_id))


@route(ns, "/<int:data_collection_id>/attachments", answer="Page of attachments", model=ATTACHMENT_PAGE,
       errors=(400, 401, 403, 404), params=list_params_doc(DataCollectionFileAttachment))
def data_collection_attachments(user, data_collection_id):
    """List the file attachments of a data collection (filters: any column; limit, offset, order_by, order)."""
    query = parse_list_query(request.args, DataCollectionFileAttachment)
    return page_body(*data_files.list_data_collection_attachments(user, data_collection_id, query))


@route(ns, "/attachments/<int:attachment_id>/download", answer=FILE_RESPONSE, errors=(400, 401, 403, 404),
       produces=["application/octet-stream"])
def data_collection_attachment_download(user, attachment_id):
    """Download a data collection file attachment (fileFullPath)."""
    check_params(request.args)
    path, name = data_files.data_collection_attachment(user, attachment_id)
    return send_data_file(path, download_name=name, as_attachment=True)
