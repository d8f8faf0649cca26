# SPDX-License-Identifier: LGPL-3.0-or-later
"""The benchmarked server with each endpoint's floor served beside it, by the same gunicorn workers.

``gunicorn "scripts.benchmarking.floor_app:served_app()"`` serves py-ISPyB unchanged and, under
``/__floor__/<n>``, the floor of the mix's endpoint number ``n``: its hand-written SQL query
run on the worker's own MySQLdb connection and the rows encoded to JSON (orjson, as the
server does), with no framework at all. Both go through the same HTTP server, workers and
load tool, so the ratio of their latencies is what the framework and the extra queries
cost. The floors are read from the JSON file named by ``PYISPYB_BENCHMARK_FLOORS``
(``{"database_uri": ..., "floors": [{"sql": ..., "params": {...}}]}``), which the
benchmark writes.
"""

import json
import os
from urllib.parse import unquote

import orjson

from pyispyb import create_app
from pyispyb.kernel.http import json_default

FLOOR_PREFIX = "/__floor__/"
FLOORS_ENV = "PYISPYB_BENCHMARK_FLOORS"


class FloorServer:
    """WSGI application: floors under :data:`FLOOR_PREFIX`, everything else to py-ISPyB."""

    def __init__(self, application, floors, database_uri):
        self.application = application
        self.floors = floors
        self.database_uri = database_uri
        self.connection = None

    def _cursor(self):
        import MySQLdb.cursors

        from pyispyb.demo_data.schema import mysql_connect

        if self.connection is None:  # one connection per worker, opened on its first floor request
            database = self.database_uri.rsplit("/", 1)[1].split("?", 1)[0]
            self.connection = mysql_connect(self.database_uri, database)
            self.connection.autocommit(True)
        return self.connection.cursor(MySQLdb.cursors.DictCursor)

    def floor_body(self, number):
        """Run floor ``number`` and return its JSON body (bytes)."""
        floor = self.floors[number]
        cursor = self._cursor()
        try:
            cursor.execute(floor["sql"], floor["params"])
            rows = cursor.fetchall()
        finally:
            cursor.close()
        return orjson.dumps({"data": {"total": len(rows), "rows": rows}, "message": None},
                            default=json_default, option=orjson.OPT_NON_STR_KEYS)

    def __call__(self, environ, start_response):
        """Serve a floor, or pass the request to py-ISPyB."""
        path = unquote(environ.get("PATH_INFO", ""))
        if not path.startswith(FLOOR_PREFIX):
            return self.application(environ, start_response)
        number = path[len(FLOOR_PREFIX):]
        if not number.isdigit() or int(number) >= len(self.floors):
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"no such floor"]
        body = self.floor_body(int(number))
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


def served_app():
    """Return py-ISPyB (configured as ``create_app()`` would be) with the floors of ``PYISPYB_BENCHMARK_FLOORS``."""
    application = create_app()
    with open(os.environ[FLOORS_ENV], encoding="utf-8") as handle:
        described = json.load(handle)
    return FloorServer(application, described["floors"], described["database_uri"])
