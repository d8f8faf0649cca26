# SPDX-License-Identifier: LGPL-3.0-or-later
"""Servers as a facility runs them: gunicorn with the shipped deploy/gunicorn.conf.py, and a real Redis."""

import os
import shutil
import subprocess
import time
import uuid
from contextlib import contextmanager

import pytest

from tests.conftest import IN_CI, TEST_SECRET
from tests.test_serving import BIN, free_port, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUNICORN_CONF = os.path.join(ROOT, "deploy", "gunicorn.conf.py")
REDIS_URL = os.environ.get("ISPYB_TEST_REDIS", "redis://127.0.0.1:6379/0")
DUMMY_AUTH_YAML = ("  AUTH:\n    - dummy:\n        ENABLED: true\n"
                   '        AUTH_MODULE: "pyispyb.kernel.auth.DummyAuthentication"\n'
                   '        AUTH_CLASS: "DummyAuthentication"\n        CONFIG: {}\n')


def missing(message):
    """Fail under CI (the service must be there), skip elsewhere."""
    pytest.fail(message) if IN_CI else pytest.skip(message)


@contextmanager
def redis_server(tmp_path):
    """Yield the URL of a real Redis: the one at ISPYB_TEST_REDIS, else one started here on a free port."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError:
        pass
    else:
        yield REDIS_URL
        return
    binary = shutil.which("redis-server")
    if not binary:
        missing(f"no Redis at {REDIS_URL} and no redis-server to start")
    port = free_port()
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        for _ in range(50):
            try:
                redis.Redis.from_url(url, socket_timeout=1).ping()
                break
            except redis.RedisError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_store(tmp_path):
    """``(url, prefix)`` of a real Redis with a key prefix of this test only; its keys are deleted after."""
    import redis

    with redis_server(tmp_path) as url:
        prefix = f"pyispyb-test-{uuid.uuid4().hex[:12]}:"
        yield url, prefix
        client = redis.Redis.from_url(url)
        keys = list(client.scan_iter(match=f"{prefix}*"))
        if keys:
            client.delete(*keys)


def write_host_config(path, uri, extra=""):
    """Write the YAML configuration of one host (dummy login, the test key, extra ``server`` lines)."""
    path.write_text(f'server:\n  SQLALCHEMY_DATABASE_URI: "{uri}"\n  SECRET_KEY: "{TEST_SECRET}"\n'
                    + DUMMY_AUTH_YAML + extra)
    return path


def start_gunicorn(run, config, *, workers=2, state=None, timeout_seconds=None, **env):
    """Start gunicorn with deploy/gunicorn.conf.py on a free loopback port; return ``(process, api root URL)``."""
    port = free_port()
    settings = {"ISPYB_CONFIG": str(config), "ISPYB_RUN_MODE": "test", "PYISPYB_BIND": f"127.0.0.1:{port}",
                "PYISPYB_WORKERS": str(workers), **env}
    if state:
        settings["ISPYB_STATE_FOLDER"] = str(state)
    if timeout_seconds:
        settings["PYISPYB_TIMEOUT"] = str(timeout_seconds)
    process = run([str(BIN / "gunicorn"), "--config", GUNICORN_CONF, "pyispyb:create_app()"], **settings)
    root = f"http://127.0.0.1:{port}/ispyb/api/v1"
    wait_for(f"{root}/swagger.json", process, timeout=60)
    return process, root
