# SPDX-License-Identifier: LGPL-3.0-or-later
"""HTML to PDF with pdfkit and the wkhtmltopdf binary, locked down.

Each conversion runs in its own private temporary folder (its HOME, TMPDIR and cache), removed
afterwards, so concurrent requests never share files. wkhtmltopdf runs without JavaScript and
without access to local files other than that folder; pages should embed their images as
``data:`` URIs. A missing binary is a 503 that says so.
"""

import logging
import os
import shutil
import subprocess
import tempfile

import pdfkit

from pyispyb.kernel.exceptions import ServiceUnavailable
from pyispyb.kernel.files import server_folder

log = logging.getLogger(__name__)

PDF_TIMEOUT = 60
LOCKED_DOWN_OPTIONS = {
    "disable-javascript": "",
    "disable-local-file-access": "",
    "disable-plugins": "",
    "disable-external-links": "",
    "load-error-handling": "ignore",
    "load-media-error-handling": "ignore",
    "encoding": "UTF-8",
}


def wkhtmltopdf_binary(configured=None):
    """Return the wkhtmltopdf executable (``configured``, else found on PATH) or raise a 503 saying it is missing."""
    path = configured or shutil.which("wkhtmltopdf")
    if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
        raise ServiceUnavailable("wkhtmltopdf is not installed on this server, so PDF documents cannot be made "
                                 "(install the wkhtmltopdf package or set WKHTMLTOPDF_PATH; ask for format=html)")
    return path


def html_to_pdf(html, *, binary, page_options=None, timeout=PDF_TIMEOUT):
    """Return the PDF bytes of an HTML page (its images embedded as data URIs)."""
    with tempfile.TemporaryDirectory(dir=server_folder("pdf"), prefix="job-") as work:
        source = os.path.join(work, "page.html")
        target = os.path.join(work, "page.pdf")
        with open(source, "w", encoding="utf-8") as out:
            out.write(html)
        options = {**(page_options or {}), **LOCKED_DOWN_OPTIONS, "allow": work}
        kit = pdfkit.PDFKit(source, "file", options=options,
                            configuration=pdfkit.configuration(wkhtmltopdf=binary))
        environment = {"PATH": os.environ.get("PATH", ""), "HOME": work, "TMPDIR": work, "XDG_RUNTIME_DIR": work,
                       "LANG": "C.UTF-8"}
        try:
            completed = subprocess.run(kit.command(target), capture_output=True, timeout=timeout, env=environment,
                                       cwd=work, check=False)
        except subprocess.TimeoutExpired:
            log.error("wkhtmltopdf took longer than %s s", timeout)
            raise ServiceUnavailable("the PDF could not be made in time; try again later") from None
        pdf = _read_pdf(target)
        messages = completed.stderr.decode(errors="replace").strip()
        if pdf is None:
            log.error("wkhtmltopdf failed (exit %s): %s", completed.returncode, messages)
            raise ServiceUnavailable("the PDF could not be made (see the server log)")
        if completed.returncode:
            log.info("wkhtmltopdf: %s", messages)
        return pdf


def _read_pdf(path):
    try:
        with open(path, "rb") as pdf:
            data = pdf.read()
    except OSError:
        return None
    return data if data.startswith(b"%PDF") else None
