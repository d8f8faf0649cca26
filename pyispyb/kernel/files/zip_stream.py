# SPDX-License-Identifier: LGPL-3.0-or-later
"""ZIP archives written while they are sent: memory stays bounded whatever the size of the files.

:func:`zip_chunks` yields the bytes of an archive as it is built. Members that cannot be read
are listed in a ``MISSING.txt`` entry instead of failing the download half-way.
"""

import logging
import os
import zipfile
from pathlib import PurePath

log = logging.getLogger(__name__)

READ_CHUNK = 1 << 20
MISSING_NOTE = "MISSING.txt"
COMPRESS_LEVEL = 1  # fast: deflating at the default level is several times slower for little gain
ALREADY_COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".h5", ".mp4")


class _ChunkSink:
    """A write-only, unseekable file object collecting what ``ZipFile`` writes until it is taken."""

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        """Nothing to flush: the chunks are taken by the generator."""

    def take(self):
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


def unique_entry_name(name, taken):
    """Return ``name``, or ``stem_2.ext``, ``stem_3.ext``... so that no two entries share a name."""
    candidate, number = name, 1
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem}_{number}{suffix}"
    taken.add(candidate.lower())
    return candidate


def _write_member(archive, sink, entry_name, path):
    """Copy one file into the archive, yielding the bytes produced so far after each chunk."""
    info = zipfile.ZipInfo.from_file(path, entry_name)
    stored = entry_name.lower().endswith(ALREADY_COMPRESSED)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    try:
        info.compress_level = COMPRESS_LEVEL  # Python 3.13+
    except AttributeError:
        info._compresslevel = COMPRESS_LEVEL  # the same field before Python 3.13
    with open(path, "rb") as source, archive.open(info, "w") as target:
        while chunk := source.read(READ_CHUNK):
            target.write(chunk)
            data = sink.take()
            if data:
                yield data


def zip_chunks(members):
    """Yield a ZIP archive of ``members``: ``(entry name, real path or None, reason when None)``.

    A member without a path, or one that cannot be read, is named in a ``MISSING.txt`` entry with
    the reason. Each yielded chunk holds at most about one read buffer of compressed data.
    """
    sink = _ChunkSink()
    taken, missing = set(), []
    archive = zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL,
                              allowZip64=True)
    try:
        for name, path, reason in members:
            if path is None:
                missing.append(f"{name}: {reason}")
                continue
            entry = unique_entry_name(name, taken)
            try:
                yield from _write_member(archive, sink, entry, path)
            except OSError as exc:
                log.warning("zip member %s could not be read: %s", path, exc)
                missing.append(f"{name}: could not be read ({os.strerror(exc.errno) if exc.errno else exc})")
        if missing:
            note = unique_entry_name(MISSING_NOTE, taken)
            archive.writestr(note, "These files could not be included:\n" + "\n".join(missing) + "\n")
    finally:
        archive.close()
    yield sink.take()
