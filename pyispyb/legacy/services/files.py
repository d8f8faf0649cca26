# SPDX-License-Identifier: LGPL-3.0-or-later
"""Which file a legacy image route serves: the path recorded in the database, ownership checked.

Each look-up is one query returning the path, the owning proposal and whether the caller
may see it; the route then serves the file with :func:`pyispyb.kernel.files.send_data_file`.
"""

from sqlalchemy import select

from pyispyb.kernel.access import visible_flag
from pyispyb.kernel.exceptions import BadRequest, Forbidden, NotFound
from pyispyb.kernel.data.queries import fetch_dicts
from pyispyb import models as m
from pyispyb.legacy.services.common import site_expr, site_table

DC, DCG, SESSION = m.DataCollection, m.DataCollectionGroup, m.BLSession

IMAGE_FILES = {"thumbnail": "jpegThumbnailFileFullPath", "get": "jpegFileFullPath"}
WORKFLOW_STEP_FILES = {"result": "resultFilePath", "image": "imageResultFilePath", "html": "htmlResultFilePath"}


def _owned_path(user, owner, source, where, path, proposal_id, label):
    """Return ``path`` of the row matching ``where``; 404 if absent or in another proposal, 403 if not the user's."""
    if path is None:
        raise NotFound(f"no file of this kind is recorded on this database schema ({label})")
    mine = visible_flag(user, owner)
    rows = fetch_dicts(select(path.label("path"), SESSION.proposalId, mine.label("mine"))
                       .select_from(source).where(*where).limit(1))
    if not rows or rows[0]["proposalId"] != proposal_id:
        raise NotFound(f"{label} not found in proposal {proposal_id}")
    if not rows[0]["mine"]:
        raise Forbidden(f"{user.describe()} may not access {label}")
    return rows[0]["path"]


def _collections():
    return (DC.__table__.join(DCG, DCG.dataCollectionGroupId == DC.dataCollectionGroupId)
            .join(SESSION, SESSION.sessionId == DCG.sessionId))


def snapshot_path(user, proposal_id, dc_id, index):
    """Return the crystal snapshot ``index`` (1 to 4) of a data collection."""
    if index not in (1, 2, 3, 4):
        raise BadRequest("the snapshot number must be 1, 2, 3 or 4")
    return _owned_path(user, DCG, _collections(), [DC.dataCollectionId == dc_id],
                       DC.__table__.columns[f"xtalSnapshotFullPath{index}"], proposal_id, f"DataCollection {dc_id}")


def quality_plot_path(user, proposal_id, dc_id):
    """Return the image quality indicators plot of a data collection (on schemas that record one)."""
    return _owned_path(user, DCG, _collections(), [DC.dataCollectionId == dc_id],
                       site_expr("DataCollection", "imageQualityIndicatorsPlotPath"), proposal_id,
                       f"DataCollection {dc_id}")


def image_path(user, proposal_id, image_id, kind):
    """Return the JPEG (``get``) or thumbnail (``thumbnail``) of a diffraction image."""
    source = m.Image.__table__.join(_collections(), DC.dataCollectionId == m.Image.dataCollectionId)
    return _owned_path(user, DCG, source, [m.Image.imageId == image_id],
                       m.Image.__table__.columns[IMAGE_FILES[kind]], proposal_id, f"Image {image_id}")


def energy_scan_path(user, proposal_id, scan_id, column):
    """Return a file of an energy scan (``jpegChoochFileFullPath``, ``choochFileFullPath``, ...)."""
    scan = m.EnergyScan
    source = scan.__table__.join(SESSION, SESSION.sessionId == scan.sessionId)
    return _owned_path(user, scan, source, [scan.energyScanId == scan_id], scan.__table__.columns[column],
                       proposal_id, f"EnergyScan {scan_id}")


def xrf_path(user, proposal_id, spectrum_id, column):
    """Return a file of an XRF spectrum (``jpegScanFileFullPath``, ``scanFileFullPath``, ...)."""
    spectrum = m.XFEFluorescenceSpectrum
    source = spectrum.__table__.join(SESSION, SESSION.sessionId == spectrum.sessionId)
    return _owned_path(user, spectrum, source, [spectrum.xfeFluorescenceSpectrumId == spectrum_id],
                       spectrum.__table__.columns[column], proposal_id, f"XFEFluorescenceSpectrum {spectrum_id}")


def workflow_step_path(user, proposal_id, step_id, kind):
    """Return a result file of a workflow step (schemas with ``WorkflowStep`` tables only)."""
    steps = site_table("WorkflowStep")
    group_workflow = site_expr("DataCollectionGroup", "workflowId")
    label = f"WorkflowStep {step_id}"
    if steps is None or group_workflow is None or WORKFLOW_STEP_FILES[kind] not in steps.c:
        raise NotFound(f"{label} not found: this database schema has no workflow steps")
    source = (steps.join(DCG.__table__, group_workflow == steps.c.workflowId)
              .join(SESSION, SESSION.sessionId == DCG.sessionId))
    return _owned_path(user, DCG, source, [steps.c.workflowStepId == step_id], steps.c[WORKFLOW_STEP_FILES[kind]],
                       proposal_id, label)
