# SPDX-License-Identifier: LGPL-3.0-or-later
"""Schema tolerance: the server runs on older schemas and says what they lack."""

from pyispyb.kernel.data.schema_info import SchemaInfo

API = "/ispyb/api/v1"
STAFF = ("all_proposals", "all_sessions")


def test_compare_reports_missing_and_extra():
    from sqlalchemy import Column, Integer, MetaData, Table

    metadata = MetaData()
    Table("A", metadata, Column("id", Integer, primary_key=True), Column("new", Integer))
    Table("B", metadata, Column("id", Integer, primary_key=True))
    info = SchemaInfo.compare({"A": {"id", "old"}, "C": {"id"}}, "mysql", metadata)
    assert info.missing_tables == ["B"]
    assert info.missing_columns == {"A": ["new"]}
    assert info.extra_tables == ["C"]
    assert info.extra_columns == {"A": ["old"]}
    assert not info.is_complete
    assert any("missing columns in A: new" in line for line in info.report_lines())


def test_live_schema_is_compared_at_start(app, database):
    info = app.extensions["ispyb_schema"]
    if database.schema_version == "v5.0.0":
        assert info.is_complete
    else:
        assert "riskRating" in info.missing_columns["BLSession"]
        assert "SSXDataCollection" in info.missing_tables
        assert "projectCode" in info.extra_columns["BLSession"]


def test_rows_leave_out_columns_the_site_lacks(client, auth, database):
    row = client.get(f"{API}/sessions/55167", headers=auth.headers("staff", STAFF)).get_json()
    assert row["sessionId"] == 55167
    assert ("riskRating" in row) == (database.schema_version == "v5.0.0")
    proposal = client.get(f"{API}/proposals/37027", headers=auth.headers("staff", STAFF)).get_json()
    assert ("startDate" in proposal) == (database.schema_version == "v5.0.0")


def test_filter_on_a_missing_column_is_a_clear_400(client, auth, database):
    response = client.get(f"{API}/sessions?riskRating=Low", headers=auth.headers("staff", STAFF))
    if database.schema_version == "v5.0.0":
        assert response.status_code == 200
    else:
        assert response.status_code == 400
        assert "not available on this database schema" in response.get_json()["message"]


def test_writing_a_missing_column_is_refused_without_unknown_column_errors(client, auth, database):
    headers = auth.headers("admin", ("admin",))
    response = client.patch(f"{API}/sessions/55167", json={"riskRating": "Low"}, headers=headers)
    if database.schema_version == "v5.0.0":
        assert response.status_code == 200
    else:
        assert response.status_code == 400
        assert "riskRating" in response.get_json()["message"]
    ok = client.patch(f"{API}/sessions/55167", json={"comments": "tolerant"}, headers=headers)
    assert ok.status_code == 200 and ok.get_json()["comments"] == "tolerant"
