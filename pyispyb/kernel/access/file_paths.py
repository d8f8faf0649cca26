# SPDX-License-Identifier: LGPL-3.0-or-later
"""Columns that name files on the beamline's disks, and who may write them.

The server serves the files these columns name to whoever may read the row. A user who
could write such a column into a row of his own could therefore read any file the server
can reach. So these columns are written only by trusted writers (beamline software and
processing pipelines) holding :data:`SET_FILE_PATHS`; ``write_samples``,
``write_data_collections`` and the other ``write_*`` permissions do not imply it.

A column names a file when it is a text column whose name says so (``path``, ``file``,
``directory``, ``image``, ``snapshot``, ``plot``, ``template``), except the few in
:data:`NOT_FILE_PATHS` (kinds of files, a user's preferred sub-folder). New columns that
follow the naming are protected without a change here.

A column whose name ends in ``name`` (``pdbFileName``, ``fileName``) holds a file name that is
joined to a folder column; a plain name (no ``/`` or ``\\``, not ``.`` or ``..``) stays inside that
trusted folder, so anyone with the row's write permission may set one (a PDB code in
``Crystal.pdbFileName``, say).
"""

import re

from sqlalchemy import String

from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.auth.permissions import SET_FILE_PATHS

FILE_NAME_PATTERN = re.compile(r"path|file|directory|image|snapshot|plot|template", re.IGNORECASE)

#: ``(table, column)`` pairs matching the pattern that name no file the server serves
NOT_FILE_PATHS = frozenset({
    ("AutoProcProgramAttachment", "fileType"),
    ("DataCollectionFileAttachment", "fileType"),
    ("PhasingProgramAttachment", "fileType"),
    ("DiffractionPlan", "userPath"),  # the user's wish for a sub-folder name, never read as a file
})

_CACHE = {}


def file_path_columns(model):
    """Return the names of the columns of ``model`` that name files (see the module docstring)."""
    table = model.__table__
    if table.name not in _CACHE:
        _CACHE[table.name] = frozenset(
            column.name for column in table.columns
            if isinstance(column.type, String) and FILE_NAME_PATTERN.search(column.name)
            and (table.name, column.name) not in NOT_FILE_PATHS)
    return _CACHE[table.name]


def check_file_paths(user, model, values, existing=None):
    """Refuse (403, naming the column) a write of a file path by a user without ``set_file_paths``.

    Clearing a path (``null``) and writing back the value the row already holds are allowed.
    """
    if user.has_permission(SET_FILE_PATHS):
        return
    existing = existing or {}
    for name in sorted(file_path_columns(model) & set(values)):
        value = values[name]
        if value is None or value == "" or value == existing.get(name) or _plain_name(name, value):
            continue
        raise Forbidden(f"{name}: {model.__tablename__}.{name} names a file on the beamline's disks; "
                        f"writing it needs the permission {SET_FILE_PATHS} (beamline and pipeline accounts), "
                        f"which {user.describe()} does not hold")


def _plain_name(column_name, value):
    """True for a bare file name written to a ``...name`` column: it cannot leave its row's folder."""
    if not column_name.lower().endswith("name") or not isinstance(value, str):
        return False
    return "/" not in value and "\\" not in value and value.strip() not in (".", "..") and "\0" not in value
