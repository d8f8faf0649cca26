# SPDX-License-Identifier: LGPL-3.0-or-later
"""Pieces of the benchmark (no timing here: performance is judged by scripts/benchmark.py)."""

import re
from pathlib import Path

import pytest

from scripts.benchmarking import checks, report
from scripts.benchmarking.floor_app import FloorServer
from scripts.benchmarking.load import parse_wrk_output, write_requests
from scripts.benchmarking.mix import MIX, Endpoint, fill, fill_body, with_limit
from scripts.benchmarking.server import parse_access_log

API = "/ispyb/api/v1"
STAFF = ("all_proposals", "all_sessions")


def test_mix_templates_fill_from_fixtures_cycling_lists():
    values = {"owner_proposal_id": [5, 7], "token": "t0k", "owner_login": "ann"}
    assert fill("/proposals/{owner_proposal_id}", values, 0) == "/proposals/5"
    assert fill("/proposals/{owner_proposal_id}", values, 3) == "/proposals/7"
    assert fill("/legacy/{token}/proposal/list", values) == "/legacy/t0k/proposal/list"
    assert fill_body({"username": "{owner_login}", "n": 1}, values) == {"username": "ann", "n": 1}
    assert with_limit("/sessions?proposalId=3&limit=20", 1000) == "/sessions?proposalId=3&limit=1000"
    assert with_limit("/sessions", 10) == "/sessions?limit=10"


def test_mix_has_one_write_per_about_twenty_reads_and_unique_names():
    names = [e.name for e in MIX]
    assert len(names) == len(set(names))
    reads = sum(e.weight for e in MIX if e.is_read)
    writes = sum(e.weight for e in MIX if not e.is_read and e.user is not None)
    assert 10 <= reads / writes <= 30


def test_access_log_lines_are_parsed(tmp_path):
    log = tmp_path / "server.log"
    log.write_text(
        "2026-01-01 10:00:00,000 INFO pyispyb.access: GET /ispyb/api/v1/proposals 200 3.5ms user=ann sql=3\n"
        "2026-01-01 10:00:00,100 INFO pyispyb.app: something else\n"
        "2026-01-01 10:00:00,200 INFO pyispyb.access [0f3a]: PATCH /ispyb/api/v1/sessions/2 200 7.0ms user=bo sql=4\n")
    lines = parse_access_log(log)
    assert lines == [{"method": "GET", "path": "/ispyb/api/v1/proposals", "status": 200, "ms": 3.5, "sql": 3},
                     {"method": "PATCH", "path": "/ispyb/api/v1/sessions/2", "status": 200, "ms": 7.0, "sql": 4}]
    assert parse_access_log(log, start=len(log.read_text().splitlines(True)[0])) == lines[1:]


def test_wrk_summary_is_read_from_the_lua_output(tmp_path):
    text = ("Running 5s test\n  Latency Distribution\n"
            'WRK_JSON {"requests": 500, "duration_us": 5000000, "bytes": 1000, "errors": {"connect": 0, '
            '"read": 0, "write": 0, "status": 2, "timeout": 0}, "latency_us": {"mean": 9000.0, "p50": 8000, '
            '"p95": 15000, "p99": 20000, "max": 30000}}\n')
    summary = parse_wrk_output(text)
    assert summary["rps"] == 100 and summary["latency_ms"]["p50"] == 8 and summary["errors"] == 2
    write_requests(tmp_path / "r.tsv", [("POST", "/a", "tok", {"x": 1}), ("GET", "/b", None, None)])
    assert (tmp_path / "r.tsv").read_text() == 'POST\t/a\ttok\t{"x":1}\nGET\t/b\t\t\n'


def measured(name, p50, floor, sql=2, pages=None, scaling=False, **kind):
    return {"name": name, "status": "measured", "method": "GET", "p50_ms": p50, "p95_ms": p50 * 2,
            "p99_ms": p50 * 3, "rps": 100.0, "floor_ms": floor, "sql_per_request": sql, "scaling": scaling,
            "sql_by_page_size": pages or {}, "rows": 20, "server_cpu_ms": 0.5, **kind}


def test_items_get_the_tighter_ratio_and_simple_reads_one_statement_and_little_cpu():
    results = [measured("item", 1.8, 1.0, sql=1, item=True), measured("page", 1.8, 1.0, sql=2, plain=True),
               {**measured("heavy page", 1.0, 1.0, sql=1, plain=True), "server_cpu_ms": 0.9}]
    verdicts = {v["target"]: v["met"] for v in report.judge(results, {"scale": 1})}
    assert verdicts["item: time per request <= 1.5x floor"] is False
    assert verdicts["page: time per request <= 2x floor"] is True
    assert verdicts["item: an item read is 1 SQL statement"] is True
    assert verdicts["page: a plain list page is 1 SQL statement"] is False
    assert verdicts["item: server CPU per request < 0.7 ms"] is True
    assert verdicts["heavy page: server CPU per request < 0.7 ms"] is False
    assert results[0]["floor_ratio"] == pytest.approx(1.8) and results[0]["floor_target"] == 1.5


