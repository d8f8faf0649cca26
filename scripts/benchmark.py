#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Benchmark py-ISPyB on generated facility data (see docs/benchmark.md).

    python scripts/benchmark.py --scale 0.1
    python scripts/benchmark.py --scale 1 --baseline benchmark-results/benchmark-s0.1.json

Generates (or reuses) the MariaDB database ``pyispyb_bench_s<scale>``, runs the server
under gunicorn, drives the request mix with wrk, times each endpoint's floor and writes
``benchmark-s<scale>.json``, ``.md`` and ``.png`` into the output folder.
"""

import argparse
import json
import logging
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.benchmarking import load  # noqa: E402
from scripts.benchmarking.database import prepare_database  # noqa: E402
from scripts.benchmarking.run import Options, benchmark  # noqa: E402
from pyispyb.demo_data import Plan  # noqa: E402
from pyispyb.progress import Progress  # noqa: E402

log = logging.getLogger("benchmark")


def parse_args(argv):
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=0.1, help="data set scale (1 = one year of a large facility)")
    parser.add_argument("--server", default="mysql://root@127.0.0.1:3306", help="MariaDB server URI")
    parser.add_argument("--database", help="database name (default pyispyb_bench_s<scale>)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed")
    parser.add_argument("--schema", default=str(ROOT.parent / "shared" / "ispyb-database" / "v5.0.0"),
                        help="reference schema folder (tables.sql, lookups.sql)")
    parser.add_argument("--regenerate", action="store_true", help="drop and regenerate the database")
    parser.add_argument("--output", default="benchmark-results", help="folder of the reports")
    parser.add_argument("--duration", type=int, default=5, help="seconds of each wrk run per endpoint")
    parser.add_argument("--mixed-duration", type=int, default=20, help="seconds of the mixed run")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections of the throughput runs")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8765, help="port of the benchmarked server")
    parser.add_argument("--floor-runs", type=int, default=200, help="timed runs of each floor query")
    parser.add_argument("--baseline", help="report JSON of a smaller scale, for the growth target")
    parser.add_argument("--endpoint", action="append",
                        help="measure only this endpoint of the mix (repeatable; a quick look, not a full report)")
    return parser.parse_args(argv)


def main(argv=None):
    """Run the benchmark; print the readable report."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop gunicorn on the way out
    args = parse_args(argv)
    if not load.wrk_available():
        log.error("wrk is not installed (Debian: apt-get install wrk)")
        return 2
    name = args.database or f"pyispyb_bench_s{args.scale:g}".replace(".", "_")
    uri = f"{args.server.rstrip('/')}/{name}"

    with Progress("generating", total=Plan.from_scale(args.scale).estimated_rows()) as progress:
        rows, seconds = prepare_database(uri, args.scale, args.seed, args.schema, args.regenerate, progress)
    if rows:
        log.info("generated %d rows in %.0f s (%.0f rows/s)", rows, seconds, rows / seconds)
    options = Options(database_uri=uri, scale=args.scale, output=Path(args.output), duration=args.duration,
                      mixed_duration=args.mixed_duration, connections=args.connections, workers=args.workers,
                      port=args.port, floor_runs=args.floor_runs, rows=rows or 0,
                      baseline=json.loads(Path(args.baseline).read_text()) if args.baseline else None)
    if args.endpoint:
        unknown = set(args.endpoint) - {e.name for e in options.mix}
        if unknown:
            log.error("not in the mix: %s", ", ".join(sorted(unknown)))
            return 2
        options.mix = tuple(e for e in options.mix if e.name in args.endpoint)
    report, paths = benchmark(options)
    sys.stdout.write(paths["markdown"].read_text())
    log.info("report: %s", ", ".join(str(p) for p in paths.values()))
    return 0 if all(t["met"] for t in report["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
