# SPDX-License-Identifier: LGPL-3.0-or-later
"""One benchmark run: database, in-process checks, gunicorn + wrk per endpoint, mixed run, floors, report."""

import json
import logging
import os
import platform
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from scripts.benchmarking import checks, fixtures, load, report, server
from scripts.benchmarking.floor import time_floor
from scripts.benchmarking.floor_app import FLOOR_PREFIX
from scripts.benchmarking.mix import MIX, fill, fill_body, floor_parameters
from pyispyb.demo_data.schema import mysql_connect

log = logging.getLogger("benchmark.run")  # outside "pyispyb": create_app sets that level

ROUTE_NOT_FOUND = "The requested URL was not found"
VARIANTS = 10  # distinct requests per endpoint (ids cycled from the fixtures)


@dataclass
class Options:
    """What to run (see ``scripts/benchmark.py --help``)."""

    database_uri: str
    scale: float
    output: Path
    duration: int = 5
    mixed_duration: int = 20
    connections: int = 4
    workers: int = 2
    port: int = 8765
    floor_runs: int = 200
    rows: int = 0
    baseline: dict = None
    mix: tuple = tuple(MIX)


def user_token(client, username, permissions):
    """Log in through the in-process application; return the token."""
    response = client.post("/ispyb/api/v1/auth/login",
                           json={"plugin": "dummy", "username": username, "password": permissions})
    if response.status_code != 200:
        raise RuntimeError(f"login of {username} failed: {response.status_code} {response.get_json()}")
    return response.get_json()["token"]


def concrete_requests(endpoint, values, tokens):
    """Return ``[(method, full path, token, body)]``: the endpoint with each fixture variant."""
    token = tokens.get(endpoint.user)
    filled = {**values, "token": token or ""}
    return [(endpoint.method, server.API_ROOT + fill(endpoint.path, filled, i), token,
             fill_body(endpoint.body, filled, i)) for i in range(VARIANTS)]


def in_process_checks(options, config, values):
    """Check each endpoint in process: availability, SQL counts, EXPLAIN; return (results, tokens)."""
    from pyispyb import create_app

    app = create_app(str(config), "test", overrides={"ACCESS_LOG": False, "LOG_FILE": None, "LOG_LEVEL": "WARNING"})
    client = app.test_client()
    tokens = {"owner": user_token(client, values["owner_login"], fixtures.OWNER_PERMISSIONS),
              "staff": user_token(client, fixtures.STAFF_LOGIN, fixtures.STAFF_PERMISSIONS)}
    results = []
    for endpoint in options.mix:
        method, path, token, body = concrete_requests(endpoint, values, tokens)[0]
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        found = checks.check_endpoint(app, client, method, path, headers, body, lists=endpoint.lists)
        result = {"name": endpoint.name, "method": method, "path": endpoint.path, "scaling": endpoint.scaling,
                  "lists": endpoint.lists or "/legacy/" in endpoint.path, "weight": endpoint.weight,
                  "item": endpoint.item, "plain": endpoint.plain, **found}
        if found["status"] == 404 and found.get("message", "").startswith(ROUTE_NOT_FOUND):
            result.update(status="skipped", note=f"route not served yet ({endpoint.issue or 'unknown'})")
        elif found["status"] >= 400:
            result.update(status="failed", note=f"HTTP {found['status']}: {found.get('message')}")
        else:
            result["status"] = "measured"
        results.append(result)
    return results, tokens


def write_floors(path, options, values):
    """Write the floors file of the served floors; return ``{endpoint name: [floor paths]}``.

    Each endpoint with a floor gets one floor per fixture variant, so that the floor reads
    the same ids as the endpoint's requests.
    """
    floors, paths = [], {}
    for endpoint in options.mix:
        if endpoint.floor and endpoint.is_read:
            paths[endpoint.name] = []
            for i in range(VARIANTS):
                paths[endpoint.name].append(f"{FLOOR_PREFIX}{len(floors)}")
                floors.append({"sql": endpoint.floor, "params": floor_parameters(values, i)})
    Path(path).write_text(json.dumps({"database_uri": options.database_uri, "floors": floors}, default=str))
    Path(path).chmod(0o600)
    return paths


def served_floor(host, floor_paths, requests_file, script, duration):
    """Latency (wrk, 1 connection) of an endpoint's floor served by the same gunicorn workers."""
    load.write_requests(requests_file, [("GET", p, None, None) for p in floor_paths])
    warm_up(host, [("GET", p, None, None) for p in floor_paths])
    return load.run_wrk(host, requests_file, script, duration, connections=1)


def server_figures(srv, start):
    """Median server-side duration and SQL count of the access lines written since ``start``."""
    lines = srv.access_lines(start)
    if not lines:
        return None, None
    return statistics.median(ln["ms"] for ln in lines), round(statistics.median(ln["sql"] for ln in lines))


