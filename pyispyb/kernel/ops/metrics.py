# SPDX-License-Identifier: LGPL-3.0-or-later
"""Prometheus metrics at ``GET /metrics`` (text exposition format).

* ``pyispyb_http_requests_total{method,route,status}``: answers by route template (never the
  concrete URL, so ids and legacy tokens never become labels);
* ``pyispyb_http_request_duration_seconds{method,route}``: latency histogram, up to the moment
  the answer is handed to the server (a streamed file's transfer is not included);
* ``pyispyb_sql_statements_per_request{route}``: histogram of SQL statements per request;
* ``pyispyb_database_errors_total{kind}``: errors the database driver raised, by class.

Under gunicorn every worker is a process with its own counters: with
``PROMETHEUS_MULTIPROC_DIR`` set (deploy/gunicorn.conf.py makes one folder per server) each
worker writes its values there and ``/metrics`` adds up every worker's. Without it the
values are those of the answering process only (fine for one process).
"""

import os
import re
import time

from flask import Response, g, request
from sqlalchemy import event

UNMATCHED = "<unmatched>"
CONVERTER = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")  # <string:proposal_id> -> <proposal_id>
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
SQL_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233)

_METRICS = {}


def metrics():
    """Return the metric objects of this process (created once, after the multiprocess folder is known)."""
    if not _METRICS:
        from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics

        disable_created_metrics()  # no *_created series: scrapers do not need them
        registry = CollectorRegistry()
        _METRICS.update(
            registry=registry,
            requests=Counter("pyispyb_http_requests", "HTTP requests answered, by route template and status",
                             ["method", "route", "status"], registry=registry),
            latency=Histogram("pyispyb_http_request_duration_seconds", "Time to produce an answer",
                              ["method", "route"], buckets=LATENCY_BUCKETS, registry=registry),
            sql=Histogram("pyispyb_sql_statements_per_request", "SQL statements run by one request",
                          ["route"], buckets=SQL_BUCKETS, registry=registry),
            db_errors=Counter("pyispyb_database_errors", "Errors raised by the database driver",
                              ["kind"], registry=registry),
        )
        _METRICS["db_errors"].labels("OperationalError")  # shown at 0 from the start: alerts need the series
    return _METRICS


def route_template(rule):
    """Return the template of the URL rule (its text) that answered (``<unmatched>`` for None: unknown URLs)."""
    return CONVERTER.sub(r"<\1>", rule) if rule is not None else UNMATCHED


def labelled_series(recorded, method, rule, status):
    """The request counter, latency histogram and SQL histogram of one answer's labels."""
    route = route_template(rule)
    return (recorded["requests"].labels(method, route, str(status)), recorded["latency"].labels(method, route),
            recorded["sql"].labels(route))


_SERIES = {}  # (method, rule, status) -> the labelled series of that answer


def record_answer(method, rule, status, started, sql):
    """Count one answer of the route ``rule`` (its text), its latency since ``started`` and its SQL statements."""
    key = (method, rule, status)
    found = _SERIES.get(key)
    if found is None:
        found = _SERIES[key] = labelled_series(metrics(), *key)
    requests, latency, statements = found
    requests.inc()
    if started is not None:
        latency.observe(time.perf_counter() - started)
    statements.observe(sql)


def exposition():
    """Return ``(body, content type)`` of the metrics of every worker (or of this process)."""
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = metrics()["registry"]
    return generate_latest(registry), CONTENT_TYPE_LATEST


def count_database_error(context):
    """Count an error of the database driver (SQLAlchemy ``handle_error`` event)."""
    count_driver_error(context.original_exception)


def count_driver_error(exception):
    """Count an error of the database driver met outside SQLAlchemy's connections (the read pool)."""
    metrics()["db_errors"].labels(type(exception).__name__).inc()


def watch_engine(engine):
    """Count the database errors of ``engine``."""
    if not event.contains(engine, "handle_error", count_database_error):
        event.listen(engine, "handle_error", count_database_error)


def init_app(app):
    """Record every request and serve ``GET /metrics`` (when ``METRICS`` is true)."""
    if not app.config["METRICS"]:
        return
    from pyispyb.kernel.data import db
    from pyispyb.kernel.data.reads import read_pool

    metrics()  # the registry exists from the start: its series are scraped at 0 before any request
    with app.app_context():
        watch_engine(db.engine)
    pool = read_pool(app)
    if pool is not None and count_driver_error not in pool.error_listeners:
        pool.error_listeners.append(count_driver_error)

    @app.after_request
    def _record(response):
        rule = request.url_rule
        record_answer(request.method, rule.rule if rule is not None else None, response.status_code,
                      g.get("request_started"), g.get("sql_statements", 0))  # started: set by the logging hook
        return response

    def serve_metrics():
        """Prometheus text exposition of the server's metrics."""
        body, content_type = exposition()
        return Response(body, content_type=content_type)

    app.add_url_rule("/metrics", "metrics", serve_metrics, methods=["GET"])
