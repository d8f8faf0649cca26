# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collection group rows (Java v_datacollection_summary + 37 aggregates) and data collection rows."""

import json
from pathlib import Path

import pytest

from pyispyb.legacy.services.group_columns import AGGREGATE_KEYS, ROW_KEYS
from tests.legacy.conftest import MANAGER

EXPECTED = json.loads((Path(__file__).parent / "data" / "group_rows.json").read_text())
GROUPS_55167_55168 = [5440739, 1054243, 1040407, 1040398, 996311, 988855]


def group_ids(rows):
    return [row["DataCollectionGroup_dataCollectionGroupId"] for row in rows]


def expected_groups(database, groups=GROUPS_55167_55168):
    """v1.10.4's data lacks group 5440739."""
    return [g for g in groups if database.schema_version == "v5.0.0" or g != 5440739]


def full_row(group_id):
    """The Java row of a group as these routes send it: null keys left out (sendResponse(rows, false))."""
    row = {key: EXPECTED[str(group_id)].get(key) for key in ROW_KEYS}
    return {key: value for key, value in row.items() if value is not None}


def in_java_order(row):
    """True when the row's keys are Java's keys, in Java's order, less the null ones."""
    keys = iter(ROW_KEYS)
    return all(key in keys for key in row) and None not in row.values()


def test_group_rows_are_the_java_rows_newest_collection_first(legacy, database):
    rows = legacy.rows("/proposal/cm14451/mx/datacollection/session/55167,55168/list")
    assert group_ids(rows) == expected_groups(database)
    assert all(in_java_order(row) for row in rows) and len(ROW_KEYS) == 223 and len(AGGREGATE_KEYS) == 37
    by_id = {row["DataCollectionGroup_dataCollectionGroupId"]: row for row in rows}
    assert by_id[988855] == full_row(988855)
    assert by_id[1054243] == full_row(1054243)


def test_processing_lists_have_one_item_per_integration_and_shell(legacy):
    [row] = [r for r in legacy.rows("/proposal/cm14451/mx/datacollection/session/55167/list")
             if r["DataCollectionGroup_dataCollectionGroupId"] == 988855]
    assert row["autoProcIntegrationId"].split(", ")[:4] == ["592508", "592508", "592508", "592513"]
    assert row["scalingStatisticsTypes"].startswith("outerShell, innerShell, overall, outerShell")
    assert row["Autoprocessing_cell_alpha"].split(", ") == ["90"] * 24  # printed as MySQL prints a FLOAT
    assert (row["hasPhasing"], row["hasMR"], row["totalNumberOfImages"]) == (0, 0, 3600.0)
    assert (row["cell_a"], row["AutoProcProgram_processingPrograms"]) == (92.5546, "fast_dp")


def test_session_groups_path_keeps_py_ispyb_meaning(legacy, database):
    rows = legacy.rows("/proposal/session/55167/list")
    assert group_ids(rows) == expected_groups(database, [5440739, 996311, 988855])
    assert legacy.get("/proposal/session/55167/list", user="stranger").status_code == 403  # as every route
    assert legacy.get("/proposal/session/1/list").status_code == 404


def test_groups_of_another_proposal_are_not_listed(legacy):
    assert legacy.rows("/proposal/cm14451/mx/datacollection/session/339525/list", permissions=MANAGER) == []
    assert legacy.get("/proposal/cm1/mx/datacollection/session/339525/list").status_code == 403


def test_all_sessions_user_reads_groups_without_proposal_permissions(legacy):
    assert group_ids(legacy.rows("/proposal/37027/mx/datacollection/session/55168/list", user="staff",
                                 permissions=("all_sessions",))) == [1054243, 1040407, 1040398]


def test_unknown_sessions_and_bad_ids_give_empty_lists(legacy):
    assert legacy.rows("/proposal/cm14451/mx/datacollection/session/1,x,/list") == []
    assert legacy.rows("/proposal/zz1/mx/datacollection/session/55167/list") == []


def test_group_list_costs_the_same_queries_for_one_or_many_sessions(legacy, count_queries):
    one = legacy.url("/proposal/cm14451/mx/datacollection/session/55168/list")
    many = legacy.url("/proposal/cm14451/mx/datacollection/session/55167,55168,339535/list")
    legacy.client.get(one)
    with count_queries() as one_count:
        assert len(legacy.client.get(one).get_json()) == 3
    with count_queries() as many_count:
        assert len(legacy.client.get(many).get_json()) >= 5
    assert one_count.count == many_count.count <= 12


def test_data_collections_of_groups_are_java_v_datacollection_rows(legacy):
    rows = legacy.rows("/proposal/cm14451/mx/datacollection/datacollectiongroupid/988855,1040407/list")
    assert [row["dataCollectionId"] for row in rows] == [1052503, 993677]
    by_id = {row["dataCollectionId"]: row for row in rows}
    assert by_id[993677]["processingPrograms"].startswith("fast_dp, fast_dp, fast_dp, xia2 3dii")
    assert by_id[993677]["hasAutoProcessing"] == 8 and by_id[1052503]["hasAutoProcessing"] == 0
    assert "processingPrograms" not in by_id[1052503] and "ScreeningOutput_rankingResolution" not in by_id[1052503]
    assert all(None not in row.values() for row in rows)
    assert by_id[993677]["sessionId"] == 55167 and by_id[993677]["proposalId"] == 37027
    assert by_id[993677]["meanIOverSigIList"].count(", ") == 23


@pytest.mark.parametrize("dc_id, group_id", [(993677, 988855), (1066786, 1054243)])
def test_data_collection_by_id_is_its_group_row(legacy, dc_id, group_id):
    [row] = legacy.rows(f"/proposal/cm14451/mx/datacollection/{dc_id}/list")
    assert row == full_row(group_id)


def test_data_collection_by_id_leaves_out_null_keys_as_java(legacy):
    """mxcubecore's ISPyBRestClient.get_dc splits WorkflowStep_workflowStepId whenever the key is present."""
    [row] = legacy.rows("/proposal/cm14451/mx/datacollection/993677/list")
    assert "WorkflowStep_workflowStepId" not in row and None not in row.values()
    assert row["DataCollection_dataCollectionId"] == 993677


def test_data_collection_by_id_of_a_stranger_is_forbidden(legacy):
    response = legacy.get("/proposal/cm14451/mx/datacollection/993677/list", user="x", permissions=("own_sessions",))
    assert response.status_code == 403


def test_groups_by_sample_and_protein_acronym(legacy, database):
    assert group_ids(legacy.rows("/proposal/cm14451/mx/datacollection/sample/374695/list")) == expected_groups(
        database, [5440739, 988855])
    assert group_ids(legacy.rows("/proposal/cm14451/mx/datacollection/protein_acronym/thau/list")) == [1054243]
    assert group_ids(legacy.rows("/proposal/cm14451/mx/datacollection/protein_acronym/nothing/list")) == []
