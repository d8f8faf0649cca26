# SPDX-License-Identifier: LGPL-3.0-or-later
"""The floor of an endpoint: its rows fetched with one hand-written SQL query and encoded to JSON.

It runs in the benchmark's process with MySQLdb and the server's own JSON encoder, so
it is what the endpoint would cost with no framework at all: the server cannot do
better than this, and the target is to stay within 2x of it.
"""

import statistics
import time

from pyispyb.app.extensions.api import dumps


def time_floor(connection, sql, params, runs=200, warmup=5):
    """Run ``sql`` + JSON encoding ``runs`` times; return median/p95 ms, rows and bytes."""
    import MySQLdb.cursors

    cursor = connection.cursor(MySQLdb.cursors.DictCursor)
    times, rows, body = [], [], ""
    for n in range(warmup + runs):
        started = time.perf_counter()
        cursor.execute(sql, params)
        rows = list(cursor.fetchall())
        body = dumps({"data": {"total": len(rows), "rows": rows}, "message": None})
        if n >= warmup:
            times.append((time.perf_counter() - started) * 1000)
    cursor.close()
    times.sort()
    return {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))],
            "rows": len(rows), "bytes": len(body), "runs": runs}
