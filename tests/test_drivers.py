# SPDX-License-Identifier: LGPL-3.0-or-later
"""MySQL drivers: mysqlclient when installed, else PyMySQL, with the same answers."""

import sys

import pytest

from pyispyb import create_app
from pyispyb.kernel.data import parse_date, with_installed_driver
from tests.conftest import app_settings

API = "/ispyb/api/v1"
ROUTES = ["/proposals/37027", "/sessions?proposalId=37027", "/sessions/55167/info",
          "/data_collections/groups/session/55167", "/legacy/{token}/proposal/cm14451/session/list"]


def test_mysqlclient_is_used_when_installed():
    assert with_installed_driver("mysql://u:p@h/db") == "mysql://u:p@h/db"
    assert with_installed_driver("sqlite:///x.sqlite") == "sqlite:///x.sqlite"
    assert with_installed_driver("mysql+pymysql://u:p@h/db") == "mysql+pymysql://u:p@h/db"


def test_pymysql_is_used_without_mysqlclient(monkeypatch):
    monkeypatch.setitem(sys.modules, "MySQLdb", None)  # makes "import MySQLdb" fail
    assert with_installed_driver("mysql://u:p@h/db") == "mysql+pymysql://u:p@h/db"
    assert with_installed_driver("mariadb://u@h:3307/db") == "mariadb+pymysql://u@h:3307/db"


def test_zero_dates_read_as_none():
    assert parse_date("0000-00-00") is None
    assert str(parse_date("2016-01-01")) == "2016-01-01"


def test_pymysql_answers_like_mysqlclient(app, database):
    if not database.is_mariadb:
        pytest.skip("a MariaDB driver comparison")
    other = create_app(run_mode="test", overrides=app_settings(
        database, SQLALCHEMY_DATABASE_URI=database.uri.replace("mysql://", "mysql+pymysql://", 1)))
    answers = []
    for application in (app, other):
        client = application.test_client()
        token = client.post(f"{API}/auth/login", json={
            "username": "boaty", "password": "own_proposals,own_sessions"}).get_json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        answers.append([client.get(API + route.format(token=token), headers=headers).get_json() for route in ROUTES])
    assert answers[0] == answers[1]
    assert answers[1][0]["proposalId"] == 37027
