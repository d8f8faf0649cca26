# SPDX-License-Identifier: LGPL-3.0-or-later
"""Downloads of processing attachments: one file, or a streamed ZIP of a program's files (``/autoproc``)."""

from flask import Response, request
from flask_restx import Namespace

from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.params import check_params
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


@route(ns, "/programs/attachments/<int:attachment_id>/download", answer=FILE_RESPONSE, errors=(400, 401, 403, 404),
       produces=["application/octet-stream"])
def autoproc_attachment_download(user, attachment_id):
    """Download one processing program attachment (filePath/fileName)."""
    check_params(request.args)
    path, name = data_files.program_attachment(user, attachment_id)
    return send_data_file(path, download_name=name, as_attachment=True)


@route(ns, "/programs/<int:program_id>/attachments/download",
       answer="ZIP archive, streamed; files that cannot be read are listed in MISSING.txt",
       errors=(400, 401, 403, 404), produces=["application/zip"])
def autoproc_attachments_zip(user, program_id):
    """Download every attachment of a processing program as one ZIP archive, streamed."""
    check_params(request.args)
    members = zip_members(data_files.program_attachments(user, program_id))
    response = Response(zip_chunks(members), mimetype="application/zip")
    response.headers.set("Content-Disposition", "attachment", filename=f"autoproc_program_{program_id}_attachments.zip")
    response.headers["Cache-Control"] = "no-store"
    return response
