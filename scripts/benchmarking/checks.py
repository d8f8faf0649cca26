# SPDX-License-Identifier: LGPL-3.0-or-later
"""In-process checks of each endpoint's SQL: how many statements, whether the page size changes
that number, and what ``EXPLAIN`` says (a full scan of a large table is flagged).
"""

from pyispyb.kernel.data import StatementRecorder
from scripts.benchmarking.mix import with_limit

LARGE_TABLE_ROWS = 50_000  # an access type ALL/index over more rows than this is a full scan
SMALL_PAGE, LARGE_PAGE = 10, 1000


def explain(connection, statement, parameters):
    """Return the EXPLAIN rows of a SELECT as dicts (table, type, key, rows)."""
    result = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
    return [dict(row) for row in result.mappings()]


def full_scans(plan):
    """Return the EXPLAIN rows that read a whole large table or index."""
    return [row for row in plan
            if row.get("type") in ("ALL", "index") and int(row.get("rows") or 0) > LARGE_TABLE_ROWS]


def page_rows(body):
    """Number of rows in a response body (list envelope, plain list, or one object)."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "rows" in body["data"]:
        return len(body["data"]["rows"])
    if isinstance(body, list):
        return len(body)
    return 1


def check_endpoint(app, client, method, path, headers, body=None, lists=False):
    """Run one request in process; return its SQL count(s), EXPLAIN findings and row count."""
    with app.app_context():
        engine = app.extensions["sqlalchemy"].engine
    recorder = StatementRecorder(engine)
    with recorder:
        response = client.open(path, method=method, headers=headers, json=body)
    statements = list(zip(recorder.statements, recorder.parameters, strict=True))
    payload = response.get_json(silent=True)
    result = {"status": response.status_code, "sql": len(statements), "rows": page_rows(payload)}
    if response.status_code >= 400:
        result["message"] = (payload or {}).get("message", "") if isinstance(payload, dict) else ""
        return result
    if lists and method == "GET":
        counts = {}
        for limit in (SMALL_PAGE, LARGE_PAGE):
            with recorder:
                client.open(with_limit(path, limit), method=method, headers=headers)
            counts[limit] = recorder.count
        result["sql_by_page_size"] = counts
    if engine.dialect.name in ("mysql", "mariadb") and method == "GET":
        findings, plans = [], []
        with engine.connect() as connection:
            for statement, parameters in statements:
                if statement.lstrip().upper().startswith("SELECT"):
                    plan = explain(connection, statement, parameters)
                    plans.append({"sql": statement[:300], "plan": [
                        {k: row.get(k) for k in ("table", "type", "key", "rows", "Extra")} for row in plan]})
                    findings += [f"full scan of {row['table']} ({row['rows']} rows)" for row in full_scans(plan)]
        result["explain"] = plans
        result["full_scans"] = findings
    return result
