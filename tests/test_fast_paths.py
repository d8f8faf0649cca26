# SPDX-License-Identifier: LGPL-3.0-or-later
"""Shared fast paths: bounded list counts, JSON encoding, DATETIME parsing, pooled connections."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from pyispyb.app.extensions.api import dumps
from pyispyb.app.extensions.db import install_idle_ping, install_single_reset, parse_datetime

API = "/ispyb/api/v1"
STAFF = ("all_sessions",)


def test_a_list_beyond_the_count_limit_says_its_total_is_a_lower_bound(app, client, auth, monkeypatch):
    monkeypatch.setitem(app.config, "LIST_COUNT_LIMIT", 2)
    body = client.get(f"{API}/sessions?limit=1", headers=auth.headers("staff", STAFF)).get_json()
    assert body["data"]["total"] == 2 and body["data"]["total_is_lower_bound"] is True
    assert len(body["data"]["rows"]) == 1


def test_a_list_within_the_count_limit_has_an_exact_total(app, client, auth, monkeypatch):
    monkeypatch.setitem(app.config, "LIST_COUNT_LIMIT", 3)
    body = client.get(f"{API}/sessions?proposalId=141666&limit=1", headers=auth.headers("staff", STAFF)).get_json()
    assert body["data"]["total"] == 3 and "total_is_lower_bound" not in body["data"]


def test_a_zero_count_limit_counts_everything(app, client, auth, monkeypatch):
    monkeypatch.setitem(app.config, "LIST_COUNT_LIMIT", 0)
    headers = auth.headers("staff", STAFF)
    exact = client.get(f"{API}/sessions?limit=1", headers=headers).get_json()["data"]
    assert exact["total"] > 2 and "total_is_lower_bound" not in exact


def test_json_keeps_iso_dates_numbers_for_decimals_and_hex_for_bytes():
    assert dumps({"d": datetime(2025, 1, 6, 8, 0, 0, 500000), "day": date(2025, 1, 6), "x": Decimal("1.5"),
                  "b": b"\x01\xff", 3: None}) == (
        '{"d":"2025-01-06T08:00:00.500000","day":"2025-01-06","x":1.5,"b":"01ff","3":null}')


def test_datetime_values_parse_like_mysqldb_zero_dates_included():
    assert parse_datetime("2025-01-06 08:00:00") == datetime(2025, 1, 6, 8, 0)
    assert parse_datetime("2025-01-06 08:00:00.25") == datetime(2025, 1, 6, 8, 0, 0, 250000)
    assert parse_datetime("0000-00-00 00:00:00") is None


@pytest.fixture
def mariadb_engine(database):
    """An engine on the backend's MariaDB database with the pool behaviour of the application."""
    if not database.is_mariadb:
        pytest.skip("connection pooling of MariaDB only")
    engine = create_engine(database.uri, pool_reset_on_return=None, pool_size=1, max_overflow=0)
    install_single_reset(engine)
    install_idle_ping(engine, idle_seconds=0)
    yield engine
    engine.dispose()


def test_a_pooled_connection_killed_while_idle_is_replaced(mariadb_engine):
    with mariadb_engine.connect() as connection:
        first = connection.execute(text("SELECT CONNECTION_ID()")).scalar()
    with create_engine(mariadb_engine.url).connect() as other:
        other.execute(text(f"KILL {first}"))
    with mariadb_engine.connect() as connection:
        assert connection.execute(text("SELECT CONNECTION_ID()")).scalar() != first


def test_a_connection_returned_with_an_open_transaction_is_rolled_back(mariadb_engine):
    raw = mariadb_engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute("INSERT INTO Laboratory (name) VALUES ('pool reset check')")
    cursor.close()
    raw.close()
    with mariadb_engine.connect() as connection:
        left = connection.execute(text("SELECT COUNT(*) FROM Laboratory WHERE name = 'pool reset check'")).scalar()
    assert left == 0
