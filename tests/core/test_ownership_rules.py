# SPDX-License-Identifier: LGPL-3.0-or-later
"""Ownership through parents: samples, diffraction plans, orphans, data collections and processing."""

import pytest

from pyispyb import models as m
from tests.core.world import API


def keys(response, key):
    assert response.status_code == 200, response.get_json()
    return [row[key] for row in response.get_json()["data"]["rows"]]


def test_a_sample_is_visible_through_its_container_or_its_crystal(client, world, as_user):
    by_crystal = world.insert(m.BLSample, crystalId=310037, name="loose")
    assert client.get(f"{API}/samples/{by_crystal}", headers=as_user("owner")).status_code == 200
    mixed = client.post(f"{API}/samples", json={"containerId": 33049, "crystalId": 3918}, headers=as_user("owner"))
    assert mixed.status_code == 403 and "crystalId" in mixed.get_json()["message"]


@pytest.mark.parametrize("url, body, owner", [
    ("/samples", {"name": "orphan"}, "containerId or crystalId"),
    ("/containers", {"code": "orphan"}, "dewarId"),
    ("/autoproc/programs", {"processingPrograms": "xia2"}, "processingJobId"),
    ("/autoproc", {"spaceGroup": "P 1"}, "autoProcProgramId"),
])
def test_a_row_without_owner_needs_a_user_who_reads_everything(client, as_user, url, body, owner):
    refused = client.post(API + url, json=body, headers=as_user("owner"))
    assert refused.status_code == 422
    assert owner in refused.get_json()["message"]
    assert set(owner.split(" or ")) <= set(refused.get_json()["errors"])
    assert client.post(API + url, json=body, headers=as_user("admin")).status_code == 201


def test_detaching_a_row_from_its_owner_is_refused(client, as_user):
    response = client.patch(f"{API}/containers/33049", json={"dewarId": None}, headers=as_user("owner"))
    assert response.status_code == 422 and "dewarId" in response.get_json()["errors"]


def test_diffraction_plans_in_use_belong_to_their_users(client, world, as_user):
    foreign = world.foreign("diffraction_plan")
    stranger = keys(client.get(f"{API}/samples/diffraction_plans", headers=as_user("stranger")), "diffractionPlanId")
    owner = keys(client.get(f"{API}/samples/diffraction_plans", headers=as_user("owner")), "diffractionPlanId")
    assert 197784 in owner and 197784 not in stranger and foreign not in owner
    assert 197788 in set(stranger) & set(owner)  # no sample, crystal or collection uses it yet
    assert 197792 in owner and 197792 not in stranger  # queued for samples of 37027


def test_a_new_plan_can_be_used_by_its_creator(client, as_user):
    plan = client.post(f"{API}/samples/diffraction_plans", json={"comments": "mine"}, headers=as_user("owner"))
    assert plan.status_code == 201
    plan_id = plan.get_json()["diffractionPlanId"]
    sample = client.post(f"{API}/samples", json={"containerId": 33049, "diffractionPlanId": plan_id},
                         headers=as_user("owner"))
    assert sample.status_code == 201
    assert client.get(f"{API}/samples/diffraction_plans/{plan_id}", headers=as_user("stranger")).status_code == 403


def test_data_collection_groups_of_a_session_with_their_collections(client, as_user):
    response = client.get(f"{API}/data_collections/groups/session/55168", headers=as_user("owner"))
    body = response.get_json()["data"]
    assert body["total"] == 3
    assert [(g["dataCollectionGroupId"], [c["dataCollectionId"] for c in g["data_collections"]])
            for g in body["rows"]] == [(1040398, [1052494]), (1040407, [1052503]), (1054243, [1066786])]


def test_data_collection_groups_of_unknown_session_is_404(client, as_user):
    assert client.get(f"{API}/data_collections/groups/session/1", headers=as_user("admin")).status_code == 404


def test_data_collections_filter_by_group(client, as_user):
    assert keys(client.get(f"{API}/data_collections?dataCollectionGroupId=988855", headers=as_user("owner")),
                "dataCollectionId") == [993677]


