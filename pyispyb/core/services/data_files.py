# SPDX-License-Identifier: LGPL-3.0-or-later
"""Files of data collections and processing programs: which file a request names, if the caller may see it.

These functions read the database and return paths as the database records them; serving
them (path map, roots, ranges) is :mod:`pyispyb.kernel.files`'s job.
"""

import posixpath

from sqlalchemy import select

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.data import require_tables
from pyispyb.kernel.data.queries import column_or_null, fetch_dicts, list_page
from pyispyb.models import AutoProcProgram, AutoProcProgramAttachment, DataCollection, DataCollectionFileAttachment

SNAPSHOT_INDEXES = (1, 2, 3, 4)


def _data_collection_path(user, data_collection_id, column_name, what):
    row = access.fetch_visible(user, DataCollection, [DataCollection.dataCollectionId == data_collection_id],
                               [column_or_null(DataCollection, column_name, "path")])
    if not row["path"]:
        raise NotFound(f"data collection {data_collection_id} has no {what}")
    return row["path"]


def snapshot_path(user, data_collection_id, index):
    """Return the recorded path of crystal snapshot ``index`` (1 to 4) of a data collection."""
    if index not in SNAPSHOT_INDEXES:
        raise NotFound(f"snapshot {index} does not exist: snapshots are numbered 1 to 4")
    return _data_collection_path(user, data_collection_id, f"xtalSnapshotFullPath{index}", f"snapshot {index}")


def wilson_plot_path(user, data_collection_id):
    """Return the recorded path of a data collection's Wilson plot (``bestWilsonPlotPath``)."""
    return _data_collection_path(user, data_collection_id, "bestWilsonPlotPath", "Wilson plot")


def list_data_collection_attachments(user, data_collection_id, query):
    """Return ``(total, rows)``: a page of the file attachments of a data collection the user may see."""
    require_tables(DataCollectionFileAttachment)
    access.ensure_visible(user, DataCollection, DataCollection.dataCollectionId, data_collection_id)
    return list_page(DataCollectionFileAttachment, query,
                     [DataCollectionFileAttachment.dataCollectionId == data_collection_id])


def data_collection_attachment(user, attachment_id):
    """Return ``(recorded path, download name)`` of a data collection file attachment."""
    model = DataCollectionFileAttachment
    row = access.fetch_visible(user, model, [model.dataCollectionFileAttachmentId == attachment_id],
                               [model.fileFullPath])
    if not row["fileFullPath"]:
        raise NotFound(f"data collection attachment {attachment_id} records no file")
    return row["fileFullPath"], posixpath.basename(row["fileFullPath"])


def _attachment_file(row):
    """Return the recorded path of a processing attachment (``filePath`` + ``fileName``), or None."""
    if not row["fileName"] or not row["filePath"]:
        return None
    return posixpath.join(row["filePath"], row["fileName"])


def program_attachment(user, attachment_id):
    """Return ``(recorded path, download name)`` of a processing program attachment."""
    model = AutoProcProgramAttachment
    row = access.fetch_visible(user, model, [model.autoProcProgramAttachmentId == attachment_id],
                               [model.filePath, model.fileName, column_or_null(model, "deleted")])
    if row["deleted"]:
        raise NotFound(f"processing attachment {attachment_id} was deleted")
    path = _attachment_file(row)
    if path is None:
        raise NotFound(f"processing attachment {attachment_id} records no file")
    return path, row["fileName"]


def program_attachments(user, program_id):
    """Return the attachments (not deleted) of a processing program the user may see, in id order.

    Each row has ``autoProcProgramAttachmentId``, ``fileName``, ``fileType`` and ``path`` (None
    when the row records no file). Raises :class:`NotFound` when the program has none.
    """
    require_tables(AutoProcProgramAttachment)
    access.ensure_visible(user, AutoProcProgram, AutoProcProgram.autoProcProgramId, program_id)
    model = AutoProcProgramAttachment
    stmt = (select(model.autoProcProgramAttachmentId, model.fileName, model.filePath, model.fileType,
                   column_or_null(model, "deleted"))
            .where(model.autoProcProgramId == program_id).order_by(model.autoProcProgramAttachmentId))
    rows = [row for row in fetch_dicts(stmt) if not row["deleted"]]
    if not rows:
        raise NotFound(f"processing program {program_id} has no attachments")
    for row in rows:
        row["path"] = _attachment_file(row)
    return rows

