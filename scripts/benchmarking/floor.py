# SPDX-License-Identifier: LGPL-3.0-or-later
"""The floor of an endpoint: its rows fetched with one hand-written SQL query and encoded to JSON.

It runs in the benchmark's process with MySQLdb and the standard ``json`` module (with
the server's encoding of dates and decimals): what a hand-written script would cost,
with no framework at all. The target is to stay within 2x of it.
"""

import statistics
import time

import json

from pyispyb.kernel.http import json_default


def time_floor(connection, sql, params, runs=200, warmup=5):
    """Run ``sql`` + JSON encoding ``runs`` times; return median/p95 ms, rows and bytes."""
    import MySQLdb.cursors

    cursor = connection.cursor(MySQLdb.cursors.DictCursor)
    times, rows, body = [], [], ""
    for n in range(warmup + runs):
        started = time.perf_counter()
        cursor.execute(sql, params)
        rows = list(cursor.fetchall())
        body = json.dumps({"data": {"total": len(rows), "rows": rows}, "message": None}, default=json_default)
        if n >= warmup:
            times.append((time.perf_counter() - started) * 1000)
    cursor.close()
    times.sort()
    return {"median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))],
            "rows": len(rows), "bytes": len(body), "runs": runs}
