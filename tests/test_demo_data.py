# SPDX-License-Identifier: LGPL-3.0-or-later
"""The data generator: deterministic, bulk-loads MariaDB without changing its schema, CLI."""

from datetime import datetime

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from pyispyb.cli import main
from pyispyb.demo_data import Plan
from pyispyb.demo_data.mysql_loader import MySQLBulkLoader, tsv_field
from pyispyb.demo_data.schema import SchemaLoadError, load_reference_schema
from pyispyb.demo_data.writer import BulkWriter
from pyispyb.demo import build_database
from tests.conftest import IN_CI, MARIADB_SERVER, database_suffix, mariadb_available
from tests.support import reference_data as ref

TINY = 0.001
SAMPLED = ("SELECT * FROM BLSession ORDER BY sessionId",
           "SELECT * FROM DataCollection ORDER BY dataCollectionId LIMIT 50",
           "SELECT * FROM AutoProcScalingStatistics ORDER BY autoProcScalingStatisticsId LIMIT 50")


def rows_of(uri):
    engine = create_engine(uri)
    with engine.connect() as connection:
        found = [list(connection.execute(text(sql))) for sql in SAMPLED]
    engine.dispose()
    return found


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows(tmp_path):
    uris = [f"sqlite:///{tmp_path / name}.sqlite" for name in ("a", "b", "c")]
    counts = [build_database(uri, TINY, seed) for uri, seed in zip(uris, (1, 1, 2), strict=True)]
    assert counts[0] == counts[1]
    assert rows_of(uris[0]) == rows_of(uris[1])
    assert rows_of(uris[0]) != rows_of(uris[2])


def test_scale_sets_the_row_counts_of_the_plan(tmp_path):
    counts = build_database(f"sqlite:///{tmp_path / 'd.sqlite'}", TINY)
    plan = Plan.from_scale(TINY)
    assert counts["Proposal"] == plan.proposals
    assert counts["BLSession"] == plan.sessions + plan.em_sessions + plan.ssx_sessions
    assert plan.groups <= counts["DataCollectionGroup"] <= 1.1 * plan.groups  # + EM and SSX groups
    assert 0.8 * plan.collections <= counts["DataCollection"] <= 1.2 * plan.collections
    assert counts["AutoProcIntegration"] > 0 and counts["DataCollectionFileAttachment"] > 0
    assert Plan.from_scale(1).collections == 1_000_000 and Plan.from_scale(1).sessions == 20_000


def test_load_data_fields_escape_what_would_break_a_line():
    assert tsv_field(None) == "\\N"
    assert tsv_field("a\tb\nc\\d") == "a\\tb\\nc\\\\d"
    assert tsv_field(datetime(2025, 1, 6, 8, 0)) == "2025-01-06 08:00:00"
    assert tsv_field(True) == "1" and tsv_field(2.5) == "2.5"


def test_load_schema_refuses_sqlite_and_missing_files(tmp_path):
    with pytest.raises(SchemaLoadError, match="MariaDB"):
        load_reference_schema(f"sqlite:///{tmp_path / 'x.sqlite'}", ref.reference_dir() / "v5.0.0")
    with pytest.raises(SchemaLoadError, match="tables.sql"):
        load_reference_schema("mysql://root@127.0.0.1/pyispyb_never_created", tmp_path)


def test_demo_data_command_fills_a_new_sqlite_database(tmp_path):
    uri = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    result = CliRunner().invoke(main, ["demo-data", "--database", uri, "--scale", str(TINY), "--create-tables"])
    assert result.exit_code == 0, result.output
    assert "done:" in result.output and "rows/s" in result.output


def test_writer_gives_lookup_tables_ids_after_existing_rows(tmp_path):
    uri = f"sqlite:///{tmp_path / 'w.sqlite'}"
    build_database(uri, TINY)
    engine = create_engine(uri)
    with engine.begin() as connection:
        writer = BulkWriter(connection)
        assert writer.max_id("Permission", "permissionId") == 12
        assert writer.max_id("NoSuchTable", "id") == 0
    engine.dispose()


CATALOGUE = [
    "SELECT table_name, index_name, non_unique, seq_in_index, column_name FROM information_schema.statistics "
    "WHERE table_schema = %s ORDER BY 1, 2, 4",
    "SELECT table_name, constraint_name, referenced_table_name, update_rule, delete_rule "
    "FROM information_schema.referential_constraints WHERE constraint_schema = %s ORDER BY 1, 2",
]


def catalogue(name):
    connection = ref.server_connect(MARIADB_SERVER)
    cursor = connection.cursor()
    found = []
    for sql in CATALOGUE:
        cursor.execute(sql, (name,))
        found.append(cursor.fetchall())
    connection.close()
    return found


@pytest.fixture
def scratch_mariadb():
    """Two empty scratch database names on the MariaDB server, dropped afterwards."""
    reason = mariadb_available()
    if reason:
        pytest.fail(reason) if IN_CI else pytest.skip(f"MariaDB unavailable: {reason}")
    names = [f"pyispyb_gen_{kind}_{database_suffix()}" for kind in ("loaded", "fresh")]
    for name in names:
        ref.drop_mariadb(MARIADB_SERVER, name)
    yield names
    for name in names:
        ref.drop_mariadb(MARIADB_SERVER, name)


