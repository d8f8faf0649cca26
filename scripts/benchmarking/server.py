# SPDX-License-Identifier: LGPL-3.0-or-later
"""Run py-ISPyB under gunicorn for the benchmark, and read what it reports (access log, memory)."""

import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path


REPO_ROOT = Path(__file__).resolve().parents[2]  # the checkout: gunicorn imports scripts.benchmarking from it
API_ROOT = "/ispyb/api/v1"
ACCESS_LINE = re.compile(
    r"pyispyb\.access(?: \[[^\]]*\])?: "  # the request id in brackets, when there is one
    r"(?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>[\d.]+)ms user=\S+ sql=(?P<sql>\d+)")
DUMMY_PLUGIN = {"dummy": {"ENABLED": True, "AUTH_MODULE": "pyispyb.kernel.auth.DummyAuthentication",
                          "AUTH_CLASS": "DummyAuthentication", "CONFIG": {}}}


def server_settings(database_uri, log_file):
    """Return the ``server`` settings of the benchmarked application."""
    return {
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "AUTH": [DUMMY_PLUGIN],
        "ACCESS_LOG": True,
        "LOG_FILE": str(log_file),
        "LOG_LEVEL": "INFO",
        "SWAGGER_UI_URI": False,
    }


def write_config(folder, database_uri):
    """Write the benchmark's configuration file (JSON is valid YAML); return (config path, log path)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "server.log"
    config = folder / "config.yml"
    config.write_text(json.dumps({"server": server_settings(database_uri, log_file)}, indent=2))
    config.chmod(0o600)
    return config, log_file


@dataclass
class Server:
    """A running gunicorn with its address, process and log."""

    process: subprocess.Popen
    base_url: str
    log_file: Path

    def log_offset(self):
        """Current size of the access log (to read the lines of one run)."""
        return self.log_file.stat().st_size if self.log_file.exists() else 0

    def access_lines(self, start, end=None):
        """Return the parsed access lines written between two offsets."""
        return parse_access_log(self.log_file, start, end)

    def worker_cpu_seconds(self):
        """Return the CPU time (user + system) the gunicorn workers used so far."""
        return sum(cpu_seconds(pid) for pid in child_pids(self.process.pid))

    def worker_memory_mb(self):
        """Return the resident memory (MB) of each gunicorn worker."""
        return [rss_mb(pid) for pid in child_pids(self.process.pid)]

    def stop(self):
        """Stop gunicorn (graceful, then forced)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_gunicorn(config, log_file, port, workers=2, run_mode="test", timeout=120, floors_file=None):
    """Start ``gunicorn -w workers`` on 127.0.0.1:port with ``config``; wait until it answers.

    With ``floors_file`` the workers also serve the endpoints' floors
    (:mod:`scripts.benchmarking.floor_app`).
    """
    env = dict(os.environ, ISPYB_CONFIG=str(config), ISPYB_RUN_MODE=run_mode)
    application = "pyispyb:create_app()"
    if floors_file:
        env["PYISPYB_BENCHMARK_FLOORS"] = str(floors_file)
        application = "scripts.benchmarking.floor_app:served_app()"
    command = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
               "--pythonpath", str(REPO_ROOT),
               "--error-logfile", str(Path(log_file).with_name("gunicorn.log")), application]
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
    server = Server(process, f"http://127.0.0.1:{port}{API_ROOT}", Path(log_file))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped (status {process.returncode}); see {log_file}")
        status = http_status(f"{server.base_url}/auth/me")
        if status == 401 and len(child_pids(process.pid)) >= workers:
            return server
        time.sleep(0.5)
    server.stop()
    raise RuntimeError(f"gunicorn did not answer within {timeout} s")


def http_status(url):
    """Return the HTTP status of a GET (None when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


def request_json(url, method="GET", body=None, token=None):
    """Send one request; return (status, decoded JSON body or None)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        payload = exc.read()
        try:
            return exc.code, json.loads(payload or b"null")
        except ValueError:
            return exc.code, None


def login(base_url, username, permissions):
    """Log in with the Dummy plugin; return the token."""
    status, body = request_json(f"{base_url}/auth/login", "POST",
                                {"plugin": "dummy", "username": username, "password": permissions})
    if status != 200:
        raise RuntimeError(f"login of {username} failed: {status} {body}")
    return body["token"]


def parse_access_log(path, start=0, end=None):
    """Parse the access lines of ``path`` between byte offsets into dicts (method, path, status, ms, sql)."""
    with open(path, "rb") as handle:
        handle.seek(start)
        text = handle.read(None if end is None else max(0, end - start)).decode("utf-8", "replace")
    lines = []
    for match in ACCESS_LINE.finditer(text):
        lines.append({"method": match["method"], "path": match["path"], "status": int(match["status"]),
                      "ms": float(match["ms"]), "sql": int(match["sql"])})
    return lines


def child_pids(pid):
    """Return the ids of the processes whose parent is ``pid`` (Linux /proc)."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return sorted(children)


def cpu_seconds(pid):
    """CPU time (user + system) of a process in seconds (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid):
    """Resident memory of a process in MB (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def time_create_app(config, runs=3):
    """Time ``import pyispyb; create_app()`` in fresh interpreters; return the seconds of each run."""
    code = ("import time; t = time.perf_counter(); from pyispyb import create_app; "
            "create_app(); print(time.perf_counter() - t)")
    env = dict(os.environ, ISPYB_CONFIG=str(config), ISPYB_RUN_MODE="test")
    times = []
    for _ in range(runs):
        output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        times.append(float(output.stdout.strip().splitlines()[-1]))
    return times
