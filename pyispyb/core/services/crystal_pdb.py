# SPDX-License-Identifier: LGPL-3.0-or-later
"""The PDB model of a crystal: which file it names, uploading one, detaching it.

A crystal names its model in ``Crystal.pdbFilePath`` (folder) and ``Crystal.pdbFileName``. When
``pdbFilePath`` is empty and ``pdbFileName`` is a 4-character PDB code (``1abc``, optionally with
``.pdb`` or ``.cif``), the model is the PDB entry of that code.

Uploads are named and located by the server only, keyed by the crystal's id:
``UPLOAD_FOLDER/crystal<id>/crystal<id>_<random>_<sanitised name>``. A crystal is served, and
may delete, only its own uploads (see :func:`_upload_of`): pointing a crystal at another
crystal's upload (or anything else under the upload folder) gives 404.
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

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import NotFound, PayloadTooLarge, ValidationFailed
from pyispyb.kernel.auth.permissions import WRITE_SAMPLES
from pyispyb.kernel.data import transaction
from pyispyb.kernel.data.queries import get_row, require_columns
from pyispyb.kernel.files import server_folder
from pyispyb.models import Crystal
from pyispyb.core.services.pdb_files import FORMATS, SNIFF_BYTES, pdb_code, sniff_format

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
    upload_folder: Path = None  # the folder of the crystal's own upload, served besides FILE_ROOTS


def upload_root():
    """Return the folder uploads are stored under (``UPLOAD_FOLDER``, default ``TEMP_FOLDER/upload``)."""
    return server_folder("upload", current_app.config.get("UPLOAD_FOLDER"))


def upload_folder(crystal_id):
    """Return the folder of a crystal's uploads (not created): ``<upload root>/crystal<id>``."""
    return upload_root() / f"crystal{int(crystal_id)}"


def _crystal(user, crystal_id):
    require_columns(Crystal, PDB_COLUMNS)
    return access.fetch_visible(user, Crystal, [Crystal.crystalId == crystal_id],
                                [Crystal.pdbFilePath, Crystal.pdbFileName])


def _recorded_path(row):
    """The file a crystal row names (folder and name joined), or None."""
    folder, name = row["pdbFilePath"], row["pdbFileName"]
    if not folder:
        return None
    if name and not folder.rstrip("/").endswith("/" + name):
        return posixpath.join(folder, name)
    return folder


def _upload_of(path, crystal_id):
    """Classify a recorded path: ``(True, folder)`` for an upload of this crystal, ``(True, None)`` for an upload
    of another crystal (or anything else under the upload folder), ``(False, None)`` outside the upload folder.

    An upload is the crystal's when it lies in ``crystal<id>/``, or carries the name the server gave it
    (``crystal<id>_...``) in an older per-proposal folder: names are chosen by the server, keyed by id.
    """
    real = Path(os.path.realpath(path))
    root = Path(os.path.realpath(upload_root()))
    if real != root and root not in real.parents:
        return False, None
    own = Path(os.path.realpath(upload_folder(crystal_id)))
    if own in real.parents or (real.parent.parent == root and real.name.startswith(f"crystal{int(crystal_id)}_")):
        return True, real.parent
    return True, None


def crystal_pdb_source(user, crystal_id):
    """Return the :class:`PdbSource` of a crystal the user may see; 404 when it names no model."""
    row = _crystal(user, crystal_id)
    name = row["pdbFileName"]
    path = _recorded_path(row)
    if path:
        uploaded, folder = _upload_of(path, crystal_id)
        if uploaded and folder is None:
            log.warning("crystal %s names a file uploaded for another crystal: refused", crystal_id)
            raise NotFound(f"crystal {crystal_id} names a file that is not available from this server")
        shown = name if path != row["pdbFilePath"] else posixpath.basename(path.rstrip("/"))
        return PdbSource(name=shown, path=path, upload_folder=folder)
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


def _crystal_folder(crystal_id):
    folder = upload_folder(crystal_id)
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
    row = _crystal(user, crystal_id)
    access.check_write_permission(user, WRITE_SAMPLES)
    extension = _checked_extension(file_name)
    folder = _crystal_folder(crystal_id)
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
    _discard_upload(row, crystal_id)
    return get_row(Crystal, [Crystal.crystalId == crystal_id])


def detach_pdb_file(user, crystal_id):
    """Clear the crystal's PDB file or code; a file this server stored is deleted."""
    row = _crystal(user, crystal_id)
    access.check_write_permission(user, WRITE_SAMPLES)
    with transaction() as session:
        session.execute(update(Crystal.__table__).where(Crystal.crystalId == crystal_id)
                        .values(pdbFilePath=None, pdbFileName=None))
    _discard_upload(row, crystal_id)


def _discard_upload(row, crystal_id):
    """Delete a crystal's former file when this server stored it for this crystal (see :func:`_upload_of`)."""
    recorded = _recorded_path(row)
    if not recorded:
        return
    path = Path(os.path.realpath(recorded))
    if _upload_of(path, crystal_id)[1] is not None and path.is_file():
        path.unlink()
        log.info("deleted former PDB file %s", path)


def check_pdb_writable(user, crystal_id):
    """Raise 404/403 unless the user may change the crystal's PDB file (checked before reading an upload)."""
    _crystal(user, crystal_id)
    access.check_write_permission(user, WRITE_SAMPLES)
