# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy file routes: crystal snapshots, diffraction thumbnails, plots, processing attachments (J16, J28).

Files are served by :func:`pyispyb.app.files.send_data_file`: ``PATH_MAP`` and ``FILE_ROOTS``
apply, and a file that is not recorded, not present or outside the roots is a 404.
"""

import os
import tempfile
import zipfile

from flask import request, send_file

from pyispyb.app.exceptions import NotFound
from pyispyb.app.files import resolve_data_path, safe_download_name, send_data_file
from pyispyb.legacy.modules import autoproc, files
from pyispyb.legacy.modules.common import parse_ids
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route
from pyispyb.legacy.routes.mx import proposal_or_404

ns = legacy_namespace("Legacy files", "Java-ISPyB images and processing files (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"
FILE_CODES = (400, 401, 403, 404)


@legacy_route(ns, f"{MX}/datacollection/<int:dc_id>/crystalsnaphot/<int:index>/get", "crystal_snapshot",
              codes=FILE_CODES, success="The image")
def crystal_snapshot(user, proposal, dc_id, index):
    """Send crystal snapshot 1 to 4 of a data collection (J28; Java's path spelling)."""
    return send_data_file(files.snapshot_path(user, proposal_or_404(user, proposal), dc_id, index))


@legacy_route(ns, f"{MX}/datacollection/<int:dc_id>/qualityindicatorplot", "quality_indicator_plot",
              codes=FILE_CODES, success="The image")
def quality_indicator_plot(user, proposal, dc_id):
    """Send the image quality indicators plot of a data collection, where the schema records one (J28)."""
    return send_data_file(files.quality_plot_path(user, proposal_or_404(user, proposal), dc_id))


@legacy_route(ns, f"{MX}/image/<int:image_id>/<any(thumbnail, get):kind>", "diffraction_image", codes=FILE_CODES,
              success="The image")
def diffraction_image(user, proposal, image_id, kind):
    """Send the JPEG thumbnail (thumbnail) or JPEG (get) of a diffraction image (J28)."""
    path = files.image_path(user, proposal_or_404(user, proposal), image_id, kind)
    return send_data_file(path, download_name=os.path.basename(path))


@legacy_route(ns, f"{MX}/workflow/step/<int:step_id>/<any(result, image, html):kind>", "workflow_step_file",
              codes=FILE_CODES, success="The file")
def workflow_step_file(user, proposal, step_id, kind):
    """Send a result file of a workflow step (schemas with workflow tables; J28)."""
    return send_data_file(files.workflow_step_path(user, proposal_or_404(user, proposal), step_id, kind))


@legacy_route(ns, f"{MX}/energyscan/energyscanId/<int:scan_id>/jpegchooch", "energy_scan_plot", codes=FILE_CODES,
              success="The image")
def energy_scan_plot(user, proposal, scan_id):
    """Send the CHOOCH plot of an energy scan."""
    return send_data_file(files.energy_scan_path(user, proposal_or_404(user, proposal), scan_id,
                                                 "jpegChoochFileFullPath"))


@legacy_route(ns, f"{MX}/xrfscan/xrfscanId/<int:spectrum_id>/image/jpegScanFileFullPath/get", "xrf_plot",
              codes=FILE_CODES, success="The image")
def xrf_plot(user, proposal, spectrum_id):
    """Send the plot of an XRF spectrum."""
    return send_data_file(files.xrf_path(user, proposal_or_404(user, proposal), spectrum_id,
                                         "jpegScanFileFullPath"))


def _attachment_path(user, proposal, attachment_id):
    found = autoproc.attachment(user, proposal_or_404(user, proposal), attachment_id)
    if found is None:
        raise NotFound(f"AutoProcProgramAttachment {attachment_id} not found")
    return os.path.join(found["filePath"] or "", found["fileName"] or ""), found["fileName"]


@legacy_route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/download",
              "attachment_download", codes=FILE_CODES, success="The file")
def attachment_download(user, proposal, attachment_id):
    """Download an autoprocessing attachment (J16)."""
    path, name = _attachment_path(user, proposal, attachment_id)
    return send_data_file(path, download_name=name, as_attachment=True)


@legacy_route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/get", "attachment_get",
              codes=FILE_CODES, success="The file")
def attachment_get(user, proposal, attachment_id):
    """Show an autoprocessing attachment inline (J16)."""
    path, name = _attachment_path(user, proposal, attachment_id)
    return send_data_file(path, download_name=name)


@legacy_route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/download",
              "attachments_zip", codes=FILE_CODES, success="A zip of the attachments")
def attachments_zip(user, proposal, program_ids):
    """Download the attachments of autoprocessing programs as one zip (J16; ?forceFilename= names it)."""
    ids = parse_ids(program_ids)
    found = autoproc.attachments(user, proposal_or_404(user, proposal), ids)
    entries = {}
    for program, attached in found:
        prefix = f"{program['processingPrograms']}_{program['autoProcProgramId']}"
        for row in attached:
            try:
                real = resolve_data_path(os.path.join(row["filePath"] or "", row["fileName"] or ""))
            except NotFound:
                continue
            name = safe_download_name(row["fileName"])
            entries[f"{safe_download_name(prefix)}/{name}" if len(ids) > 1 else name] = real
    if not entries:
        raise NotFound("none of these programs has an attachment file available")
    archive = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - send_file closes it
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, real in sorted(entries.items()):
            zipped.write(real, name)
    archive.seek(0)
    default = f"{found[0][0]['processingPrograms']}_{found[0][0]['autoProcProgramId']}.zip" if len(ids) == 1 \
        else "download.zip"
    name = safe_download_name(request.args.get("forceFilename") or default, "download.zip")
    return send_file(archive, mimetype="application/zip", as_attachment=True, download_name=name)
