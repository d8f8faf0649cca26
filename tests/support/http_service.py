# SPDX-License-Identifier: LGPL-3.0-or-later
"""A real local HTTP server for tests that stand in for a remote service."""

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that does not log to stderr."""

    def log_message(self, *args):
        """Stay quiet."""

    def answer(self, status, body=b""):
        """Send a complete answer."""
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def http_service(handler):
    """Serve ``handler`` on a free loopback port; yield the base URL (``http://127.0.0.1:<port>``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.block_on_close = False  # do not wait for slow answers at the end
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
