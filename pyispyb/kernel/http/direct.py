# SPDX-License-Identifier: LGPL-3.0-or-later
"""Direct reads: the GETs of declared tables answered without Flask's per-request machinery.

A list or item GET of a declared table (:data:`~pyispyb.kernel.http.crud_routes.READS`) is
most of what clients send, and most of its time was Flask's: a request context, flask-restx
dispatch, content negotiation, five after-request hooks. :class:`DirectReads` answers it in an
application context only, with the same parts in the same order:

* the route: the application's own URL map (the same rule wins as in Flask);
* the caller: the same bearer token check, revocation and site ``authorization_rules``;
* the body: the same read function as the route (:mod:`pyispyb.kernel.http.crud_routes`),
  encoded with :func:`~pyispyb.kernel.http.dumps_bytes`; an error leaves through the one
  error envelope (:mod:`.errors`);
* the headers: compression (:mod:`.compression`), the CORS headers flask-cors gives a request
  without ``Origin``, ``X-Request-ID``; the access line and the metrics as every request.

Whatever it does not answer goes to Flask unchanged: another method (HEAD included), an
``Origin`` (CORS is flask-cors's), an ``Accept`` to negotiate, a missing or refused token (Flask
gives the 401 or 403, nothing has been read yet), a path Flask would redirect. ``DIRECT_READS:
false`` sends everything to Flask; tests compare both answers.
"""

import logging
import time

from flask import g
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.wrappers import Request

from pyispyb.kernel.auth import auth_provider
from pyispyb.kernel.auth.decorators import bearer_token
from pyispyb.kernel.auth.rules import enforce_rule
from pyispyb.kernel.http import ANY_MEDIA_TYPE, JSON, dumps_bytes
from pyispyb.kernel.http.compression import compressed_json
from pyispyb.kernel.http.cors import headers_without_origin
from pyispyb.kernel.http.crud_routes import READS
from pyispyb.kernel.http.errors import handle_unexpected
from pyispyb.kernel.ops.logging import REQUEST_ID_HEADER, request_id_of, write_access_line
from pyispyb.kernel.ops.metrics import record_answer

log = logging.getLogger(__name__)

NO_ARGS = ImmutableMultiDict()
BLUEPRINT = "api"  # the declared tables' routes live in the API blueprint (under API_ROOT)


class DirectReads:
    """WSGI answerer of declared tables' GETs: call it with the environ; None means "Flask, please"."""

    def __init__(self, app):
        self.app = app
        self.reads = {f"{BLUEPRINT}.{endpoint}": read for endpoint, read in READS.items()}
        self.urls = app.url_map.bind("localhost")
        self.cors = headers_without_origin(app, f"{app.config['API_ROOT']}/")
        self.access_log = app.config["ACCESS_LOG"]
        self.metrics = app.config["METRICS"]
        self.compression_min = app.config["COMPRESSION_MIN_SIZE"] if app.config["COMPRESSION"] else None

    def __call__(self, environ, start_response):
        """Answer the request and return its body, or return None when Flask must answer it."""
        if environ.get("REQUEST_METHOD") != "GET" or "HTTP_ORIGIN" in environ:
            return None
        header = environ.get("HTTP_AUTHORIZATION")
        path = environ.get("PATH_INFO") or "/"
        if not header or environ.get("HTTP_ACCEPT", "") not in ANY_MEDIA_TYPE or not path.isascii():
            return None
        try:
            rule, values = self.urls.match(path, "GET", return_rule=True)
        except HTTPException:  # no route, another method, a redirect: Flask's answers
            return None
        read = self.reads.get(rule.endpoint)
        if read is None:
            return None
        started = time.perf_counter()
        with self.app.app_context():
            try:
                user = auth_provider().user_from_token(bearer_token(header))
                enforce_rule(user, rule.endpoint, "GET")
            except Exception:  # noqa: BLE001 - refused, or the token store failing: Flask answers, as before
                return None
            g.request_started, g.ispyb_user = started, user
            g.request_id = request_id_of(environ.get("HTTP_X_REQUEST_ID"))
            args = Request(environ).args if environ.get("QUERY_STRING") else NO_ARGS
            status, body, headers = self.answer(read, user, args, values, environ)
            start_response(f"{status} {HTTP_STATUS_CODES.get(status, 'UNKNOWN').upper()}", headers)
            sql = g.get("sql_statements", 0)
            if self.access_log:
                write_access_line("GET", path, status, started, user, sql)
            if self.metrics:
                record_answer("GET", rule.rule, status, started, sql)
            return [body]

    def answer(self, read, user, args, values, environ):
        """Return ``(status, body, headers)`` of ``read``: its rows, or the error envelope of what it raised."""
        extra = []
        try:
            body, status = dumps_bytes(read(user, args, values)), 200
        except Exception as error:  # noqa: BLE001 - every failure leaves through the one envelope, as in Flask
            envelope, status, *more = handle_unexpected(error)
            body = dumps_bytes(envelope)
            extra = list((more[0] if more else {}).items())
        headers = [("Content-Type", JSON)]
        if self.compression_min is not None and status == 200:
            body, encoded = compressed_json(body, environ.get("HTTP_ACCEPT_ENCODING"), self.compression_min)
            headers.extend(encoded)
        headers.append(("Content-Length", str(len(body))))
        headers.extend(extra)
        headers.extend(self.cors or ())
        headers.append((REQUEST_ID_HEADER, g.request_id))
        return status, body, headers


def init_app(app):
    """Answer declared tables' GETs directly (unless ``DIRECT_READS`` is false); call once every route exists."""
    direct = DirectReads(app) if app.config["DIRECT_READS"] else None
    if direct is not None and direct.cors is None:
        log.warning("direct reads are off: the CORS headers of the API could not be read from flask-cors")
        direct = None
    app.direct_reads = direct
