# SPDX-License-Identifier: LGPL-3.0-or-later
"""gunicorn settings for py-ISPyB (``gunicorn --config deploy/gunicorn.conf.py "pyispyb:create_app()"``)."""

import multiprocessing
import os

bind = os.environ.get("PYISPYB_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("PYISPYB_WORKERS", min(4, 2 * multiprocessing.cpu_count())))
threads = int(os.environ.get("PYISPYB_THREADS", "1"))
timeout = 120  # file downloads and label PDFs can take a while
graceful_timeout = 30
max_requests = 5000  # recycle workers now and then
max_requests_jitter = 500
accesslog = None  # py-ISPyB writes its own access line (with user and SQL count)
errorlog = "-"
loglevel = os.environ.get("PYISPYB_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("PYISPYB_FORWARDED_ALLOW_IPS", "127.0.0.1")