def test_bulk_load_on_mariadb_keeps_the_reference_schema_and_references(scratch_mariadb):
    loaded, fresh = scratch_mariadb
    folder = ref.reference_dir() / "v5.0.0"
    load_reference_schema(f"{MARIADB_SERVER}/{fresh}", folder)
    result = CliRunner().invoke(main, ["demo-data", "--database", f"{MARIADB_SERVER}/{loaded}", "--scale",
                                       str(TINY), "--load-schema", str(folder)])
    assert result.exit_code == 0, result.output
    assert catalogue(loaded) == catalogue(fresh)  # every index and foreign key is back
    engine = create_engine(f"{MARIADB_SERVER}/{loaded}")
    with engine.connect() as connection:
        orphans = connection.execute(text(
            "SELECT COUNT(*) FROM DataCollection d LEFT JOIN DataCollectionGroup g "
            "ON g.dataCollectionGroupId = d.dataCollectionGroupId WHERE g.dataCollectionGroupId IS NULL")).scalar()
        groups = connection.execute(text("SELECT COUNT(*) FROM UserGroup WHERE name = 'staff'")).scalar()
        assert connection.execute(text("SELECT COUNT(*) FROM Proposal")).scalar() == Plan.from_scale(TINY).proposals
    engine.dispose()
    assert orphans == 0 and groups == 1
    again = CliRunner().invoke(main, ["demo-data", "--database", f"{MARIADB_SERVER}/{loaded}", "--load-schema",
                                      str(folder)])
    assert again.exit_code == 2 and "already has tables" in again.output


def run_demo_data(*args):
    """Run ``pyispyb demo-data`` in-process; return the click result."""
    return CliRunner().invoke(main, ["demo-data", "--scale", str(TINY), *args])


def test_demo_data_refuses_a_database_that_holds_rows_unless_appending(tmp_path):
    uri = f"sqlite:///{tmp_path / 'full.sqlite'}"
    assert run_demo_data("--database", uri, "--create-tables").exit_code == 0
    refused = run_demo_data("--database", uri)
    assert refused.exit_code == 2
    assert refused.output.strip() == (f"error: database {tmp_path / 'full.sqlite'} already holds data (Proposal, "
                                      "Person, BLSession, Shipping, BLSample, DataCollection): give an empty "
                                      "database, or add --append to add generated rows anyway")
    appended = run_demo_data("--database", uri, "--append")
    assert appended.exit_code == 2 and "UNIQUE constraint failed" in appended.output  # SQLite stops, one line
    assert "Traceback" not in appended.output and appended.output.count("\nerror: ") == 1


def test_demo_data_on_a_missing_database_says_what_to_do(tmp_path):
    result = run_demo_data("--database", f"sqlite:///{tmp_path / 'absent.sqlite'}")
    assert result.exit_code == 2
    assert result.output.strip() == f"error: database file {tmp_path / 'absent.sqlite'} does not exist: add " \
                                    "--create-tables to create it"
    assert not (tmp_path / "absent.sqlite").exists()
    bad = run_demo_data("--database", "postgresql://nobody@127.0.0.1/ispyb")
    assert bad.exit_code == 2 and bad.output.strip().startswith("error: database 'postgresql' is not supported")


def test_demo_data_on_a_mariadb_database_that_does_not_exist(scratch_mariadb):
    missing, _ = scratch_mariadb
    result = run_demo_data("--database", f"{MARIADB_SERVER}/{missing}")
    assert result.exit_code == 2
    assert result.output.strip() == (f"error: database {missing} does not exist: create it, or add --load-schema "
                                     "DIR to create it with a reference schema")


def test_demo_data_keeps_the_indexes_of_a_database_it_did_not_create_and_counts_true_rows(scratch_mariadb):
    _, site = scratch_mariadb
    folder = ref.reference_dir() / "v5.0.0"
    load_reference_schema(f"{MARIADB_SERVER}/{site}", folder)  # someone else's database
    before = catalogue(site)
    engine = create_engine(f"{MARIADB_SERVER}/{site}")
    try:
        with engine.connect() as connection:
            loader = MySQLBulkLoader(connection, f"{MARIADB_SERVER}/{site}")
            loader.write("Laboratory", [{"laboratoryId": 1, "name": "Lab one"}, {"laboratoryId": 2, "name": "Two"}])
            loader.finish()
        assert loader.dropped == {"Laboratory": []} and loader.counts == {"Laboratory": 2}
        first = run_demo_data("--database", f"{MARIADB_SERVER}/{site}", "--append")
        assert first.exit_code == 0, first.output
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT COUNT(*) FROM Laboratory")).scalar()
        written = int(first.output.split("done: ")[1].split(" rows")[0].replace(",", ""))
        again = run_demo_data("--database", f"{MARIADB_SERVER}/{site}", "--append")
    finally:
        engine.dispose()
    assert catalogue(site) == before  # not one index or foreign key dropped, even for a moment's load
    assert stored == Plan.from_scale(TINY).laboratories  # the two rows above kept their ids: 2 skipped
    assert "generated rows skipped: their keys already exist" in first.output and written > 10_000
    assert again.exit_code == 0 and "skipped: their keys already exist" in again.output
    again_written = int(again.output.split("done: ")[1].split(" rows")[0].replace(",", ""))
    assert again_written < written // 3  # the count is of rows stored, not of rows generated
