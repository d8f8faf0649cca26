# SPDX-License-Identifier: LGPL-3.0-or-later
"""ispyb-client 1.0.0 against a real server: mxcubecore's PyISPyBClient writing SSX, and the legacy calls.

Both point ispyb-client's ``host`` at the server with the 2.x root's prefix (``/v2``): its paths
start with ``/ispyb/api/v1``, so the 2.x root ``/v2/ispyb/api/v1`` is reached, where its login
answers 201 and the legacy routes are served too.
"""

import json

from tests.clients import venvs
from tests.clients.conftest import passed, run_driver
from tests.clients.test_mxcube_clients import native, native_token

LOGIN, PASSWORD = "boaty", "boaty-kc"


def test_mxcube_pyispyb_client_writes_an_ssx_collection(live_server, client_python, database):
    settings = {"host": f"{live_server['base']}/v2", "username": LOGIN, "password": PASSWORD, "plugin": "keycloak",
                "beamline": "i03", "session_id": 55168, "detector_id": live_server["detector_id"]}
    steps = run_driver(client_python(venvs.CURRENT), "pyispyb_client_ssx.py", settings)
    # ispyb-client 1.0.0's models need Python < 3.10 for ``body.token``: PyISPyBClient.authenticate logs
    # an AttributeError on this Python whatever the server answers; the same login call read by key passes
    assert "has no attribute 'token'" in " ".join(steps["init (authenticate)"]["logged"]), steps
    assert passed(steps["login by key"]) and steps["login by key"]["value"], steps
    # mxcubecore names a chip collection "SSX-CHIP", which ispyb-client refuses before sending anything
    assert "Invalid value SSX-CHIP" in steps["create_ssx_data_collection_group (chip)"]["raised"]
    group = steps["create_ssx_data_collection_group"]
    if database.schema_version == "v1.10.4":  # no SSX tables: 501, which the client prints (no server has them)
        assert group["value"] is None and "driver" not in steps
        return
    assert passed(group) and group["value"] > 0, group
    collection = steps["create_ssx_data_collection"]
    assert passed(collection) and "driver" not in steps, collection
    token = native_token(live_server)
    [ssx] = native(live_server, "ssx/data_collections?sessionId=55168&order_by=dataCollectionId&order=desc&limit=1",
                   token)["data"]["rows"]
    assert ssx["dataCollectionGroupId"] == group["value"]
    assert ssx["ssx"]["chipModel"] == "oxford" and ssx["eventChains"][0]["events"][0]["eventType"] == "XrayDetection"
    group_row = native(live_server, f"data_collections/groups/{group['value']}", token)
    assert group_row["experimentType"] == "SSX-Jet" and group_row["blSampleId"]


LEGACY_CALLS = [
    ("get_proposals_legacy_token", {}, None),
    ("get_sessions_legacy_token", {}, None),
    ("get_sessions_for_proposal_legacy_token", {"proposal_id": "cm14451"}, None),
    ("get_proposal_legacy_token", {"proposal_id": "cm14451"}, None),
    ("get_legacy_token", {"session_id": "55167"}, None),
    ("get_sessions_by_dates_legacy_token", {"start_date": "20160101", "end_date": "20160102"}, None),
    ("get_groups_for_session_legacy_token", {"proposal_id": "cm14451", "session_id": "55167"}, None),
    ("get_movies_legacy_token", {"proposal_id": "cm14451", "datacollection_id": 993677}, None),
    ("get_stats_session_legacy_token", {"session_id": "55167"}, None),
    ("get_classification_legacy_token", {"session_id": "55167"}, {"self": "", "kwargs": ""}),
]


def test_ispyb_client_legacy_calls(live_server, client_python, database):
    settings = {"host": f"{live_server['base']}/v2", "username": LOGIN, "password": PASSWORD, "plugin": "keycloak",
                "calls": LEGACY_CALLS}
    steps = run_driver(client_python(venvs.ISPYB_CLIENT), "ispyb_client_em.py", settings)
    if database.schema_version == "v1.10.4":  # no particle classification tables: no server can answer
        assert "(501)" in steps.pop("get_classification_legacy_token")["raised"]
    failed = {name: step for name, step in steps.items() if not passed(step)}
    assert not failed, json.dumps(failed, indent=1)[:4000]
    values = {name: step["value"] for name, step in steps.items()}
    assert values["login"]["login"] == LOGIN
    assert [p["Proposal_proposalId"] for p in values["get_proposals_legacy_token"]["json"]] == [37027]
    assert {s["sessionId"] for s in values["get_sessions_for_proposal_legacy_token"]["json"]} >= {55167, 55168}
    assert values["get_sessions_by_dates_legacy_token"]["json"][0]["sessionId"] == 55167
    # the unfilled {proposal} of stats and classification is ignored, as in py-ispyb 1.x
    assert values.get("get_classification_legacy_token", {"status": 200})["status"] == 200
    assert values["get_stats_session_legacy_token"]["status"] == 200

