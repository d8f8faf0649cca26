# SPDX-License-Identifier: LGPL-3.0-or-later
"""Serving files whose paths the database holds, safely.

Beamline software writes absolute paths (snapshots, logs, thumbnails). ``PATH_MAP`` maps
path prefixes to where this server sees them, and only files under ``FILE_ROOTS`` are
served: ``..`` components and symbolic links cannot escape a root. With ``FILE_DATA_ROOTS``
a file must also lie in the data folder of a session the caller may read
(:mod:`pyispyb.kernel.access.data_roots`).
"""

import logging
import mimetypes
import os
import tempfile
from pathlib import Path

from flask import current_app, g, has_app_context, send_file

from pyispyb.kernel.exceptions import NotFound, ServiceUnavailable

log = logging.getLogger(__name__)


def map_path(db_path, path_map):
    """Apply the longest matching ``PATH_MAP`` prefix to a path from the database."""
    best = max((prefix for prefix in path_map if db_path.startswith(prefix)), key=len, default=None)
    return db_path if best is None else path_map[best] + db_path[len(best):]


def _under(path, root):
    return path == root or root in path.parents


def resolve_data_path(db_path, *, path_map=None, roots=None, own_folders=()):
    """Return the real path of a file named in the database, or raise :class:`NotFound`.

    The file must exist, be a regular file and, once symbolic links are resolved, lie
    under one of the configured roots or ``own_folders`` (folders the server itself fills,
    such as a crystal's upload folder); files of the roots must also lie in the caller's
    data folders when ``FILE_DATA_ROOTS`` is set.
    """
    if not db_path:
        raise NotFound("no file is recorded for this object")
    config = current_app.config if path_map is None or roots is None else {}
    path_map = config.get("PATH_MAP", {}) if path_map is None else path_map
    roots = config.get("FILE_ROOTS", []) if roots is None else roots
    mapped = map_path(str(db_path), path_map)
    if not os.path.isabs(mapped):
        raise NotFound("the recorded file path is not absolute")
    real = Path(os.path.realpath(mapped))
    if not any(_under(real, Path(os.path.realpath(folder))) for folder in own_folders):
        real_roots = [Path(os.path.realpath(root)) for root in roots]
        if not any(_under(real, root) for root in real_roots):
            log.warning("refused to serve %s: outside FILE_ROOTS", real)
            raise NotFound(f"file {os.path.basename(mapped)} is not available from this server")
        _check_data_roots(real, mapped)
    if not real.is_file():
        raise NotFound(f"file {os.path.basename(mapped)} does not exist")
    return real


def _check_data_roots(real, mapped):
    """Refuse (404) a file outside the data folders of the caller's sessions, when FILE_DATA_ROOTS is set."""
    if not has_app_context():  # a path resolved by a script with explicit roots
        return
    templates = current_app.config.get("FILE_DATA_ROOTS") or []
    if not templates:
        return
    from pyispyb.kernel.access.data_roots import in_user_data

    if not in_user_data(g.get("ispyb_user"), real, templates):
        log.warning("refused to serve %s: outside the data folders of the caller's sessions", real)
        raise NotFound(f"file {os.path.basename(mapped)} is not available from this server")


def safe_download_name(name, fallback="download"):
    """Return a file name safe for ``Content-Disposition`` (no folders, no control characters)."""
    base = os.path.basename(str(name or "")).replace("\\", "_")
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '"/;').strip(" .")
    return cleaned or fallback


def send_local_file(path, *, download_name=None, as_attachment=False, mimetype=None):
    """Send a file the server itself resolved or made, with conditional and range request support."""
    path = Path(path)
    name = safe_download_name(download_name or path.name)
    guessed = mimetype or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return send_file(path, mimetype=guessed, as_attachment=as_attachment, download_name=name,
                     conditional=True, etag=True, max_age=0)


def send_data_file(db_path, *, download_name=None, as_attachment=False, mimetype=None, path_map=None, roots=None,
                   own_folders=()):
    """Send a file recorded in the database, with conditional and range request support.

    ``path_map`` and ``roots`` replace ``PATH_MAP`` and ``FILE_ROOTS``; ``own_folders`` are folders the
    server fills itself (a crystal's upload folder), served without the data-root check.
    """
    real = resolve_data_path(db_path, path_map=path_map, roots=roots, own_folders=own_folders)
    return send_local_file(real, download_name=download_name or real.name, as_attachment=as_attachment,
                           mimetype=mimetype)


def server_folder(name, configured=None):
    """Return a folder of the server, created (mode 0700) if needed: ``configured``, else under TEMP_FOLDER.

    ``TEMP_FOLDER`` defaults to ``pyispyb-<uid>`` in the system temporary directory; that default is
    refused when another user owns it (it could have been planted there).
    """
    if configured:
        folder = Path(configured)
    else:
        base = current_app.config.get("TEMP_FOLDER")
        if not base:
            base = Path(tempfile.gettempdir()) / f"pyispyb-{os.getuid()}"
            base.mkdir(mode=0o700, exist_ok=True)
            if base.stat().st_uid != os.getuid():
                log.error("folder %s belongs to another user: refusing to use it", base)
                raise ServiceUnavailable("the server's scratch folder is not usable (see the server log)")
        folder = Path(base) / name
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
