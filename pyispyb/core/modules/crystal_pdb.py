# SPDX-License-Identifier: LGPL-3.0-or-later
"""The PDB model of a crystal: which file it names, uploading one, detaching it.

A crystal names its model in ``Crystal.pdbFilePath`` (folder) and ``Crystal.pdbFileName``. When
``pdbFilePath`` is empty and ``pdbFileName`` is a 4-character PDB code (``1abc``, optionally with
``.pdb`` or ``.cif``), the model is the PDB entry of that code. Uploads are stored under
``UPLOAD_FOLDER/<proposal>/`` with a sanitised, unique name.
"""

import logging
import os
import posixpath
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from sqlalchemy import update
from werkzeug.utils import secure_filename

from pyispyb.app import access
from pyispyb.app.exceptions import NotFound, PayloadTooLarge, ValidationFailed
from pyispyb.app.extensions.auth.permissions import WRITE_SAMPLES
from pyispyb.app.extensions.db import transaction
from pyispyb.app.extensions.db.queries import get_row, require_columns
from pyispyb.app.files import server_folder
from pyispyb.app.owned_rows import visible_row
from pyispyb.core.models import Crystal, Proposal, Protein
from pyispyb.core.modules.pdb_files import FORMATS, SNIFF_BYTES, pdb_code, sniff_format

log = logging.getLogger(__name__)

COPY_CHUNK = 256 * 1024
PDB_COLUMNS = ("pdbFilePath", "pdbFileName")


@dataclass
class PdbSource:
    """Where a crystal's model comes from: a file (``path``) or a PDB entry (``code``, ``fmt``)."""

    name: str
    path: str = None
    code: str = None
    fmt: str = None


def upload_root():
    """Return the folder uploads are stored under (``UPLOAD_FOLDER``, default ``TEMP_FOLDER/upload``)."""
    return server_folder("upload", current_app.config.get("UPLOAD_FOLDER"))


def _crystal(user, crystal_id, with_proposal=False):
    require_columns(Crystal, PDB_COLUMNS)
    columns = [Crystal.pdbFilePath, Crystal.pdbFileName]
    joins = ()
    if with_proposal:
        columns += [Protein.proposalId, Proposal.proposalCode, Proposal.proposalNumber]
        joins = ((Protein.__table__, Protein.proteinId == Crystal.proteinId),
                 (Proposal.__table__, Proposal.proposalId == Protein.proposalId))
    return visible_row(user, Crystal, Crystal.crystalId, crystal_id, columns, joins=joins)


def crystal_pdb_source(user, crystal_id):
    """Return the :class:`PdbSource` of a crystal the user may see; 404 when it names no model."""
    row = _crystal(user, crystal_id)
    folder, name = row["pdbFilePath"], row["pdbFileName"]
    if folder:
        if name and not folder.rstrip("/").endswith("/" + name):
            return PdbSource(name=name, path=posixpath.join(folder, name))
        return PdbSource(name=posixpath.basename(folder.rstrip("/")), path=folder)
    code = pdb_code(name)
    if code is not None:
        return PdbSource(name=f"{code[0]}.{code[1]}", code=code[0], fmt=code[1])
    if name:
        raise NotFound(f"crystal {crystal_id} names the PDB file {name} without its folder, and it is not a PDB code")
    raise NotFound(f"crystal {crystal_id} has no PDB file or PDB code")


def _checked_extension(file_name):
    extension = os.path.splitext(file_name or "")[1].lower().lstrip(".")
    if extension not in FORMATS:
        raise ValidationFailed("the file must be a .pdb or .cif file", errors={"file": ["Not a .pdb or .cif file."]})
    return extension


def _stored_name(crystal_id, file_name, extension):
    stem = secure_filename(os.path.splitext(os.path.basename(file_name.replace("\\", "/")))[0])[:80] or "model"
    return f"crystal{crystal_id}_{uuid.uuid4().hex[:12]}_{stem}.{extension}"


def _proposal_folder(row):
    name = secure_filename(f"{row['proposalCode'] or ''}{row['proposalNumber'] or ''}")
    folder = upload_root() / (name or f"proposal{row['proposalId']}")
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _write_upload(stream, folder, extension, max_size):
    """Copy the upload to a temporary file of ``folder`` after checking its content; return its path."""
    head = stream.read(SNIFF_BYTES)
    if sniff_format(head) != extension:
        kind = "mmCIF" if extension == "cif" else "PDB"
        raise ValidationFailed(f"the file does not look like a {kind} file",
                               errors={"file": [f"Content is not {kind} text."]})
    handle, partial = tempfile.mkstemp(dir=folder, suffix=".part")
    size = len(head)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(head)
            while chunk := stream.read(COPY_CHUNK):
                size += len(chunk)
                if size > max_size:
                    raise PayloadTooLarge(f"the file is larger than {max_size} bytes")
                out.write(chunk)
        if size > max_size:
            raise PayloadTooLarge(f"the file is larger than {max_size} bytes")
    except BaseException:
        os.unlink(partial)
        raise
    return Path(partial)


def store_pdb_file(user, crystal_id, stream, file_name):
    """Store an uploaded ``.pdb``/``.cif`` file and point the crystal to it, all or nothing; return the crystal."""
    row = _crystal(user, crystal_id, with_proposal=True)
    access.check_write_permission(user, WRITE_SAMPLES)
    extension = _checked_extension(file_name)
    folder = _proposal_folder(row)
    partial = _write_upload(stream, folder, extension, current_app.config["MAX_UPLOAD_SIZE"])
    target = folder / _stored_name(crystal_id, file_name, extension)
    os.replace(partial, target)
    try:
        with transaction() as session:
            session.execute(update(Crystal.__table__).where(Crystal.crystalId == crystal_id)
                            .values(pdbFilePath=str(folder), pdbFileName=target.name))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    log.info("crystal %s: stored PDB file %s for %s", crystal_id, target, user.username)
    _discard_upload(row)
    return get_row(Crystal, [Crystal.crystalId == crystal_id])


def detach_pdb_file(user, crystal_id):
    """Clear the crystal's PDB file or code; a file this server stored is deleted."""
    row = _crystal(user, crystal_id)
    access.check_write_permission(user, WRITE_SAMPLES)
    with transaction() as session:
        session.execute(update(Crystal.__table__).where(Crystal.crystalId == crystal_id)
                        .values(pdbFilePath=None, pdbFileName=None))
    _discard_upload(row)


def _discard_upload(row):
    """Delete a crystal's former file when it is one this server stored (under the upload folder)."""
    if not row["pdbFilePath"] or not row["pdbFileName"]:
        return
    path = Path(os.path.realpath(posixpath.join(row["pdbFilePath"], row["pdbFileName"])))
    if Path(os.path.realpath(upload_root())) in path.parents and path.is_file():
        path.unlink()
        log.info("deleted former PDB file %s", path)


def check_pdb_writable(user, crystal_id):
    """Raise 404/403 unless the user may change the crystal's PDB file (checked before reading an upload)."""
    _crystal(user, crystal_id)
    access.check_write_permission(user, WRITE_SAMPLES)
