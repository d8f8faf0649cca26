# SPDX-License-Identifier: LGPL-3.0-or-later
"""The PDB model of a crystal: download, upload, detach (``/samples/crystals/{crystal_id}/pdb``)."""

from flask import current_app, request
from flask_restx import Namespace, reqparse
from werkzeug.datastructures import FileStorage

from pyispyb.kernel.exceptions import PayloadTooLarge, ValidationFailed
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.params import check_params
from pyispyb.kernel.files import send_data_file, send_local_file
from pyispyb.core.services import crystal_pdb as crystal_pdb_service
from pyispyb.core.services import pdb_files

ns = Namespace("Crystal PDB files", description="PDB models of crystals", path="/samples/crystals")

UPLOAD = reqparse.RequestParser()
UPLOAD.add_argument("file", location="files", type=FileStorage, required=True,
                    help="a .pdb or .cif file (at most MAX_UPLOAD_SIZE bytes)")
MULTIPART_OVERHEAD = 64 * 1024
PDB_HEADERS = {
    "X-PDB-Source": {"type": "string", "description": "file (the crystal's file) or rcsb (the PDB entry it names)"},
    "X-PDB-Entry": {"type": "string", "description": "the PDB code, when the model is a PDB entry"},
    "X-PDB-Cache": {"type": "string", "description": "hit or miss: whether the PDB entry was already cached"},
}


def send_pdb(source):
    """Send a crystal's model: its file (under FILE_ROOTS or its own upload folder), or the cached PDB entry."""
    mimetype = pdb_files.MIMETYPES.get(source.name.rpartition(".")[2].lower())
    if source.path:
        response = send_data_file(source.path, download_name=source.name, as_attachment=True, mimetype=mimetype,
                                  own_folders=[str(source.upload_folder)] if source.upload_folder else ())
        response.headers["X-PDB-Source"] = "file"
        return response
    path, cached = pdb_files.cached_entry(source.code, source.fmt)
    response = send_local_file(path, download_name=source.name, as_attachment=True, mimetype=mimetype)
    response.headers["X-PDB-Source"] = "rcsb"
    response.headers["X-PDB-Entry"] = source.code
    response.headers["X-PDB-Cache"] = "hit" if cached else "miss"
    return response


def uploaded_file():
    """Return the ``file`` part of a multipart request, refusing bodies over MAX_UPLOAD_SIZE early."""
    limit = current_app.config["MAX_UPLOAD_SIZE"]
    if (request.content_length or 0) > limit + MULTIPART_OVERHEAD:
        raise PayloadTooLarge(f"the upload is larger than {limit} bytes")
    try:
        request.max_content_length = limit + MULTIPART_OVERHEAD  # also bounds chunked bodies (Flask 3.1+)
    except AttributeError:
        pass  # Flask 3.0: the declared length was checked above, the copy counts the bytes
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ValidationFailed("send the model as the multipart field 'file'",
                               errors={"file": ["Missing data for required field."]})
    return upload


@route(ns, "/<int:crystal_id>/pdb", answer="The model file (supports Range and conditional requests)",
       headers=PDB_HEADERS, errors=(400, 401, 403, 404, 503), produces=["chemical/x-pdb", "chemical/x-mmcif"])
def crystal_pdb(user, crystal_id):
    """Download the crystal's PDB model, or the RCSB entry its pdbFileName names."""
    check_params(request.args)
    return send_pdb(crystal_pdb_service.crystal_pdb_source(user, crystal_id))


def upload_pdb(user, crystal_id):
    """Store the uploaded model of a crystal; answer the crystal."""
    check_params(request.args)
    crystal_pdb_service.check_pdb_writable(user, crystal_id)
    upload = uploaded_file()
    return crystal_pdb_service.store_pdb_file(user, crystal_id, upload.stream, upload.filename)


@route(ns, "/<int:crystal_id>/pdb", "PUT", answer="The crystal, pointing to its new file", body=UPLOAD,
       errors=(400, 401, 403, 404, 413, 422))
def replace_crystal_pdb(user, crystal_id):
    """Upload the crystal's PDB model (.pdb or .cif, multipart field 'file'), replacing any former one."""
    return upload_pdb(user, crystal_id)


@route(ns, "/<int:crystal_id>/pdb", "PATCH", answer="The crystal, pointing to its new file", body=UPLOAD,
       errors=(400, 401, 403, 404, 413, 422))
def patch_crystal_pdb(user, crystal_id):
    """Upload the crystal's PDB model (same as PUT)."""
    return upload_pdb(user, crystal_id)


@route(ns, "/<int:crystal_id>/pdb", "DELETE", answer="Detached", status=204, errors=(401, 403, 404))
def detach_crystal_pdb(user, crystal_id):
    """Detach the crystal's PDB model (a file uploaded to this server is deleted)."""
    crystal_pdb_service.detach_pdb_file(user, crystal_id)
