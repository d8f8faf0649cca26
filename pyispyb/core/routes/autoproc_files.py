# SPDX-License-Identifier: LGPL-3.0-or-later
"""Downloads of processing attachments: one file, or a streamed ZIP of a program's files (``/autoproc``)."""

from flask import Response, request
from flask_restx import Namespace

from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.http.params import check_params
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.kernel.files import resolve_data_path, safe_download_name, send_data_file
from pyispyb.kernel.files.zip_stream import zip_chunks
from pyispyb.core.services import data_files

ns = Namespace("Processing files", description="Downloads of processing program attachments", path="/autoproc")

FILE_RESPONSE = "The file (supports Range, If-None-Match and If-Modified-Since)"


def zip_members(attachments):
    """Resolve each attachment now (the request context ends before the ZIP is streamed)."""
    members = []
    for row in attachments:
        name = safe_download_name(row["fileName"], fallback=f"attachment_{row['autoProcProgramAttachmentId']}")
        try:
            members.append((name, resolve_data_path(row["path"]), None))
        except NotFound as exc:
            members.append((name, None, exc.message))
    return members


@ns.route("/programs/attachments/<int:attachment_id>/download", endpoint="autoproc_attachment_download")
class ProcessingAttachmentDownload(AuthenticatedResource):
    """Download of one processing attachment."""

    @ns.produces(["application/octet-stream"])
    @ns.response(200, FILE_RESPONSE)
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, attachment_id):
        """Download one processing program attachment (filePath/fileName)."""
        check_params(request.args)
        path, name = data_files.program_attachment(current_user(), attachment_id)
        return send_data_file(path, download_name=name, as_attachment=True)


@ns.route("/programs/<int:program_id>/attachments/download", endpoint="autoproc_attachments_zip")
class ProcessingAttachmentsZip(AuthenticatedResource):
    """ZIP of every attachment of a processing program."""

    @ns.produces(["application/zip"])
    @ns.response(200, "ZIP archive, streamed; files that cannot be read are listed in MISSING.txt")
    @document_errors(ns, (400, 401, 403, 404))
    def get(self, program_id):
        """Download every attachment of a processing program as one ZIP archive, streamed."""
        check_params(request.args)
        members = zip_members(data_files.program_attachments(current_user(), program_id))
        response = Response(zip_chunks(members), mimetype="application/zip")
        response.headers.set("Content-Disposition", "attachment",
                             filename=f"autoproc_program_{program_id}_attachments.zip")
        response.headers["Cache-Control"] = "no-store"
        return response
