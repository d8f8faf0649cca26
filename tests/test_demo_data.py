# SPDX-License-Identifier: LGPL-3.0-or-later
"""The data generator: deterministic, bulk-loads MariaDB without changing its schema, CLI."""

from datetime import datetime

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from pyispyb.cli import main
from pyispyb.demo_data import Plan
from pyispyb.demo_data.mysql_loader import tsv_field
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
