# SPDX-License-Identifier: LGPL-3.0-or-later
"""Several hosts behind a load balancer share one Redis: a logout and a login throttle hold on every host."""

import pytest
import requests

from pyispyb import create_app
from pyispyb.app.extensions.auth.store import RedisAuthStore
from tests.conftest import app_settings
from tests.support.deployment import redis_store, start_gunicorn, write_host_config  # noqa: F401 (fixture)
from tests.test_serving import call, run  # noqa: F401 (fixture)

LOGIN, LOGOUT, ME = "/auth/login", "/auth/logout", "/auth/me"


def only_one_schema(database):
    """Servers started per test are slow: one MariaDB schema is enough for them."""
    if database.backend == "mariadb-v1.10.4":
        pytest.skip("served on SQLite and MariaDB v5.0.0")


def test_redis_store_keeps_revocations_and_failures(redis_store):  # noqa: F811
    url, prefix = redis_store
    store = RedisAuthStore({"AUTH_STORE": url, "AUTH_STORE_PREFIX": prefix})
    twin = RedisAuthStore({"AUTH_STORE": url, "AUTH_STORE_PREFIX": prefix})
    store.revoke("token-1", expires_at=4_000_000_000)
    assert twin.is_revoked("token-1") and not twin.is_revoked("token-2")
    store.record_failure(["user:x", "addr:10.0.0.1"], now=1000.0, window=60)
    twin.record_failure(["user:x"], now=1001.0, window=60)
    assert store.recent_failures("user:x", since=900.0, limit=10) == [1000.0, 1001.0]
    assert store.recent_failures("user:x", since=1000.0, limit=10) == [1001.0]
    assert store.recent_failures("user:x", since=0, limit=1) == [1001.0]  # the latest ones
    twin.clear_failures("user:x")
    assert store.recent_failures("user:x", since=0, limit=10) == []
    assert store.recent_failures("addr:10.0.0.1", since=0, limit=10) == [1000.0]
    assert store.check()


def test_an_unreachable_redis_is_a_503_without_its_address(database, tmp_path):
    from tests.test_serving import free_port

    port = free_port()  # nothing listens there
    app = create_app(run_mode="test", overrides=app_settings(
        database, AUTH_STORE=f"redis://:hunter2-secret@127.0.0.1:{port}/0", STATE_FOLDER=str(tmp_path)))
    response = app.test_client().post("/ispyb/api/v1/auth/login", json={"username": "boaty", "password": "x"})
    assert response.status_code == 503
    assert response.get_json() == {"message": "the token store is unavailable; try again later"}
    assert str(port) not in response.get_data(as_text=True)


def test_two_hosts_share_logout_and_throttle_through_redis(run, tmp_path, database, redis_store):  # noqa: F811
    only_one_schema(database)
    url, prefix = redis_store
    extra = (f'  AUTH_STORE: "{url}"\n  AUTH_STORE_PREFIX: "{prefix}"\n  LOG_LEVEL: WARNING\n'
             "  LOGIN_MAX_FAILURES: 1000\n  LOGIN_MAX_ADDRESS_FAILURES: 3\n")
    hosts = []
    for name in ("host-a", "host-b"):  # each host its own configuration copy and state folder
        (tmp_path / name).mkdir()
        config = write_host_config(tmp_path / name / "config.yml", database.uri, extra)
        hosts.append(start_gunicorn(run, config, workers=2, state=tmp_path / name / "state")[1])
    a, b = hosts
    credentials = {"plugin": "dummy", "username": "boaty", "password": "own_proposals"}
    status, body = call(a + LOGIN, credentials)
    assert status == 200
    token = body["token"]
    for _ in range(3):  # each host, each worker accepts it
        assert call(b + ME, token=token)[0] == 200
        assert call(a + ME, token=token)[0] == 200
    assert requests.post(a + LOGOUT, headers={"Authorization": f"Bearer {token}"}, timeout=10).status_code == 204
    for _ in range(4):  # logged out on host A: refused by every worker of host B
        status, body = call(b + ME, token=token)
        assert status == 401 and "revoked" in body["message"]

    wrong = {"plugin": "dummy", "username": " ", "password": "x"}  # the Dummy plugin refuses a blank user name
    assert call(a + LOGIN, wrong)[0] == 401
    assert call(b + LOGIN, wrong)[0] == 401
    assert call(a + LOGIN, wrong)[0] == 401
    for host in (b, a):  # 3 failures from one address spread over two hosts block that address on both
        status, body = call(host + LOGIN, credentials)
        assert status == 429 and "too many failed logins for this address" in body["message"]
