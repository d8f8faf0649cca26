# SPDX-License-Identifier: LGPL-3.0-or-later
"""The server's persistent state folder: the embedded auth store, the dev-mode key, once-per-server markers.

``STATE_FOLDER`` if set (or ``ISPYB_STATE_FOLDER``), else ``$STATE_DIRECTORY`` (set by
systemd's ``StateDirectory=``), else ``$XDG_STATE_HOME/pyispyb``, else
``~/.local/state/pyispyb``. It survives restarts (unlike ``/tmp`` under ``PrivateTmp=``)
and only the server's user may enter it.
"""

import os
import secrets
import stat
import sys
import tempfile
from pathlib import Path

DEV_KEY_FILE = "dev-secret-key"
SERVER_MARKERS = "servers"


class StateFolderError(Exception):
    """The state folder cannot be used; the message names it and says why."""


def default_state_folder(environ=None):
    """Return the state folder used when ``STATE_FOLDER`` is not set."""
    environ = os.environ if environ is None else environ
    systemd = environ.get("STATE_DIRECTORY", "").split(":")[0]
    if systemd:
        return Path(systemd)
    xdg = environ.get("XDG_STATE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "state"
    return base / "pyispyb"


def state_folder(config):
    """Return the configured state folder (created, private)."""
    folder = config.get("STATE_FOLDER") or default_state_folder()
    return private_folder(folder)


def private_folder(path):
    """Create ``path`` (mode 0700) if needed and refuse a folder another user owns or may write."""
    path = Path(path)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StateFolderError(f"cannot create {path}: {exc.strerror}") from None
    info = path.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise StateFolderError(f"{path} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise StateFolderError(f"{path} is writable by other users")
    return path


def write_once(path, text):
    """Create ``path`` holding ``text`` unless it exists; return the text the file holds.

    The file appears complete or not at all (written aside, then hard-linked into
    place), so processes racing to create it all end up reading the same content.
    """
    path = Path(path)
    if not path.exists():
        handle, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "w") as out:
                out.write(text)
            os.chmod(draft, 0o600)
            try:
                os.link(draft, path)
            except FileExistsError:
                pass
        finally:
            os.unlink(draft)
    return path.read_text()


def shared_dev_key(folder):
    """Return the development signing key kept in ``folder``, created once for every worker and restart."""
    return write_once(Path(folder) / DEV_KEY_FILE, secrets.token_urlsafe(48)).strip()


def server_id():
    """Return an id shared by the workers of one gunicorn master (its pid), or None outside gunicorn."""
    if "gunicorn.arbiter" in sys.modules and os.getppid() > 1:
        return str(os.getppid())
    return None


def pid_alive(pid):
    """Return True if a process with this pid exists."""
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError):
        return True
    return True


def first_in_server(folder, name):
    """Return True in the first worker of this server to ask about ``name`` (always True outside gunicorn).

    A marker file per server (gunicorn master) and name is created atomically; markers of
    servers that no longer run are removed.
    """
    server = server_id()
    if server is None:
        return True
    root = Path(folder) / SERVER_MARKERS
    root.mkdir(mode=0o700, exist_ok=True)
    for old in root.iterdir():
        if old.name != server and not pid_alive(old.name):
            try:
                for marker in old.iterdir():
                    marker.unlink(missing_ok=True)
                old.rmdir()
            except OSError:  # another worker is removing it too
                pass
    markers = root / server
    markers.mkdir(mode=0o700, exist_ok=True)
    try:
        os.close(os.open(markers / name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return False
    return True