def test_targets_are_judged_and_the_misses_named():
    results = [measured("fast", 1.0, 0.8, pages={10: 2, 1000: 2}, scaling=True),
               measured("slow", 5.0, 1.0, sql=7, pages={10: 3, 1000: 7}),
               {"name": "later", "status": "skipped", "note": "route not served yet"}]
    baseline = {"scale": 0.1, "endpoints": [measured("fast", 0.5, 0.4)]}
    verdicts = report.judge(results, {"scale": 1, "worker_memory_mb": [90, 250], "create_app_s": [1.0]}, baseline)
    by_target = {v["target"]: v["met"] for v in verdicts}
    assert by_target["fast: time per request <= 2x floor"] is True
    assert by_target["slow: time per request <= 2x floor"] is False
    assert by_target["slow: SQL per request <= 5, not growing with the page size"] is False
    assert by_target["fast: latency growth scale 0.1 -> 1 <= 1.3x"] is False
    assert by_target["worker memory < 200 MB after the run"] is False
    assert by_target["create_app < 3 s"] is True


def test_a_larger_page_may_skip_the_count_but_never_add_statements():
    results = [measured("short page", 1.0, 0.8, pages={10: 2, 1000: 1}),
               measured("growing", 1.0, 0.8, pages={"10": 2, "1000": 3})]
    verdicts = {v["target"]: v["met"] for v in report.judge(results, {"scale": 1})}
    assert verdicts["short page: SQL per request <= 5, not growing with the page size"] is True
    assert verdicts["growing: SQL per request <= 5, not growing with the page size"] is False


def test_served_floor_runs_its_query_and_passes_other_paths_to_the_server(app, database):
    if not database.is_mariadb:
        pytest.skip("floors are hand-written MariaDB SQL")
    from werkzeug.test import Client

    floors = [{"sql": "SELECT proposalId FROM Proposal WHERE proposalId IN (%(first)s, %(second)s) ORDER BY 1",
               "params": {"first": 0, "second": 0}}]
    with app.app_context():
        from pyispyb.kernel.data import db

        ids = [row[0] for row in db.session.execute(db.text("SELECT proposalId FROM Proposal LIMIT 2"))]
    floors[0]["params"] = {"first": ids[0], "second": ids[1]}
    served = Client(FloorServer(app, floors, database.uri))
    response = served.get("/__floor__/0")
    assert response.status_code == 200
    assert response.json == {"data": {"total": 2, "rows": [{"proposalId": i} for i in sorted(ids)]}, "message": None}
    assert served.get("/__floor__/7").status_code == 404
    assert served.get(f"{API}/auth/me").status_code == 401  # py-ISPyB itself


def test_every_read_of_the_mix_has_a_floor_with_parameters_from_the_fixtures():
    known = {"owner_id", "owner_login", "owner_proposal_id", "owner_session_id", "owner_dcg_id", "owner_dc_id",
             "proposal_id", "session_id", "beamline"}
    for endpoint in MIX:
        if endpoint.is_read and endpoint.user is not None:
            assert endpoint.floor, endpoint.name
            assert set(re.findall(r"%\((\w+)\)s", endpoint.floor)) <= known, endpoint.name


def test_report_is_written_as_json_markdown_and_plot(tmp_path):
    body = {"settings": {"scale": 0.1, "rows": 10, "started": "now", "workers": 2, "connections": 4,
                         "duration": 5, "floor_runs": 10, "machine": "test"},
            "endpoints": [measured("fast", 1.0, 0.8), measured("slow item", 9.0, 1.0, item=True),
                          {"name": "later", "status": "skipped", "note": "404"}],
            "mixed": None, "notes": ["later: 404"]}
    body["targets"] = report.judge(body["endpoints"], {"scale": 0.1})
    paths = report.write_report(body, tmp_path, "bench")
    text = Path(paths["markdown"]).read_text()
    assert "| fast | 100 | 1.00 |" in text and "skipped: 404" in text and "**NO**" in text
    assert "| slow item | item | 9.00 | 1.5 | **NO** | 2 | 0.50 |" in text  # the reads against their floor
    assert Path(paths["json"]).exists()
    if "plot" in paths:
        assert Path(paths["plot"]).read_bytes()[:4] == b"\x89PNG"


def test_endpoint_check_counts_sql_independent_of_page_size(app, client, auth):
    headers = auth.headers("staff", STAFF)
    found = checks.check_endpoint(app, client, "GET", f"{API}/sessions?limit=20", headers, lists=True)
    assert found["status"] == 200 and found["sql"] <= 5
    assert found["sql_by_page_size"][1000] <= found["sql_by_page_size"][10]
    missing = checks.check_endpoint(app, client, "GET", f"{API}/no/such/route", headers)
    assert missing["status"] == 404 and missing["message"].startswith("The requested URL was not found")


@pytest.mark.parametrize("endpoint", [e for e in MIX if e.user is None or e.method != "GET"], ids=lambda e: e.name)
def test_writes_and_logins_of_the_mix_have_bodies(endpoint: Endpoint):
    assert endpoint.body


def test_gunicorn_finds_the_floor_app_outside_the_runtime_package(database, tmp_path, monkeypatch):
    if database.backend != "sqlite":
        pytest.skip("one server start is enough (the floors are not queried)")
    import json
    import socket
    import urllib.error
    import urllib.request

    from scripts.benchmarking import server

    monkeypatch.chdir(tmp_path)  # gunicorn must not rely on the working directory to import scripts.benchmarking
    monkeypatch.setenv("ISPYB_STATE_FOLDER", str(tmp_path / "state"))
    config, log_file = server.write_config(tmp_path / "server", database.uri)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"database_uri": "mysql://nobody@127.0.0.1/none", "floors": []}))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = server.start_gunicorn(config, log_file, port, workers=1, floors_file=floors, timeout=60)
    try:
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/__floor__/0", timeout=10)
        assert answer.value.code == 404 and answer.value.read() == b"no such floor"  # FloorServer's own answer
        assert server.http_status(f"{running.base_url}/auth/me") == 401
    finally:
        running.stop()
