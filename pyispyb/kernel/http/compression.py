# SPDX-License-Identifier: LGPL-3.0-or-later
"""Compression of JSON and text answers: br when the client accepts it, else gzip.

Only answers of at least ``COMPRESSION_MIN_SIZE`` bytes held in memory are compressed
(``COMPRESSION: false`` turns it off): files streamed from disk, partial answers (206) and
answers that already have a ``Content-Encoding`` are sent as they are. ``Vary:
Accept-Encoding`` tells caches that the body depends on that header.
"""

import gzip

from flask import request
from werkzeug.http import parse_accept_header

COMPRESSIBLE_TYPES = ("application/json", "application/javascript", "application/xml", "image/svg+xml")
GZIP_LEVEL = 6
BROTLI_QUALITY = 5  # fast enough for answers made on the fly, close to gzip -9 in size

try:
    import brotli
except ImportError:  # pragma: no cover - brotli is a dependency; without it only gzip is offered
    brotli = None


def compressible(response, min_size):
    """Return True if ``response`` may be compressed."""
    if response.direct_passthrough or response.is_streamed or "Content-Encoding" in response.headers:
        return False
    if not 200 <= response.status_code < 300 or response.status_code in (204, 206):
        return False
    mimetype = response.mimetype or ""
    if not (mimetype.startswith("text/") or mimetype in COMPRESSIBLE_TYPES or mimetype.endswith("+json")):
        return False
    return (response.calculate_content_length() or 0) >= min_size


def chosen_encoding(accept_encodings):
    """Return ``br``, ``gzip`` or None from the client's ``Accept-Encoding`` (best quality, br on ties)."""
    candidates = [("br", accept_encodings["br"]) if brotli else None, ("gzip", accept_encodings["gzip"])]
    candidates = [c for c in candidates if c and c[1] > 0]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[1])[0]


def compress(data, encoding):
    """Return ``data`` compressed with ``encoding``."""
    if encoding == "br":
        return brotli.compress(data, quality=BROTLI_QUALITY)
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def compressed_json(body, accept_encoding, min_size):
    """Return ``(body, headers)`` of a 2xx JSON answer as the hook below would send it (``Accept-Encoding`` raw)."""
    if len(body) < min_size:
        return body, []
    encoding = chosen_encoding(parse_accept_header(accept_encoding))
    if encoding is None:
        return body, [("Vary", "Accept-Encoding")]
    return compress(body, encoding), [("Vary", "Accept-Encoding"), ("Content-Encoding", encoding)]


def init_app(app):
    """Compress eligible answers after every request (unless ``COMPRESSION`` is false)."""
    if not app.config["COMPRESSION"]:
        return
    min_size = app.config["COMPRESSION_MIN_SIZE"]

    @app.after_request
    def _compress(response):
        if request.method == "HEAD" or not compressible(response, min_size):
            return response
        response.vary.add("Accept-Encoding")
        encoding = chosen_encoding(request.accept_encodings)
        if encoding is None:
            return response
        response.set_data(compress(response.get_data(), encoding))
        response.headers["Content-Encoding"] = encoding
        etag, weak = response.get_etag()
        if etag:  # another body: another tag
            response.set_etag(f"{etag}-{encoding}", weak=weak)
        return response
