# SPDX-License-Identifier: LGPL-3.0-or-later
"""A user office that publishes one JSON document per proposal: in a folder, or at a URL.

``CONFIG``:

* ``DOCUMENTS_FOLDER``: folder of ``*.json`` documents (one per proposal, e.g. ``mx1234.json``);
  a full sync reads them all, in name order.
* ``DOCUMENT_URL``: URL template of one proposal's document, with ``{code}`` and ``{number}``
  (e.g. ``https://uo.example.org/ispyb/{code}/{number}.json``), fetched with ``TIMEOUT`` seconds.
  A proposal is looked up there when it is not in the folder.
"""

import json
import logging
from pathlib import Path
from urllib.parse import quote

import requests

from pyispyb.kernel.exceptions import ServiceUnavailable, ValidationFailed
from pyispyb.kernel.user_office.base import AbstractUserOffice
from pyispyb.config import ConfigError

log = logging.getLogger(__name__)

CONFIG_KEYS = ("DOCUMENTS_FOLDER", "DOCUMENT_URL", "TIMEOUT")
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def read_json(source, text):
    """Parse a document's text; malformed JSON is a 422 naming the source."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ValidationFailed(f"{source} is not valid JSON: {exc}", errors={source: [str(exc)]}) from None


class JSONDocumentsUserOffice(AbstractUserOffice):
    """Proposal documents from a folder and/or a URL template."""

    def configure(self, config):
        """Check ``DOCUMENTS_FOLDER``, ``DOCUMENT_URL`` and ``TIMEOUT``."""
        super().configure(config)
        unknown = sorted(set(self.config) - set(CONFIG_KEYS))
        if unknown:
            raise ConfigError(f"server.USER_OFFICE.CONFIG: unknown key {unknown[0]} (known: {', '.join(CONFIG_KEYS)})")
        if not self.config.get("DOCUMENTS_FOLDER") and not self.config.get("DOCUMENT_URL"):
            raise ConfigError("server.USER_OFFICE.CONFIG needs DOCUMENTS_FOLDER or DOCUMENT_URL")
        self.folder = Path(self.config["DOCUMENTS_FOLDER"]) if self.config.get("DOCUMENTS_FOLDER") else None
        self.url = self.config.get("DOCUMENT_URL")
        self.timeout = self.config.get("TIMEOUT", 30)

    def proposal_documents(self):
        """Yield every document of the folder, in name order."""
        if self.folder is None:
            return
        if not self.folder.is_dir():
            raise ServiceUnavailable(f"the user-office folder {self.folder.name} does not exist on the server")
        for path in sorted(self.folder.glob("*.json")):
            yield path.name, read_json(path.name, path.read_text(encoding="utf-8"))

    def proposal_document(self, code, number):
        """Return the proposal's document from the folder (``<code><number>.json``), else from the URL."""
        if self.folder is not None:
            path = self.folder / f"{code}{number}.json"
            if path.is_file():
                return path.name, read_json(path.name, path.read_text(encoding="utf-8"))
        if self.url:
            return self._fetch(code, number)
        return None

    def _fetch(self, code, number):
        url = self.url.format(code=quote(code, safe=""), number=quote(number, safe=""))
        try:
            response = requests.get(url, timeout=self.timeout)
        except requests.RequestException as exc:
            log.warning("user office unreachable at %s: %s", url, exc)
            raise ServiceUnavailable("the user office did not answer; try again later") from None
        if response.status_code == 404:
            return None
        if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
            log.warning("user office answered %s (%d bytes) for %s", response.status_code, len(response.content), url)
            raise ServiceUnavailable(f"the user office answered {response.status_code} for proposal {code}{number}")
        return f"{code}{number}", read_json(f"{code}{number}", response.text)
