# SPDX-License-Identifier: LGPL-3.0-or-later
"""The PDB model of a crystal: download, upload, detach (``/samples/crystals/{crystal_id}/pdb``)."""

from flask import current_app, request
from flask_restx import Namespace, reqparse
from werkzeug.datastructures import FileStorage

from pyispyb.kernel.exceptions import PayloadTooLarge, ValidationFailed
from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.params import check_params
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import send_data_file, send_local_file
from pyispyb.core.services import crystal_pdb, pdb_files

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


@ns.route("/<int:crystal_id>/pdb", endpoint="crystal_pdb")
class CrystalPdb(AuthenticatedResource):
    """The PDB model of a crystal."""

    @ns.produces(["chemical/x-pdb", "chemical/x-mmcif"])
    @ns.response(200, "The model file (supports Range and conditional requests)", headers=PDB_HEADERS)
    @document_errors(ns, (400, 401, 403, 404, 503))
    def get(self, crystal_id):
        """Download the crystal's PDB model, or the RCSB entry its pdbFileName names."""
        check_params(request.args)
        return send_pdb(crystal_pdb.crystal_pdb_source(current_user(), crystal_id))

    def _upload(self, crystal_id):
        check_params(request.args)
        user = current_user()
        crystal_pdb.check_pdb_writable(user, crystal_id)
        upload = uploaded_file()
        return crystal_pdb.store_pdb_file(user, crystal_id, upload.stream, upload.filename)

    @ns.expect(UPLOAD)
    @ns.response(200, "The crystal, pointing to its new file")
    @document_errors(ns, (400, 401, 403, 404, 413, 422))
    def put(self, crystal_id):
        """Upload the crystal's PDB model (.pdb or .cif, multipart field 'file'), replacing any former one."""
        return self._upload(crystal_id)

    @ns.expect(UPLOAD)
    @ns.response(200, "The crystal, pointing to its new file")
    @document_errors(ns, (400, 401, 403, 404, 413, 422))
    def patch(self, crystal_id):
        """Upload the crystal's PDB model (same as PUT)."""
        return self._upload(crystal_id)

    @ns.response(204, "Detached")
    @document_errors(ns, (401, 403, 404))
    def delete(self, crystal_id):
        """Detach the crystal's PDB model (a file uploaded to this server is deleted)."""
        crystal_pdb.detach_pdb_file(current_user(), crystal_id)
        return "", 204
