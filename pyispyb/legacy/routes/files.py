# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy file routes: crystal snapshots, diffraction thumbnails, plots, processing attachments (J16, J28).

Files are served by :func:`pyispyb.kernel.files.send_data_file`: ``PATH_MAP`` and ``FILE_ROOTS``
apply, and a file that is not recorded, not present or outside the roots is a 404.
"""

import os
import tempfile
import zipfile

from flask import request, send_file

from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.files import resolve_data_path, safe_download_name, send_data_file
from pyispyb.legacy.services import autoproc, files
from pyispyb.legacy.services.common import parse_ids
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route

ns = legacy_namespace("Legacy files", "Java-ISPyB images and processing files (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"
#: Files: session data; an unknown proposal is a 404.
FILE = {"codes": (400, 401, 403, 404), "proposal": "session", "unknown": None}


@legacy_route(ns, f"{MX}/datacollection/<int:dc_id>/crystalsnaphot/<int:index>/get", "crystal_snapshot",
              success="The image", **FILE)
def crystal_snapshot(user, proposal_id, dc_id, index):
    """Send crystal snapshot 1 to 4 of a data collection (J28; Java's path spelling)."""
    return send_data_file(files.snapshot_path(user, proposal_id, dc_id, index))


@legacy_route(ns, f"{MX}/datacollection/<int:dc_id>/qualityindicatorplot", "quality_indicator_plot",
              success="The image", **FILE)
def quality_indicator_plot(user, proposal_id, dc_id):
    """Send the image quality indicators plot of a data collection, where the schema records one (J28)."""
    return send_data_file(files.quality_plot_path(user, proposal_id, dc_id))


@legacy_route(ns, f"{MX}/image/<int:image_id>/<kind>", "diffraction_image", success="The image",
              choices={"kind": files.IMAGE_FILES}, **FILE)
def diffraction_image(user, proposal_id, image_id, kind):
    """Send the JPEG thumbnail (thumbnail) or JPEG (get) of a diffraction image (J28)."""
    path = files.image_path(user, proposal_id, image_id, kind)
    return send_data_file(path, download_name=os.path.basename(path))


@legacy_route(ns, f"{MX}/workflow/step/<int:step_id>/<kind>", "workflow_step_file", success="The file",
              choices={"kind": files.WORKFLOW_STEP_FILES}, **FILE)
def workflow_step_file(user, proposal_id, step_id, kind):
    """Send a result file of a workflow step (schemas with workflow tables; J28)."""
    return send_data_file(files.workflow_step_path(user, proposal_id, step_id, kind))


@legacy_route(ns, f"{MX}/energyscan/energyscanId/<int:scan_id>/jpegchooch", "energy_scan_plot",
              success="The image", **FILE)
def energy_scan_plot(user, proposal_id, scan_id):
    """Send the CHOOCH plot of an energy scan."""
    return send_data_file(files.energy_scan_path(user, proposal_id, scan_id, "jpegChoochFileFullPath"))


@legacy_route(ns, f"{MX}/xrfscan/xrfscanId/<int:spectrum_id>/image/jpegScanFileFullPath/get", "xrf_plot",
              success="The image", **FILE)
def xrf_plot(user, proposal_id, spectrum_id):
    """Send the plot of an XRF spectrum."""
    return send_data_file(files.xrf_path(user, proposal_id, spectrum_id, "jpegScanFileFullPath"))


def _attachment_path(user, proposal_id, attachment_id):
    found = autoproc.attachment(user, proposal_id, attachment_id)
    if found is None:
        raise NotFound(f"AutoProcProgramAttachment {attachment_id} not found")
    return os.path.join(found["filePath"] or "", found["fileName"] or ""), found["fileName"]


@legacy_route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/download",
              "attachment_download", success="The file", **FILE)
def attachment_download(user, proposal_id, attachment_id):
    """Download an autoprocessing attachment (J16)."""
    path, name = _attachment_path(user, proposal_id, attachment_id)
    return send_data_file(path, download_name=name, as_attachment=True)


@legacy_route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/get", "attachment_get",
              success="The file", **FILE)
def attachment_get(user, proposal_id, attachment_id):
    """Show an autoprocessing attachment inline (J16)."""
    path, name = _attachment_path(user, proposal_id, attachment_id)
    return send_data_file(path, download_name=name)


@legacy_route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/download",
              "attachments_zip", success="A zip of the attachments", **FILE)
def attachments_zip(user, proposal_id, program_ids):
    """Download the attachments of autoprocessing programs as one zip (J16; ?forceFilename= names it)."""
    ids = parse_ids(program_ids)
    found = autoproc.attachments(user, proposal_id, ids)
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
