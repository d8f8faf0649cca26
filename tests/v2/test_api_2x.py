# SPDX-License-Identifier: LGPL-3.0-or-later
"""The py-ispyb 2.x API under API_2X_ROOT: shapes 2.x clients read, the same ownership, all-or-nothing writes."""

from datetime import datetime

import pytest

ROOT = "/v2/ispyb/api/v1"
READ = ("own_proposals", "own_sessions")
BEAMLINE = (*READ, "write_sessions", "write_samples", "write_data_collections", "write_beamline", "set_file_paths")


@pytest.fixture
def v2(client, auth):
    """Call the 2.x API as a user (default boaty with the beamline permissions)."""

    class Caller:
        def call(self, method, path, user="boaty", permissions=BEAMLINE, **kwargs):
            return getattr(client, method)(f"{ROOT}/{path}", headers=auth.headers(user, permissions), **kwargs)

        def ok(self, method, path, code=200, **kwargs):
            response = self.call(method, path, **kwargs)
            assert response.status_code == code, response.get_data(as_text=True)
            return response.get_json()

    return Caller()


def test_login_answers_what_2x_clients_read(client):
    response = client.post(f"{ROOT}/auth/login", json={"plugin": "dummy", "login": "boaty", "password": "own_sessions"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["login"] == "boaty" and body["permissions"] == ["own_sessions"] and body["expiresIn"] > 60
    refreshed = client.post(f"{ROOT}/auth/refresh", json={"refreshToken": body["refreshToken"]})
    assert refreshed.status_code == 200 and refreshed.get_json()["permissions"] == ["own_sessions"]
    assert client.post(f"{ROOT}/auth/refresh", json={"refreshToken": "nonsense"}).status_code == 401
    assert client.post(f"{ROOT}/auth/login", json={"plugin": "nope", "login": "x"}).status_code == 401


def test_current_user_and_proposals(v2):
    me = v2.ok("get", "user/current", permissions=READ)
    assert me["login"] == "boaty" and me["personId"] == 1 and me["Permissions"] == sorted(READ)
    page = v2.ok("get", "proposals", permissions=READ)
    assert [p["proposalId"] for p in page["results"]] == [37027] and page["total"] == 1
    assert page["limit"] == 1000 and page["skip"] == 0  # MXCuBE reads lists in one call
    assert v2.call("get", "proposals?limit=1001", permissions=READ).status_code == 400
    [proposal] = v2.ok("get", "proposals?search=CM14451", permissions=READ)["results"]
    assert proposal["proposal"] == "cm14451" and proposal["proposalCode"] == "cm"
    assert v2.ok("get", "proposals?proposalId=141666", permissions=READ)["results"] == []
    assert v2.ok("get", "proposals?proposalId=141666", user="staff", permissions=("all_proposals",))["total"] == 1
    assert v2.call("get", "proposals", permissions=("own_sessions",)).status_code == 403


def test_sessions_by_proposal_beamline_and_day(v2, database):
    rows = v2.ok("get", "sessions?proposal=cm14451", permissions=READ)["results"]
    assert {r["sessionId"] for r in rows} == {55167, 55168, 339535}
    first = next(r for r in rows if r["sessionId"] == 55167)
    assert first["proposal"] == "cm14451" and datetime.fromisoformat(first["startDate"])
    assert "BeamLineSetup" in first and first["title"] is not None
    start = datetime.fromisoformat(first["startDate"])
    day = v2.ok("get", f"sessions?proposal=cm14451&beamLineName={first['beamLineName']}&year={start.year}"
                       f"&month={start.month}&day={start.day}", permissions=READ)["results"]
    assert 55167 in [r["sessionId"] for r in day]
    assert v2.ok("get", "sessions?proposal=cm1", permissions=READ)["results"] == []
    assert v2.call("get", "sessions/339525", permissions=READ).status_code == 403
    assert v2.call("get", "sessions?year=2020&month=13", permissions=READ).status_code == 400


def test_session_creation_needs_write_sessions_and_a_readable_proposal(v2):
    payload = {"proposalId": "37027", "startDate": "2026-06-02T00:00:00.000000Z",
               "endDate": "2026-06-04T07:59:59.000000Z", "beamLineName": "BL-2X", "comments": "by the BCM",
               "scheduled": False}
    assert v2.call("post", "sessions", permissions=READ, json=payload).status_code == 403
    assert v2.call("post", "sessions", json={**payload, "proposalId": 141666}).status_code == 403
    created = v2.ok("post", "sessions", 201, json=payload)
    assert created["startDate"] == "2026-06-02T00:00:00" and created["proposal"] == "cm14451"
    assert v2.ok("get", f"sessions/{created['sessionId']}")["beamLineName"] == "BL-2X"
    assert v2.call("post", "sessions", json={**payload, "startDate": "June"}).status_code == 422


def test_mxcube_collection_cycle(v2):
    setup_id = v2.ok("post", "beamline-setups/beamline-setup", 201,
                     json={"synchrotron_name": "SYNC", "undulators": [{"type": "U20"}], "detector_model": "none"})
    assert isinstance(setup_id, str)  # PyISPyBRestClient cannot take a JSON number
    session = v2.ok("patch", f"sessions/55167/associate-beamline-setup?beamLineSetupId={setup_id}")
    assert session["BeamLineSetup"]["synchrotronName"] == "SYNC"
    assert session["BeamLineSetup"]["undulatorType1"] == "U20"
    mx_collection = {"sessionId": 55167, "experiment_type": "OSC", "comments": "first",
                     "collection_start_time": "2026-06-02 10:00:00", "sample_reference": {"blSampleId": -1},
                     "fileinfo": {"directory": "/data/x", "prefix": "p", "suffix": "cbf", "template": "p_%04d.cbf",
                                  "run_number": 1},
                     "oscillation_sequence": [{"start": 10.0, "range": 0.1, "offset": 0.0, "number_of_images": 100,
                                               "start_image_number": 1, "number_of_passes": 1,
                                               "exposure_time": 0.02, "kappaStart": 0, "phiStart": 0}],
                     "wavelength": 0.98, "resolution": 1.5, "unknown_key": {"x": 1}}
    created = v2.ok("post", "datacollections/datacollection", 201, json=mx_collection)
    dc_id, group_id = created["dataCollectionId"], created["dataCollectionGroupId"]
    assert created["axisEnd"] == pytest.approx(20.0) and created["imagePrefix"] == "p"
    group = v2.ok("post", "datacollections/group", 201, json={**mx_collection, "group_id": group_id})
    assert group["dataCollectionGroupId"] == group_id and group["experimentType"] == "OSC"
    updated = v2.ok("post", "datacollections/datacollection", 201,
                    json={**mx_collection, "collection_id": dc_id, "group_id": group_id,
                          "status": "Data collection successful"})
    assert updated == [dc_id, group_id]
    read = v2.ok("get", f"datacollections/{dc_id}")
    assert read["runStatus"] == "Data collection successful" and read["sessionId"] == 55167 and read["endTime"]
    image = v2.ok("post", "images/image", 201, json={"dataCollectionId": dc_id, "imageNumber": 1,
                                                     "fileName": "p_0001.cbf", "fileLocation": "/data/x"})
    assert image["imageId"] and image["dataCollectionId"] == dc_id
    assert v2.call("get", f"datacollections/{dc_id}", user="stranger", permissions=READ).status_code == 403


def test_writes_keep_ownership_and_are_all_or_nothing(v2, client, auth):
    def groups(session_id):
        return client.get(f"/ispyb/api/v1/data_collections/groups?sessionId={session_id}&limit=1",
                          headers=auth.headers("staff", ("all_sessions",))).get_json()["data"]["total"]

    before = groups(339525), groups(55167)
    stranger_group = {"sessionId": 339525, "experiment_type": "OSC"}
    assert v2.call("post", "datacollections/datacollection", json=stranger_group).status_code == 403
    assert v2.call("post", "datacollections/group", json=stranger_group).status_code == 403
    bad = {"sessionId": 55167, "experiment_type": "OSC", "wavelength": "not a number"}
    assert v2.call("post", "datacollections/datacollection", json=bad).status_code == 422
    no_detector = {"sessionId": 55167, "experiment_type": "OSC", "detector_id": 999999}
    assert v2.call("post", "datacollections/datacollection", json=no_detector).status_code == 409
    assert (groups(339525), groups(55167)) == before  # no group was left behind
    assert v2.call("post", "datacollections/datacollection", permissions=READ,
                   json={"sessionId": 55167, "experiment_type": "OSC"}).status_code == 403


def test_no_2x_get_route_fails_or_leaks(client, auth):
    """Every GET route of the 2.x spec, for an admin, the owner and a stranger: no 500, nothing of 37027 leaks."""
    from tests.test_route_audit import OWNER_MARKERS, route_urls

    spec = client.get(f"{ROOT}/swagger.json").get_json()
    problems = []
    for path, operations in spec["paths"].items():
        if "get" not in operations:
            continue
        for caller, permissions in {"admin": ("admin",), "owner": READ, "stranger": READ}.items():
            token = auth.token({"owner": "boaty"}.get(caller, caller), permissions)
            for url in route_urls(path, token):
                response = client.get(ROOT + url, headers={"Authorization": f"Bearer {token}"})
                if response.status_code == 500 or "Traceback" in response.get_data(as_text=True):
                    problems.append(f"{caller} GET {url}: {response.status_code}")
                body = response.get_data(as_text=True)
                if caller == "stranger" and response.status_code == 200 and any(m in body for m in OWNER_MARKERS):
                    problems.append(f"stranger GET {url} sees proposal 37027 data")
    assert not problems, "\n".join(problems[:20])


def test_samples_and_detectors(v2):
    page = v2.ok("get", "samples?proposal=cm14451&limit=5", permissions=READ)
    assert page["total"] >= 1 and len(page["results"]) <= 5
    sample = page["results"][0]
    assert {"Container", "Crystal", "DiffractionPlan"} <= set(sample)
    assert "diffractionPlanId" in sample["DiffractionPlan"] and "space_group" in sample["Crystal"]
    assert v2.ok("get", "samples?proposal=cm1", permissions=READ)["results"] == []
    patched = v2.ok("patch", f"samples/{sample['blSampleId']}", json={"blSampleId": sample["blSampleId"],
                                                                       "comments": "seen by MXCuBE"})
    assert patched["comments"] == "seen by MXCuBE"
    assert v2.call("patch", f"samples/{sample['blSampleId']}", permissions=READ, json={"comments": "x"}
                   ).status_code == 403
    assert v2.ok("get", "detectors?manufacturer=nobody&model=&mode=&type=", permissions=READ) == {}


def test_events(v2):
    scan_id = v2.ok("post", "events/energyscan", 201, json={"sessionId": 55167, "element": "Se",
                                                            "startTime": "2026-06-02 10:00:00"})
    sample_id = v2.ok("get", "samples?proposal=cm14451&limit=1", permissions=READ)["results"][0]["blSampleId"]
    link = v2.ok("patch", "events/energyscan/associate-bl-sample", json={"energyScanId": scan_id,
                                                                         "blSampleId": sample_id})
    assert link["energyScanId"] == int(scan_id) and link["blSampleId"] == sample_id
    spectrum = v2.ok("post", "events/xfe-fluorescence-spectrum", 201, json={"sessionId": 55167, "blSampleId": sample_id,
                                                                             "scanFileFullPath": "/data/s"})
    assert int(spectrum) > 0
    action = v2.ok("post", "events/robot-action", 201, json={
        "sessionId": 55167, "blSampleId": sample_id, "actionType": "LOAD",
        "startTimestamp": "2026-06-02 10:00:00", "endTimestamp": "2026-06-02 10:01:00"})
    assert int(action) > 0
    assert v2.call("post", "events/energyscan", json={"sessionId": 339525}).status_code == 403


def test_energy_scan_sample_link_goes_through_the_row_write_check(v2):
    """Linking needs write_data_collections; a stranger's scan is a 403, a missing sample a 409."""
    mine = v2.ok("post", "events/energyscan", 201, json={"sessionId": 55167, "element": "Se"})
    stranger = v2.ok("post", "events/energyscan", 201, user="stranger", permissions=("all_sessions",
                                                                                      "write_data_collections"),
                     json={"sessionId": 339525, "element": "Se"})
    sample_id = v2.ok("get", "samples?proposal=cm14451&limit=1", permissions=READ)["results"][0]["blSampleId"]
    link = "events/energyscan/associate-bl-sample"
    assert v2.call("patch", link, json={"energyScanId": stranger, "blSampleId": sample_id}).status_code == 403
    assert v2.call("patch", link, json={"energyScanId": mine, "blSampleId": 999999999}).status_code == 409
    assert v2.call("patch", link, permissions=READ, json={"energyScanId": mine,
                                                          "blSampleId": sample_id}).status_code == 403


def test_beamline_setup_of_a_session_from_query_or_body(v2):
    """associate-beamline-setup takes beamLineSetupId from the query (MXCuBE) or from its documented body."""
    setup_id = v2.ok("post", "beamline-setups/beamline-setup", 201, json={"synchrotron_name": "ESRF"})
    by_body = v2.ok("patch", "sessions/55167/associate-beamline-setup", json={"beamLineSetupId": setup_id})
    assert by_body["beamLineSetupId"] == int(setup_id)
    by_query = v2.ok("patch", f"sessions/55167/associate-beamline-setup?beamLineSetupId={setup_id}")
    assert by_query["BeamLineSetup"]["beamLineSetupId"] == int(setup_id)
    assert v2.call("patch", "sessions/55167/associate-beamline-setup", json={}).status_code == 422


def test_file_columns_need_set_file_paths_on_every_2x_write(v2):
    """The 2.x writes go through the same row check as every other route: naming a file needs set_file_paths."""
    without = tuple(p for p in BEAMLINE if p != "set_file_paths")
    dc_id = v2.ok("post", "datacollections/datacollection", 201, json={
        "sessionId": 55167, "experiment_type": "OSC", "collection_start_time": "2026-06-02 10:00:00"}
    )["dataCollectionId"]
    writes = [
        ("events/xfe-fluorescence-spectrum", {"sessionId": 55167, "scanFileFullPath": "/data/victim/s"}),
        ("events/energyscan", {"sessionId": 55167, "scanFileFullPath": "/data/victim/e"}),
        ("images/image", {"dataCollectionId": dc_id, "fileLocation": "/data/victim", "fileName": "a.cbf"}),
        ("datacollections/datacollection", {"sessionId": 55167, "experiment_type": "OSC",
                                            "fileinfo": {"directory": "/data/victim"}}),
    ]
    for path, body in writes:
        response = v2.call("post", path, permissions=without, json=body)
        assert response.status_code == 403, (path, response.get_data(as_text=True))
        assert "set_file_paths" in response.get_json()["message"]


def test_2x_spec_is_valid_and_1x_root_is_untouched(app):
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation import OpenAPIV2SpecValidator

    client = app.test_client()
    assert client.get(f"{ROOT}/docs").status_code == 200
    spec = client.get(f"{ROOT}/swagger.json").get_json()
    validate(spec, cls=OpenAPIV2SpecValidator)
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert operation.get("summary"), f"{method.upper()} {path} has no summary"
    assert {"/auth/login", "/sessions", "/webservices/ssx/datacollection"} <= set(spec["paths"])
    one = client.get("/ispyb/api/v1/swagger.json").get_json()["paths"]
    assert "/webservices/ssx/datacollection" not in one and "/user/current" not in one


def test_every_2x_write_declares_its_body(app):
    """Each write of the 2.x root has a body schema with properties, open to unknown keys, nulls marked."""
    spec = app.test_client().get(f"{ROOT}/swagger.json").get_json()
    definitions = spec["definitions"]
    writes = 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("post", "put", "patch"):
                continue
            writes += 1
            bodies = [p for p in item.get("parameters", []) + operation.get("parameters", []) if p["in"] == "body"]
            assert bodies, f"{method.upper()} {path} declares no request body"
            schema = definitions[bodies[0]["schema"]["$ref"].rsplit("/", 1)[1]]
            assert schema["properties"], f"{method.upper()} {path}: an empty body model"
            assert schema.get("additionalProperties", True) is not False, f"{method.upper()} {path} is closed"
    assert writes >= 17
    collection = definitions["MXCuBECollection"]["properties"]
    assert {"imageDirectory", "xtalSnapshotFullPath1", "fileinfo", "oscillation_sequence", "collection_id",
            "group_id"} <= set(collection)
    assert collection["comments"]["x-nullable"] is True
    assert "directory" in definitions["MXCuBEFileInfo"]["properties"]
    assert {"fileLocation", "fileName", "jpegFileFullPath"} <= set(definitions["ImageStore"]["properties"])
    assert "scanFileFullPath" in definitions["EnergyScanStore"]["properties"]
    assert definitions["SessionCreate"]["required"] == ["endDate", "proposalId", "startDate"]


def test_legacy_routes_with_the_token_in_the_header(v2):
    """py-ispyb 2.x's legacy routes (ispyb-client): the legacy rows for a Bearer token in the header."""
    assert [p["Proposal_proposalId"] for p in v2.ok("get", "legacy/proposals", permissions=READ)] == [37027]
    [description] = v2.ok("get", "legacy/proposals/cm14451", permissions=READ)
    assert description["proposal"][0]["proposalId"] == 37027
    assert v2.ok("get", "legacy/proposals/zz9", permissions=READ) == []
    assert {s["sessionId"] for s in v2.ok("get", "legacy/sessions/proposal/37027", permissions=READ)} >= {55167}
    assert [s["sessionId"] for s in v2.ok("get", "legacy/sessions/date/20160101/20160102", permissions=READ)] == [
        55167]
    assert len(v2.ok("get", "legacy/sessions", permissions=READ)) == 3
    groups = v2.ok("get", "legacy/data_collections/groups/session/55167", permissions=READ)
    assert 988855 in [g["DataCollectionGroup_dataCollectionGroupId"] for g in groups]
    assert v2.ok("get", "legacy/data_collections/groups/session/339525", permissions=READ) == []  # as J4
    assert v2.call("get", "legacy/sessions/proposal/cm1", permissions=READ).status_code == 403
    assert v2.call("get", "legacy/em/session/339525/stats", permissions=READ).status_code == 403
    assert v2.ok("get", "legacy/em/session/55167/stats?self=&kwargs=", permissions=READ) == []
    assert v2.ok("get", "legacy/em/proposal/{proposal_id}/datacollection/993677/movies", permissions=READ) == []
    assert v2.call("get", "legacy/em/proposal/cm14451/movie/1/thumbnail", permissions=READ).status_code in (403, 404)


def test_2x_root_is_configurable(database, tmp_path):
    from pyispyb import create_app
    from pyispyb.config import ConfigError
    from tests.conftest import app_settings

    def make(root):
        return create_app(run_mode="test", overrides=app_settings(database, API_2X_ROOT=root,
                                                                  TEMP_FOLDER=str(tmp_path)))

    assert make(False).test_client().get(f"{ROOT}/swagger.json").status_code == 404
    assert make("/lims/ispyb/api/v1").test_client().get("/lims/ispyb/api/v1/swagger.json").status_code == 200
    with pytest.raises(ConfigError, match="API_2X_ROOT"):
        make("/ispyb/api/v1")
