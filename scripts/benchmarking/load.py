# SPDX-License-Identifier: LGPL-3.0-or-later
"""Drive the server with ``wrk`` (Debian package ``wrk``) and a Lua script that replays a request list.

``wrk`` is an event-driven C load generator: on a 2-core machine shared with the server and
MariaDB it costs a fraction of what a Python load tool (locust) would take from the server
it measures, and it reports latency percentiles from an HdrHistogram.
"""

import json
import shutil
import subprocess
from pathlib import Path

LUA_SCRIPT = r"""
-- Replays the requests of a file: METHOD <tab> PATH <tab> TOKEN <tab> JSON BODY, one per line.
local requests = {}
local counter = 0

init = function(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    local method, path, token, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {}
    if token ~= "" then headers["Authorization"] = "Bearer " .. token end
    if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
    requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
  file:close()
end

request = function()
  counter = counter + 1
  return requests[(counter - 1) % #requests + 1]
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d}, "latency_us": {"mean": %.1f, "p50": %d, "p95": %d, ' ..
    '"p99": %d, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def wrk_available():
    """Return the path of ``wrk`` or None."""
    return shutil.which("wrk")


def write_requests(path, requests):
    """Write ``[(method, full path, token, body dict or None)]`` for the Lua script."""
    lines = []
    for method, url_path, token, body in requests:
        payload = json.dumps(body, separators=(",", ":")) if body is not None else ""
        lines.append("\t".join([method, url_path, token or "", payload]))
    Path(path).write_text("\n".join(lines) + "\n")


def run_wrk(host_url, requests_file, script_file, duration=5, connections=1, threads=1):
    """Run wrk against ``host_url`` replaying ``requests_file``; return its summary dict."""
    Path(script_file).write_text(LUA_SCRIPT)
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s",
               "--timeout", "30s", "-s", str(script_file), host_url, "--", str(requests_file)]
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 120)
    return parse_wrk_output(output.stdout)


def parse_wrk_output(text):
    """Return the summary the Lua ``done`` callback printed, with requests/s and latencies in ms."""
    line = next((ln for ln in text.splitlines() if ln.startswith("WRK_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{text}")
    summary = json.loads(line.removeprefix("WRK_JSON "))
    seconds = summary["duration_us"] / 1e6
    latency = {k: v / 1000 for k, v in summary["latency_us"].items()}
    errors = sum(summary["errors"].values())
    return {"requests": summary["requests"], "seconds": seconds, "rps": summary["requests"] / seconds,
            "latency_ms": latency, "errors": errors, "non_2xx_or_3xx": summary["errors"]["status"]}
