# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy file routes: crystal snapshots, diffraction thumbnails, plots, processing attachments (J16, J28).

Files are served by :func:`pyispyb.kernel.files.send_data_file`: ``PATH_MAP`` and ``FILE_ROOTS``
apply, and a file that is not recorded, not present or outside the roots is a 404.
"""

import os
import tempfile
import zipfile

from flask import request, send_file

from pyispyb.kernel.http.routing import PATH_TOKEN, route
from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.files import resolve_data_path, safe_download_name, send_data_file
from pyispyb.legacy.services import autoproc, files
from pyispyb.legacy.services.common import parse_ids
from pyispyb.legacy.routes.base import PATH_PARAMS, check_choice, choice_param, legacy_namespace, proposal_id_of

ns = legacy_namespace("Legacy files", "Java-ISPyB images and processing files (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"


@route(ns, f"{MX}/datacollection/<int:dc_id>/crystalsnaphot/<int:index>/get", answer="The image",
       errors=(400, 401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_crystal_snapshot(user, proposal, dc_id, index):
    """Send crystal snapshot 1 to 4 of a data collection (J28; Java's path spelling)."""
    proposal_id = proposal_id_of(user, proposal, "session")
    return send_data_file(files.snapshot_path(user, proposal_id, dc_id, index))


@route(ns, f"{MX}/datacollection/<int:dc_id>/qualityindicatorplot", answer="The image", errors=(400, 401, 403, 404),
       params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_quality_indicator_plot(user, proposal, dc_id):
    """Send the image quality indicators plot of a data collection, where the schema records one (J28)."""
    proposal_id = proposal_id_of(user, proposal, "session")
    return send_data_file(files.quality_plot_path(user, proposal_id, dc_id))


@route(ns, f"{MX}/image/<int:image_id>/<kind>", answer="The image", errors=(400, 401, 403, 404),
       params={**PATH_PARAMS, "kind": choice_param("kind", files.IMAGE_FILES)}, auth=PATH_TOKEN)
def legacy_diffraction_image(user, proposal, image_id, kind):
    """Send the JPEG thumbnail (thumbnail) or JPEG (get) of a diffraction image (J28)."""
    check_choice("kind", kind, files.IMAGE_FILES)
    proposal_id = proposal_id_of(user, proposal, "session")
    path = files.image_path(user, proposal_id, image_id, kind)
    return send_data_file(path, download_name=os.path.basename(path))


@route(ns, f"{MX}/workflow/step/<int:step_id>/<kind>", answer="The file", errors=(400, 401, 403, 404),
       params={**PATH_PARAMS, "kind": choice_param("kind", files.WORKFLOW_STEP_FILES)}, auth=PATH_TOKEN)
def legacy_workflow_step_file(user, proposal, step_id, kind):
    """Send a result file of a workflow step (schemas with workflow tables; J28)."""
    check_choice("kind", kind, files.WORKFLOW_STEP_FILES)
    proposal_id = proposal_id_of(user, proposal, "session")
    return send_data_file(files.workflow_step_path(user, proposal_id, step_id, kind))


@route(ns, f"{MX}/energyscan/energyscanId/<int:scan_id>/jpegchooch", answer="The image", errors=(400, 401, 403, 404),
       params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_energy_scan_plot(user, proposal, scan_id):
    """Send the CHOOCH plot of an energy scan."""
    proposal_id = proposal_id_of(user, proposal, "session")
    return send_data_file(files.energy_scan_path(user, proposal_id, scan_id, "jpegChoochFileFullPath"))


@route(ns, f"{MX}/xrfscan/xrfscanId/<int:spectrum_id>/image/jpegScanFileFullPath/get", answer="The image",
       errors=(400, 401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_xrf_plot(user, proposal, spectrum_id):
    """Send the plot of an XRF spectrum."""
    proposal_id = proposal_id_of(user, proposal, "session")
    return send_data_file(files.xrf_path(user, proposal_id, spectrum_id, "jpegScanFileFullPath"))


def _attachment_path(user, proposal_id, attachment_id):
    found = autoproc.attachment(user, proposal_id, attachment_id)
    if found is None:
        raise NotFound(f"AutoProcProgramAttachment {attachment_id} not found")
    return os.path.join(found["filePath"] or "", found["fileName"] or ""), found["fileName"]


@route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/download", answer="The file",
       errors=(400, 401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_attachment_download(user, proposal, attachment_id):
    """Download an autoprocessing attachment (J16)."""
    proposal_id = proposal_id_of(user, proposal, "session")
    path, name = _attachment_path(user, proposal_id, attachment_id)
    return send_data_file(path, download_name=name, as_attachment=True)


@route(ns, f"{MX}/autoprocintegration/autoprocattachmentid/<int:attachment_id>/get", answer="The file",
       errors=(400, 401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_attachment_get(user, proposal, attachment_id):
    """Show an autoprocessing attachment inline (J16)."""
    proposal_id = proposal_id_of(user, proposal, "session")
    path, name = _attachment_path(user, proposal_id, attachment_id)
    return send_data_file(path, download_name=name)


@route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/download",
       answer="A zip of the attachments", errors=(400, 401, 403, 404), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_attachments_zip(user, proposal, program_ids):
    """Download the attachments of autoprocessing programs as one zip (J16; ?forceFilename= names it)."""
    proposal_id = proposal_id_of(user, proposal, "session")
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
