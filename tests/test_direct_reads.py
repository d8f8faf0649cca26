# SPDX-License-Identifier: LGPL-3.0-or-later
"""Direct reads: a declared table's GET answered outside Flask gets the very answer Flask gives."""

import gzip
import logging

import pytest

from pyispyb import create_app
from tests.conftest import app_settings

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
STAFF = ("all_proposals", "all_sessions")


@pytest.fixture(scope="module")
def flask_only(database, tmp_path_factory):
    """The same application with ``DIRECT_READS: false``: every answer comes from Flask."""
    folder = tmp_path_factory.mktemp("flask-only")
    return create_app(run_mode="test", overrides=app_settings(database, DIRECT_READS=False,
                                                              STATE_FOLDER=str(folder / "state")))


@pytest.fixture
def direct_answers(app, monkeypatch):
    """Count the requests the direct layer answered itself."""
    answered = []
    direct = app.direct_reads
    original = direct.answer

    def counted(*args, **kwargs):
        answered.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(direct, "answer", counted)
    return answered


def both_answers(client, flask_only, path, headers):
    """Return the direct application's answer and the Flask-only application's to the same GET."""
    direct = client.get(f"{API}{path}", headers=headers)
    flask = flask_only.test_client().get(f"{API}{path}", headers=headers)
    return direct, flask


def comparable(response):
    """The answer without what differs on every request: status, body and headers (request id left out)."""
    headers = sorted((k, v) for k, v in response.headers.items() if k != "X-Request-ID")
    body = response.get_data()
    if response.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response.status_code, body, headers


@pytest.mark.parametrize("path, user, extra", [
    ("/proposals/37027", OWNER, {}),
    ("/proposals/141666", OWNER, {}),  # another proposal: 403
    ("/proposals/999999999", OWNER, {}),  # absent: 404
    ("/sessions/55167", OWNER, {}),
    ("/sessions?limit=2&order_by=startDate&order=desc", OWNER, {}),
    ("/sessions?proposalId=37027", STAFF, {}),
    ("/sessions?limit=1000", STAFF, {"Accept-Encoding": "gzip"}),  # large enough to be compressed
    ("/sessions?limit=1000", STAFF, {"Accept-Encoding": "identity"}),
    ("/sessions?nosuchcolumn=1", OWNER, {}),  # 400 before any SQL
    ("/sessions?limit=-1", OWNER, {}),
    ("/proposals/37027", OWNER, {"X-Request-ID": "client-id-1"}),
    ("/proposals/37027", OWNER, {"Accept": "*/*"}),
    ("/dewars", OWNER, {}),
    ("/proposals/37027", ("write_shipments",), {}),  # without the read permission of proposals: 403
    ("/proposals?limit=5", ("write_shipments",), {}),
])
def test_a_direct_read_answers_as_flask_does(client, auth, flask_only, direct_answers, path, user, extra):
    headers = {**auth.headers("boaty", user), **extra}
    direct, flask = both_answers(client, flask_only, path, headers)
    assert direct_answers, "the direct layer did not answer"
    assert comparable(direct) == comparable(flask)
    if extra.get("Accept-Encoding") == "gzip":
        assert direct.headers["Content-Encoding"] == "gzip"
    if "X-Request-ID" in extra:
        assert direct.headers["X-Request-ID"] == flask.headers["X-Request-ID"] == extra["X-Request-ID"]
    else:
        assert len(direct.headers["X-Request-ID"]) == 32


@pytest.mark.parametrize("method, path, headers", [
    ("HEAD", "/proposals/37027", {}),
    ("GET", "/proposals/37027", {"Origin": "https://exi.example.org"}),  # CORS: flask-cors answers
    ("GET", "/proposals/37027", {"Accept": "application/xml"}),  # negotiation: flask-restx answers
    ("GET", "/proposals/37027/info", {}),  # not a declared table's route
    ("GET", "/sessions/", {}),  # Flask redirects or refuses it
    ("GET", "/legacy/{token}/proposal/list", {}),
])
def test_what_is_not_a_plain_declared_read_goes_to_flask(client, auth, direct_answers, method, path, headers):
    token = auth.token("boaty", OWNER)
    response = client.open(f"{API}{path.format(token=token)}", method=method,
                           headers={"Authorization": f"Bearer {token}", **headers})
    assert response.status_code < 500
    assert direct_answers == []


@pytest.mark.parametrize("authorization, status", [
    (None, 401), ("Bearer not-a-token", 401), ("Basic Ym9hdHk6eA==", 401)])
def test_a_refused_token_is_answered_by_flask(client, flask_only, direct_answers, authorization, status):
    headers = {"Authorization": authorization} if authorization else {}
    direct, flask = both_answers(client, flask_only, "/proposals/37027", headers)
    assert direct.status_code == status and direct_answers == []
    assert comparable(direct) == comparable(flask)


def test_a_site_rule_refusing_the_read_is_answered_by_flask(app, client, auth, direct_answers, monkeypatch):
    monkeypatch.setitem(app.config, "AUTHORIZATION_RULES", {"proposal_by_id": {"get": ["manager"]}})
    response = client.get(f"{API}/proposals/37027", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 403 and "site authorization rule" in response.get_json()["message"]
    assert direct_answers == []
    monkeypatch.setitem(app.config, "AUTHORIZATION_RULES", {"proposal_by_id": {"get": ["own_proposals"]}})
    assert client.get(f"{API}/proposals/37027", headers=auth.headers("boaty", OWNER)).status_code == 200
    assert len(direct_answers) == 1


def test_a_direct_read_writes_its_access_line_and_metrics(client, auth, direct_answers, caplog):
    headers = auth.headers("boaty", OWNER)
    before = client.get("/metrics").get_data(as_text=True)
    with caplog.at_level(logging.INFO, logger="pyispyb.access"):
        response = client.get(f"{API}/proposals/37027", headers={**headers, "X-Request-ID": "direct-line-1"})
    assert response.status_code == 200 and direct_answers
    lines = [r for r in caplog.records if r.name == "pyispyb.access"]
    assert len(lines) == 1
    line = lines[0]
    assert line.getMessage().startswith(f"GET {API}/proposals/37027 200 ")
    assert line.getMessage().endswith("user=boaty sql=1")
    assert line.request_id == "direct-line-1"
    after = client.get("/metrics").get_data(as_text=True)
    label = f'method="GET",route="{API}/proposals/<proposal_id>",status="200"'
    assert count_of(after, label) == count_of(before, label) + 1


def count_of(exposition, labels):
    """Return the request counter of ``labels`` in a Prometheus exposition (0 when absent)."""
    for line in exposition.splitlines():
        if line.startswith("pyispyb_http_requests_total{") and labels in line:
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_direct_reads_can_be_turned_off(flask_only):
    assert flask_only.direct_reads is None