def test_program_attachments(client, world, as_user):
    attachments = keys(client.get(f"{API}/autoproc/programs/56425944/attachments", headers=as_user("owner")),
                       "autoProcProgramAttachmentId")
    assert attachments == [1023955, 1023956]
    assert client.get(f"{API}/autoproc/programs/987654/attachments", headers=as_user("admin")).status_code == 404


def test_programs_are_reached_through_integrations_or_processing_jobs(client, as_user, database):
    visible = keys(client.get(f"{API}/autoproc/programs?limit=100", headers=as_user("owner")), "autoProcProgramId")
    assert 56425592 in visible and 56986673 in visible
    assert 56986675 not in visible  # a program linked to nothing: all_sessions users only


def test_integrations_and_scaling_statistics_filter(client, as_user):
    integrations = keys(client.get(f"{API}/autoproc/integrations?dataCollectionId=1002287", headers=as_user("owner")),
                        "autoProcIntegrationId")
    assert integrations == [600339, 600362, 600363, 600366, 600376]
    statistics = client.get(f"{API}/autoproc/scaling_statistics?autoProcScalingId=596133", headers=as_user("owner"))
    rows = statistics.get_json()["data"]["rows"]
    assert len(rows) == 3 and {r["scalingStatisticsType"] for r in rows} == {"overall", "innerShell", "outerShell"}


def test_autoproc_status_of_an_integration(client, world, as_user):
    status = world.own("status")
    assert keys(client.get(f"{API}/autoproc/status?autoProcIntegrationId=592508", headers=as_user("owner")),
                "autoProcStatusId") == [status]


def test_program_rows_follow_the_sites_schema(client, as_user, database):
    row = client.get(f"{API}/autoproc/programs/56425592", headers=as_user("owner")).get_json()
    assert ("processingPipelineId" in row) == (database.schema_version == "v5.0.0")


@pytest.mark.parametrize("path", ["/data_collections/groups/session/55167", "/data_collections/groups",
                                  "/samples", "/autoproc/programs/56425592/attachments", "/dewars"])
def test_a_page_of_100_costs_the_same_queries_as_a_page_of_1(client, world, as_user, count_queries, path):
    for number in range(100):
        group = world.insert(m.DataCollectionGroup, sessionId=55167)
        world.insert(m.DataCollection, dataCollectionGroupId=group)
        world.insert(m.BLSample, containerId=33049, name=f"s{number}")
        world.insert(m.AutoProcProgramAttachment, autoProcProgramId=56425592, fileName=f"f{number}")
        world.insert(m.Dewar, shippingId=6988, code=f"d{number}")
    headers = as_user("owner")
    client.get(f"{API}/proposals", headers=headers)  # log in first
    with count_queries() as one:
        assert client.get(f"{API}{path}?limit=1", headers=headers).status_code == 200
    with count_queries() as hundred:
        page = client.get(f"{API}{path}?limit=100", headers=headers).get_json()["data"]
    assert len(page["rows"]) == 100
    assert hundred.count == one.count <= 5, hundred.statements


def test_a_sessions_groups_page_filter_and_count(client, as_user):
    url = f"{API}/data_collections/groups/session/55168"
    page = client.get(f"{url}?limit=2&offset=1", headers=as_user("owner")).get_json()["data"]
    assert page["total"] == 3 and [g["dataCollectionGroupId"] for g in page["rows"]] == [1040407, 1054243]
    assert keys(client.get(f"{url}?blSampleId=398810", headers=as_user("owner")), "dataCollectionGroupId") \
        == [1054243]


def test_a_programs_attachments_page_filter_and_count(client, as_user):
    url = f"{API}/autoproc/programs/56425944/attachments"
    page = client.get(f"{url}?limit=1&order=desc", headers=as_user("owner")).get_json()["data"]
    assert page["total"] == 2 and [a["autoProcProgramAttachmentId"] for a in page["rows"]] == [1023956]
    assert keys(client.get(f"{url}?fileType=Result", headers=as_user("owner")), "autoProcProgramAttachmentId") \
        == [1023955]