def drive(options, config, log_file, results, values, tokens, workdir):
    """Start gunicorn; per endpoint run wrk and time the floor; then the mixed run.

    Returns (mixed run summary, worker memory in MB).
    """
    floor_paths = write_floors(workdir / "floors.json", options, values)
    srv = server.start_gunicorn(config, log_file, options.port, options.workers,
                                floors_file=workdir / "floors.json")
    host = f"http://127.0.0.1:{options.port}"
    script, requests_file = workdir / "replay.lua", workdir / "requests.tsv"
    connection = mysql_connect(options.database_uri, options.database_uri.rsplit("/", 1)[1])
    params = floor_parameters(values)
    try:
        by_name = {e.name: e for e in options.mix}
        mixed = []
        for result in results:
            if result["status"] != "measured":
                continue
            endpoint = by_name[result["name"]]
            requests = concrete_requests(endpoint, values, tokens)
            mixed += requests * endpoint.weight
            load.write_requests(requests_file, requests)
            warm_up(host, requests)
            offset, cpu = srv.log_offset(), srv.worker_cpu_seconds()
            latency = load.run_wrk(host, requests_file, script, options.duration, connections=1)
            result["server_cpu_ms"] = 1000 * (srv.worker_cpu_seconds() - cpu) / max(latency["requests"], 1)
            result["server_ms"], result["sql_per_request"] = server_figures(srv, offset)
            if endpoint.name in floor_paths:  # timed right after the endpoint, under the same load from elsewhere
                floor_cpu = srv.worker_cpu_seconds()
                served = served_floor(host, floor_paths[endpoint.name], requests_file, script, options.duration)
                result["floor_cpu_ms"] = 1000 * (srv.worker_cpu_seconds() - floor_cpu) / max(served["requests"], 1)
                query = time_floor(connection, endpoint.floor, params, runs=options.floor_runs)
                result.update(floor_ms=served["latency_ms"]["p50"], floor_p95_ms=served["latency_ms"]["p95"],
                              query_floor_ms=query["median_ms"], floor_rows=query["rows"],
                              floor_bytes=query["bytes"])
                load.write_requests(requests_file, requests)
            throughput = load.run_wrk(host, requests_file, script, options.duration, options.connections,
                                      threads=min(2, options.connections))
            result.update(rps=throughput["rps"], p50_ms=latency["latency_ms"]["p50"],
                          p95_ms=latency["latency_ms"]["p95"], p99_ms=latency["latency_ms"]["p99"],
                          errors=latency["errors"] + throughput["errors"])
            if result["errors"]:
                result.update(status="failed", note=f"{result['errors']} failed requests under load "
                                                    f"(see {log_file})")
            log.info("%-32s %7.0f req/s  p50 %6.2f ms  sql %s", result["name"], result["rps"], result["p50_ms"],
                     result["sql_per_request"])
        summary = None
        if mixed:
            load.write_requests(requests_file, interleave(mixed))
            summary = load.run_wrk(host, requests_file, script, options.mixed_duration, options.connections,
                                   threads=min(2, options.connections))
            reads = sum(1 for r in mixed if r[0] == "GET")
            summary.update(connections=options.connections,
                           writes_per_20_reads=20 * (len(mixed) - reads) / max(reads, 1))
        memory = srv.worker_memory_mb()
    finally:
        srv.stop()
        connection.close()
    return summary, memory


def warm_up(host, requests, rounds=3):
    """Send each request a few times first: both workers compile their statements before the timing."""
    for _ in range(rounds):
        for method, path, token, body in requests:
            server.request_json(host + path, method, body, token)


def interleave(requests):
    """Shuffle a weighted request list so that kinds alternate (same order on every run)."""
    shuffled = list(requests)
    random.Random(0).shuffle(shuffled)
    return shuffled


def approximate_rows(connection):
    """Rows of the database according to InnoDB's statistics (approximate, instant)."""
    cursor = connection.cursor()
    cursor.execute("SELECT SUM(table_rows) FROM information_schema.tables WHERE table_schema = DATABASE()")
    rows = int(cursor.fetchone()[0] or 0)
    cursor.close()
    return rows


def benchmark(options):
    """Run the whole benchmark; return (report dict, written paths)."""
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    load_before = round(os.getloadavg()[0], 2)
    workdir = options.output / f"run-s{options.scale:g}"
    workdir.mkdir(parents=True, exist_ok=True)
    connection = mysql_connect(options.database_uri, options.database_uri.rsplit("/", 1)[1])
    try:
        values = fixtures.pick_fixtures(connection)
        rows = options.rows or approximate_rows(connection)
    finally:
        connection.close()
    config, log_file = server.write_config(workdir / "server", options.database_uri)
    create_times = server.time_create_app(config)
    results, tokens = in_process_checks(options, config, values)
    mixed, memory = drive(options, config, log_file, results, values, tokens, workdir)
    extras = {"scale": options.scale, "worker_memory_mb": memory, "create_app_s": create_times}
    targets = report.judge(results, extras, options.baseline)
    body = {
        "settings": {"scale": options.scale, "rows": rows, "started": started, "workers": options.workers,
                     "connections": options.connections, "duration": options.duration,
                     "floor_runs": options.floor_runs, "load_before": load_before,
                     "load_after": round(os.getloadavg()[0], 2),
                     "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"},
        "scale": options.scale,
        "fixtures": {k: v for k, v in values.items() if k != "owner_id"},
        "endpoints": results,
        "mixed": mixed,
        **extras,
        "targets": targets,
        "notes": [f"{r['name']}: {r['note']}" for r in results if r["status"] != "measured"],
    }
    paths = report.write_report(body, options.output, f"benchmark-s{options.scale:g}")
    return body, paths
