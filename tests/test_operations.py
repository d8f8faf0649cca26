# SPDX-License-Identifier: LGPL-3.0-or-later
"""What operators rely on: /health (database up and down), compression, request ids and JSON logs."""

import gzip
import json

import brotli
import pytest
from sqlalchemy.engine import make_url

from pyispyb import create_app
from tests.conftest import app_settings
from tests.support.relay import Relay
from tests.test_deployment import metric_value

API = "/ispyb/api/v1"


def test_health_answers_without_authentication_and_says_nothing_sensitive(client, database):
    response = client.get(f"{API}/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["auth_store"] == "ok"
    assert set(body) == {"status", "database", "auth_store", "version"}
    text = response.get_data(as_text=True)
    assert make_url(database.uri).database not in text and "root" not in text


def relayed_client(database, tmp_path):
    """A test client of an application reaching MariaDB through a :class:`Relay` (skip on SQLite): (client, relay)."""
    if not database.is_mariadb:
        pytest.skip("a SQLite file cannot go down")
    url = make_url(database.uri)
    relay = Relay(url.host, url.port or 3306).start()
    through_relay = url.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    app = create_app(run_mode="test", overrides=app_settings(
        database, SQLALCHEMY_DATABASE_URI=through_relay, STATE_FOLDER=str(tmp_path)))
    return app.test_client(), relay


def test_health_is_503_while_the_database_is_down_and_200_once_it_is_back(database, tmp_path):
    client, relay = relayed_client(database, tmp_path)
    assert client.get(f"{API}/health").status_code == 200
    before = client.get("/metrics").get_data(as_text=True)  # one process: counters of earlier tests included
    relay.cut()
    for _ in range(2):  # the pooled connection is broken, then no new one can be made
        response = client.get(f"{API}/health")
        assert response.status_code == 503
        assert response.get_json() == {"status": "unavailable", "database": "unavailable", "auth_store": "ok",
                                       "version": response.get_json()["version"],
                                       "message": "the database does not answer"}
    after = client.get("/metrics").get_data(as_text=True)
    errors = {"kind": "OperationalError"}
    assert metric_value(after, "pyispyb_database_errors_total", **errors) > \
        metric_value(before, "pyispyb_database_errors_total", **errors)
    health_503 = {"method": "GET", "route": f"{API}/health", "status": "503"}
    assert metric_value(after, "pyispyb_http_requests_total", **health_503) == \
        metric_value(before, "pyispyb_http_requests_total", **health_503) + 2
    relay.start()
    try:
        assert client.get(f"{API}/health").status_code == 200
    finally:
        relay.cut()


def swagger(client, **headers):
    return client.get(f"{API}/swagger.json", headers=headers)


def test_large_json_is_compressed_as_the_client_asks(client):
    plain = swagger(client)
    assert "Content-Encoding" not in plain.headers and len(plain.data) > 100_000
    assert "Accept-Encoding" in plain.headers["Vary"]
    zipped = swagger(client, **{"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in zipped.headers["Vary"]
    assert int(zipped.headers["Content-Length"]) == len(zipped.data) < len(plain.data) / 5
    assert json.loads(gzip.decompress(zipped.data)) == plain.get_json()
    squeezed = swagger(client, **{"Accept-Encoding": "gzip, deflate, br"})
    assert squeezed.headers["Content-Encoding"] == "br"
    assert json.loads(brotli.decompress(squeezed.data)) == plain.get_json()
    assert swagger(client, **{"Accept-Encoding": "br;q=0.5, gzip"}).headers["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in swagger(client, **{"Accept-Encoding": "identity"}).headers


def test_small_answers_and_files_are_not_compressed(client):
    small = client.get(f"{API}/health", headers={"Accept-Encoding": "gzip"})
    assert len(small.data) < 1024 and "Content-Encoding" not in small.headers
    assert small.get_json()["status"] == "ok"


@pytest.mark.parametrize("settings, compressed", [({"COMPRESSION": False}, False),
                                                  ({"COMPRESSION_MIN_SIZE": 10}, True),
                                                  ({"COMPRESSION_MIN_SIZE": 10_000_000}, False)])
def test_compression_is_configurable(database, tmp_path, settings, compressed):
    if database.backend != "sqlite":
        pytest.skip("configuration only")
    app = create_app(run_mode="test", overrides=app_settings(database, STATE_FOLDER=str(tmp_path), **settings))
    for url in (f"{API}/health", f"{API}/swagger.json"):
        response = app.test_client().get(url, headers={"Accept-Encoding": "gzip"})
        big_enough = len(response.data) > 10 if compressed else True
        assert ("Content-Encoding" in response.headers) == (compressed and big_enough)


def test_request_id_is_taken_from_the_client_or_made_and_echoed(client):
    given = client.get(f"{API}/health", headers={"X-Request-ID": "lb-42.a:b_c"})
    assert given.headers["X-Request-ID"] == "lb-42.a:b_c"
    made = client.get(f"{API}/health")
    assert len(made.headers["X-Request-ID"]) == 32
    for bad in ("has space", "x" * 65, "a\x00b", "eyJhbGciOiJIUzI1NiJ9." + "a" * 80 + ".sig"):
        echoed = client.get(f"{API}/health", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
        assert echoed != bad and len(echoed) == 32
    assert client.get(f"{API}/no/such/route").headers["X-Request-ID"]


def test_a_read_pool_outage_is_503_counted_and_recovered(database, tmp_path):
    """A plain read (on the read pool) meeting a cut connection, then no connection at all, answers 503."""
    client, relay = relayed_client(database, tmp_path)
    login = client.post(f"{API}/auth/login",
                        json={"plugin": "dummy", "username": "reader", "password": "all_proposals"})
    headers = {"Authorization": f"Bearer {login.get_json()['token']}"}
    assert client.get(f"{API}/proposals?limit=1", headers=headers).status_code == 200
    before = client.get("/metrics").get_data(as_text=True)
    relay.cut()
    answers = [client.get(f"{API}/proposals?limit=1", headers=headers) for _ in range(2)]
    assert [a.status_code for a in answers] == [503, 503]
    assert all(a.get_json() == {"message": "the database is unavailable, try again later"} for a in answers)
    after = client.get("/metrics").get_data(as_text=True)
    errors = {"kind": "OperationalError"}
    assert metric_value(after, "pyispyb_database_errors_total", **errors) >= \
        metric_value(before, "pyispyb_database_errors_total", **errors) + 2
    relay.start()
    try:
        assert client.get(f"{API}/proposals?limit=1", headers=headers).status_code == 200
    finally:
        relay.cut()
