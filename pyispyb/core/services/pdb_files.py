# SPDX-License-Identifier: LGPL-3.0-or-later
"""PDB and mmCIF files: recognising their content, and fetching entries from the RCSB download service.

Entries are fetched from ``PDB_URI`` (``{PDB_URI}/{CODE}.pdb`` or ``.cif``) within ``PDB_TIMEOUT``
seconds (for the whole download) and ``PDB_MAX_SIZE`` bytes, checked, and cached in
``PDB_CACHE_FOLDER`` (default ``TEMP_FOLDER/pdb``); a cached entry is never fetched again.
"""

import logging
import os
import re
import tempfile
import time

import requests
from flask import current_app

from pyispyb.kernel.exceptions import NotFound, ServiceUnavailable
from pyispyb.kernel.files import server_folder
from pyispyb.kernel.data.values import is_integer_text

log = logging.getLogger(__name__)

FORMATS = ("pdb", "cif")
MIMETYPES = {"pdb": "chemical/x-pdb", "cif": "chemical/x-mmcif"}
CODE_PATTERN = re.compile(r"^([0-9][A-Za-z0-9]{3})(?:\.(pdb|cif))?$", re.IGNORECASE)
SNIFF_BYTES = 64 * 1024
DOWNLOAD_CHUNK = 64 * 1024
PDB_RECORDS = frozenset({"HEADER", "OBSLTE", "TITLE", "SPLIT", "CAVEAT", "COMPND", "SOURCE", "KEYWDS",
    "EXPDTA", "NUMMDL", "MDLTYP", "AUTHOR", "REVDAT", "SPRSDE", "JRNL", "REMARK", "DBREF", "DBREF1", "DBREF2",
    "SEQADV", "SEQRES", "MODRES", "HET", "HETNAM", "HETSYN", "FORMUL", "HELIX", "SHEET", "SSBOND", "LINK",
    "CISPEP", "SITE", "CRYST1", "ORIGX1", "ORIGX2", "ORIGX3", "SCALE1", "SCALE2", "SCALE3", "MTRIX1", "MTRIX2",
    "MTRIX3", "MODEL", "ATOM", "ANISOU", "TER", "HETATM", "ENDMDL", "CONECT", "MASTER", "END", "USER"})


def pdb_code(file_name):
    """Return ``(CODE, format)`` when a crystal's ``pdbFileName`` is a PDB code (``1abc``, ``1ABC.cif``), else None."""
    match = CODE_PATTERN.match((file_name or "").strip())
    if match is None:
        return None
    return match.group(1).upper(), (match.group(2) or "pdb").lower()


def _head_lines(head):
    if b"\0" in head:
        return None
    lines = head.decode("latin-1").splitlines()
    if len(head) >= SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line may be cut
    lines = [line for line in lines if line.strip()]
    if not lines or not all(line.isprintable() for line in lines):
        return None
    return lines


def sniff_format(head):
    """Return ``"pdb"`` or ``"cif"`` when the first bytes of a file look like PDB or mmCIF text, else None."""
    lines = _head_lines(head)
    if lines is None:
        return None
    records = [line[:6].strip().upper() for line in lines]
    if records[0] in PDB_RECORDS and sum(r in PDB_RECORDS for r in records) >= 0.9 * len(records):
        return "pdb"
    content = [line.strip() for line in lines if not line.lstrip().startswith("#")]
    if content and content[0].startswith("data_") and any(c.startswith(("_", "loop_")) for c in content[1:]):
        return "cif"
    return None


def cached_entry(code, fmt):
    """Return the path of a cached entry, fetching it first when absent; and whether it was cached."""
    config = current_app.config
    cache = server_folder("pdb", config.get("PDB_CACHE_FOLDER"))
    target = cache / f"{code}.{fmt}"
    if target.is_file():
        return target, True
    url = f"{config['PDB_URI'].rstrip('/')}/{code}.{fmt}"
    handle, partial = tempfile.mkstemp(dir=cache, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            _download(url, out, code, config["PDB_TIMEOUT"], config["PDB_MAX_SIZE"])
        with open(partial, "rb") as written:
            if sniff_format(written.read(SNIFF_BYTES)) != fmt:
                log.warning("PDB download service sent %s that is not %s text", url, fmt)
                raise ServiceUnavailable(f"the PDB download service sent something that is not a {fmt} file "
                                         f"for entry {code}")
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    log.info("fetched PDB entry %s from %s", code, url)
    return target, False


def _download(url, out, code, timeout, max_size):
    started = time.monotonic()
    try:
        with requests.get(url, timeout=timeout, stream=True) as response:
            if response.status_code == 404:
                raise NotFound(f"PDB entry {code} is not available from the PDB download service")
            if response.status_code != 200:
                log.warning("PDB download service answered %s for %s", response.status_code, url)
                raise ServiceUnavailable(f"the PDB download service answered {response.status_code} for entry {code}")
            declared = response.headers.get("Content-Length", "")
            if is_integer_text(declared) and int(declared) > max_size:
                raise ServiceUnavailable(f"PDB entry {code} is larger than the server accepts ({max_size} bytes)")
            size = 0
            for chunk in response.iter_content(DOWNLOAD_CHUNK):
                size += len(chunk)
                if size > max_size:
                    raise ServiceUnavailable(f"PDB entry {code} is larger than the server accepts ({max_size} bytes)")
                if time.monotonic() - started > timeout:
                    raise requests.Timeout(f"download of {url} took longer than {timeout} s")
                out.write(chunk)
    except requests.RequestException as exc:
        log.warning("PDB download service unreachable for %s: %s", url, exc)
        raise ServiceUnavailable(f"the PDB download service did not answer for entry {code}; try again later") \
            from None
