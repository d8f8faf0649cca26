#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Soak a running py-ISPyB server with concurrent writes and check every answer in SQL.

    python scripts/soak.py --url http://127.0.0.1:8000 --database mysql://root@127.0.0.1/ispyb \\
        --clients 16 --seconds 300

Each client creates a Protein of proposal 37027 (a unique acronym per request), renames it and
deletes every other one, as a Dummy-plugin user with write permissions, until the time is up.
Every answer goes into a ledger; afterwards the database is read and each answer checked: a 2xx
must have landed, a 4xx or a 503 saying nothing changed must not, and no other 5xx may occur.
Prints the answers per status, requests per second and the problems; exits 1 if there are any.
Faults (killing or freezing the database) can be caused by hand during the run.
"""

import argparse
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.benchmarking import ledger  # noqa: E402
from pyispyb.demo_data.schema import mysql_connect  # noqa: E402


def parse_args(argv):
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="server root, e.g. http://127.0.0.1:8000")
    parser.add_argument("--database", required=True, help="mysql://user@host:port/db the server writes to")
    parser.add_argument("--clients", type=int, default=16, help="concurrent writers (default 16)")
    parser.add_argument("--seconds", type=float, default=300, help="duration (default 300)")
    parser.add_argument("--username", default="soak", help="Dummy-plugin user name")
    return parser.parse_args(argv)


def main(argv=None):
    """Run the soak; return the exit status."""
    options = parse_args(argv)
    token = ledger.login(options.url.rstrip("/"), options.username)
    book = ledger.Ledger(options.url.rstrip("/"), token, f"soak{uuid.uuid4().hex[:8]}")
    stop = threading.Event()
    start = time.monotonic()
    writers = book.run(options.clients, stop)
    try:
        time.sleep(options.seconds)
    finally:
        stop.set()
        for writer in writers:
            writer.join(timeout=120)
    elapsed = time.monotonic() - start
    server_uri, _, database = options.database.rpartition("/")
    connection = mysql_connect(server_uri, database)
    try:
        problems = book.problems(book.rows_in(connection))
    finally:
        connection.close()
    lines = [f"run {book.run_id}: {len(book.answers)} requests in {elapsed:.1f} s "
             f"({len(book.answers) / elapsed:.0f}/s), answers {book.counts()}"]
    lines += ["  " + problem for problem in problems[:50]]
    lines.append(f"{len(problems)} problems")
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
