# SPDX-License-Identifier: LGPL-3.0-or-later
"""A private MariaDB server (own datadir, socket and port) that fault tests may kill, freeze and restart.

Never the shared server: :class:`PrivateMariaDB` runs ``mariadbd`` on a data directory made with
``mariadb-install-db`` in a temporary folder, listening on a free loopback port.
"""

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from tests.support import reference_data as ref


def free_port():
    """Return a loopback TCP port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def mariadb_binaries():
    """Return ``(mariadbd, mariadb-install-db)`` paths, or None when MariaDB is not installed."""
    server = shutil.which("mariadbd") or shutil.which("mariadbd", path="/usr/sbin:/usr/local/sbin")
    install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
    return (server, install) if server and install else None


class PrivateMariaDB:
    """One ``mariadbd`` process on its own datadir; :meth:`kill`, :meth:`freeze`, :meth:`start` drive faults."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.datadir = self.folder / "data"
        self.socket = self.folder / "mariadb.sock"
        self.port = free_port()
        self.process = None
        self.server, self.install = mariadb_binaries()

    @property
    def server_uri(self):
        """``mysql://root@127.0.0.1:<port>`` of this server."""
        return f"mysql://root@127.0.0.1:{self.port}"

    def initialise(self):
        """Create the data directory (system tables only)."""
        self.datadir.mkdir(parents=True, exist_ok=True)
        subprocess.run([self.install, "--no-defaults", f"--datadir={self.datadir}", "--skip-test-db",
                        "--auth-root-authentication-method=normal", "--user=root", "--skip-name-resolve"],
                       check=True, capture_output=True, timeout=120)

    def start(self, timeout=60):
        """Start ``mariadbd`` and wait until it accepts connections."""
        log = open(self.folder / "mariadbd.log", "ab")  # noqa: SIM115 - kept open by the child
        self.process = subprocess.Popen(
            [self.server, "--no-defaults", f"--datadir={self.datadir}", f"--socket={self.socket}",
             f"--port={self.port}", "--bind-address=127.0.0.1", "--user=root", "--skip-name-resolve",
             f"--pid-file={self.folder / 'mariadbd.pid'}", "--innodb-buffer-pool-size=32M",
             "--innodb-log-file-size=16M", "--max-connections=60", "--skip-log-bin",
             "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"],
            stdout=log, stderr=log, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mariadbd exited: {(self.folder / 'mariadbd.log').read_text()[-2000:]}")
            try:
                ref.server_connect(self.server_uri).close()
                return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.2)
        raise RuntimeError("mariadbd did not start in time")

    def kill(self):
        """``kill -9`` the server and wait for it to be gone."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def freeze(self):
        """SIGSTOP the server: connections stay open, nothing answers."""
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self):
        """SIGCONT a frozen server."""
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self):
        """Stop the server (thawed first) and wait for it."""
        if self.process and self.process.poll() is None:
            self.thaw()
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def load_reference(self, database, version="v5.0.0"):
        """Load a reference schema and its test data into ``database``."""
        ref.load_into_mariadb(self.server_uri, database, version)

    def query(self, database, sql, *args):
        """Run one statement and return its rows."""
        conn = ref.server_connect(self.server_uri, database)
        try:
            cur = conn.cursor()
            cur.execute(sql, args)
            return cur.fetchall()
        finally:
            conn.close()
