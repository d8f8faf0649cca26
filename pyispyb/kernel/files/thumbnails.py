# SPDX-License-Identifier: LGPL-3.0-or-later
"""Thumbnails of images recorded in the database (crystal snapshots).

Beamline software often writes a thumbnail beside each snapshot, named ``<name>_t<ext>``
(``snap.png`` -> ``snap_t.png``): when it exists under the file roots it is served as is.
Otherwise a thumbnail at most :data:`THUMBNAIL_BOX` pixels is made with Pillow and kept in
``TEMP_FOLDER/thumbnails``, keyed by the source's path, size and modification time, so a changed
source gets a new thumbnail and concurrent requests never write the same file.
"""

import hashlib
import logging
import os
import tempfile
from pathlib import PurePosixPath

from PIL import Image, UnidentifiedImageError

from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.files import resolve_data_path, server_folder

log = logging.getLogger(__name__)

THUMBNAIL_BOX = (256, 256)


def beamline_thumbnail_path(db_path):
    """Return the path of the beamline's own thumbnail of ``db_path`` (``<stem>_t<suffix>``)."""
    path = PurePosixPath(db_path)
    return str(path.with_name(f"{path.stem}_t{path.suffix}"))


def find_beamline_thumbnail(db_path):
    """Return the real path of the beamline's thumbnail of ``db_path`` if it exists under the roots, else None."""
    try:
        return resolve_data_path(beamline_thumbnail_path(db_path))
    except NotFound:
        return None


def _cache_key(real):
    stat = real.stat()
    text = f"{real}|{stat.st_size}|{stat.st_mtime_ns}|{THUMBNAIL_BOX[0]}x{THUMBNAIL_BOX[1]}"
    return hashlib.sha256(text.encode()).hexdigest()


def made_thumbnail(real):
    """Return a cached Pillow thumbnail of the image file ``real`` (PNG, or JPEG for JPEG sources)."""
    folder = server_folder("thumbnails")
    with _open_image(real) as image:
        is_jpeg = image.format == "JPEG"
        target = folder / f"{_cache_key(real)}.{'jpg' if is_jpeg else 'png'}"
        if target.is_file():
            return target
        if is_jpeg:
            image.draft("RGB", THUMBNAIL_BOX)
        try:
            image.thumbnail(THUMBNAIL_BOX)
            if is_jpeg and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            _save_atomically(image, folder, target, "JPEG" if is_jpeg else "PNG")
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            log.warning("cannot make a thumbnail of %s: %s", real, exc)
            raise NotFound(f"no thumbnail can be made of {real.name}: it is not a readable image") from None
    return target


def _open_image(real):
    try:
        return Image.open(real)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        log.warning("cannot open %s as an image: %s", real, exc)
        raise NotFound(f"no thumbnail can be made of {real.name}: it is not a readable image") from None


def _save_atomically(image, folder, target, image_format):
    handle, partial = tempfile.mkstemp(dir=folder, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            image.save(out, format=image_format)
        os.replace(partial, target)
    except BaseException:
        os.unlink(partial)
        raise
