# SPDX-License-Identifier: LGPL-3.0-or-later
"""gunicorn settings for py-ISPyB (``gunicorn --config deploy/gunicorn.conf.py "pyispyb:create_app()"``).

Worker class: ``gthread`` (threads in each worker). With the default ``sync`` workers the
master kills a worker that has not notified it for ``timeout`` seconds, and a sync worker
cannot notify while it streams one response: a 60 MB attachment or a ZIP of a processing
run sent to a client reading at 2 MB/s was cut off after ``timeout`` seconds ("WORKER
TIMEOUT"). A gthread worker's main thread keeps notifying the master while other threads
stream, so a download may last as long as the client reads; ``timeout`` then only catches
a worker that is really stuck. Threads also keep slow clients from blocking the worker.
The application is thread-safe (one database session per request).

Metrics: every worker writes its counters into one folder per server
(``PROMETHEUS_MULTIPROC_DIR``), made here in the master before the workers start, and
removed when the master exits; ``/metrics`` adds up all workers, dead ones included.
"""

import multiprocessing
import os
import shutil
import tempfile

bind = os.environ.get("PYISPYB_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("PYISPYB_WORKERS", min(4, 2 * multiprocessing.cpu_count())))
worker_class = "gthread"  # not "sync": see above, a sync worker is killed in the middle of a long download
threads = int(os.environ.get("PYISPYB_THREADS", "8"))
timeout = int(os.environ.get("PYISPYB_TIMEOUT", "120"))  # a worker silent this long is stuck: restart it
graceful_timeout = 30
keepalive = 5
max_requests = 5000  # recycle workers now and then
max_requests_jitter = 500
accesslog = None  # py-ISPyB writes its own access line (with user, SQL count and request id)
errorlog = "-"
loglevel = os.environ.get("PYISPYB_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("PYISPYB_FORWARDED_ALLOW_IPS", "127.0.0.1")
if os.environ.get("PYISPYB_LOG_FORMAT") == "json":  # gunicorn's own lines as JSON too (with LOG_FORMAT: json)
    logconfig_dict = {"formatters": {"generic": {"()": "pyispyb.kernel.ops.logging.JsonFormatter"}}}

_given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _given and _given == os.environ.get("PYISPYB_OWN_METRICS_DIR"):  # configuration read again (HUP): keep it
    _OWN_METRICS_DIR = _given
elif _given:  # given by the operator: emptied at start (stale files would add old counts), kept at exit
    _OWN_METRICS_DIR = None
    os.makedirs(_given, mode=0o700, exist_ok=True)
    for _name in os.listdir(_given):
        if _name.endswith(".db"):
            os.unlink(os.path.join(_given, _name))
else:
    _OWN_METRICS_DIR = os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="pyispyb-metrics-")
    os.environ["PYISPYB_OWN_METRICS_DIR"] = _OWN_METRICS_DIR


def child_exit(server, worker):
    """Drop the live gauges of a worker that exited (its counters still count)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    """Remove the metrics folder this configuration made."""
    if _OWN_METRICS_DIR:
        shutil.rmtree(_OWN_METRICS_DIR, ignore_errors=True)
