# SPDX-License-Identifier: LGPL-3.0-or-later
"""The real client packages, installed from PyPI, driving a real server on each backend.

- mxcubecore's current ``PyISPyBRestClient`` + ``PyISPyBDataAdapter`` run a beamline's whole LIMS
  cycle over the 2.x API (log in, proposals, today's session created, samples, set-up, a data
  collection stored, updated and finalised, images, robot action, energy scan, XRF spectrum);
- what they wrote is read back through the native 1.x API and through the legacy routes with
  mxcubecore 1.193.0's ``ISPyBRestClient`` (the Java REST client);
- mxcubecore's ``PyISPyBClient`` (through ispyb-client) logs in and writes an SSX collection;
- ispyb-client's legacy calls (token in the path) answer.

A call passes when the client's own method returns the right data without raising or logging
an error; the calls no server of py-ispyb's lineage can answer are asserted as such, with why.
"""

import json

import pytest

from tests.clients import venvs
from tests.clients.conftest import DETECTOR, LOGIN, PASSWORD, native, native_token, passed, run_driver

MX_COLLECTION = {
    "comments": "", "experiment_type": "OSC", "take_snapshots": False, "in_queue": False, "in_interleave": None,
    "detector_binning_mode": None, "shutterless": True, "do_inducedraddam": False, "processing": "False",
    "residues": 200, "dark": False, "detector_distance": 150.0, "resolution": 1.8, "transmission": 50.0,
    "energy": 12.7, "anomalous": False, "skip_images": False, "position_name": None, "motors": {},
    "collection_start_time": "2026-06-02 10:10:00", "wavelength": 0.9763, "xBeam": 160.2, "yBeam": 165.8,
    "beamSizeAtSampleX": 0.05, "beamSizeAtSampleY": 0.02, "beamShape": "ellipse",
    "sample_reference": {"spacegroup": "P212121", "cell": "", "blSampleId": None, "sample_name": "x",
                         "acronym": "thau"},
    "fileinfo": {"directory": "/data/i03/2026/cm14451-99/raw", "prefix": "thau-x", "run_number": 1,
                 "archive_directory": "", "process_directory": "/data/i03/2026/cm14451-99/processed",
                 "template": "thau-x_1_%05d.cbf", "compression": False, "suffix": "cbf"},
    "oscillation_sequence": [{"exposure_time": 0.02, "kappaStart": 0.0, "phiStart": 0.0, "start_image_number": 1,
                              "number_of_images": 1800, "offset": 0.0, "start": 0.0, "range": 0.1,
                              "number_of_passes": 1, "number_of_lines": 1, "mesh_range": (),
                              "num_triggers": 1, "num_images_per_trigger": 1}],
    "group_id": None, "EDNA_files_dir": "", "xds_dir": "",
}
BL_CONFIG = {"synchrotron_name": "DIAMOND", "undulators": [{"type": "U27"}], "focusing_optic": "KB mirrors",
             "monochromator_type": "Si(111)", "beam_divergence_vertical": 3.5, "beam_divergence_horizontal": 50.0,
             "polarisation": 0.99, "minimum_exposure_time": 0.002, "detector_manufacturer": "DECTRIS",
             "detector_model": "EIGER2 X 16M", "detector_binning_mode": "ROI", "detector_type": "Photon counting",
             "synchrotronMode": "Top-up"}
# mxcubecore sets bl_config["beamlineSetupId"] and then reads "beamLineSetupId" in update_session: its own
# KeyError is logged whatever the server answers (the set-up is stored; update_session works when called right)
CLIENT_DEFECTS = {"store_beamline_setup": "Failed to store or update session"}


@pytest.fixture(scope="session")
def mxcube_cycle(live_server, client_python, realm):
    """Run the beamline cycle of the current mxcubecore once per backend; return its steps."""
    settings = {"rest_root": f"{live_server['base']}/v2/ispyb/api/v1/", "login": LOGIN, "token": realm.mint(LOGIN),
                "proposal_code": "cm", "proposal_number": "14451", "beamline": "i03",
                "detector": [DETECTOR["detectorManufacturer"], DETECTOR["detectorModel"], DETECTOR["detectorMode"],
                             DETECTOR["detectorType"]],
                "bl_config": BL_CONFIG, "mx_collection": MX_COLLECTION}
    return run_driver(client_python(venvs.CURRENT), "pyispyb_adapter.py", settings)


def test_current_mxcube_runs_a_whole_collection_cycle(mxcube_cycle, live_server):
    failed = {name: step for name, step in mxcube_cycle.items()
              if not passed(step) and name not in CLIENT_DEFECTS}
    assert not failed, json.dumps(failed, indent=1)[:4000]
    for name, message in CLIENT_DEFECTS.items():
        step = mxcube_cycle[name]
        assert "raised" not in step and step["value"].isdigit(), step
        assert [message in line for line in step["logged"]] == [True], step["logged"]
    steps = {name: step["value"] for name, step in mxcube_cycle.items()}
    assert steps["get_current_user_data"]["login"] == LOGIN and steps["get_current_user_data"]["givenName"] == "Boaty"
    assert steps["find_proposal"]["proposal_id"] == "37027" and steps["find_proposal"]["code"] == "CM"
    assert steps["find_sessions_for_today (none yet)"] == []
    [today] = steps["find_sessions_for_today"]
    assert today["is_scheduled_time"] and today["beamline_name"] == "i03" and today["proposal_name"] == "cm14451"
    assert steps["get_session"]["BeamLineSetup"] is None
    assert steps["get_session (with its set-up)"]["BeamLineSetup"]["synchrotronName"] == "DIAMOND"
    assert steps["get_samples"] and {"sampleId", "proteinAcronym", "cellA"} <= set(steps["get_samples"][0])
    assert steps["find_detector"]["detectorId"] == live_server["detector_id"]
    dc_id, detector = steps["store_data_collection"]
    assert detector == 0 and steps["update_data_collection"][0] == dc_id == steps["finalize_data_collection"][0]
    collection = steps["get_data_collection"]
    assert collection["runStatus"] == "Data collection successful" and collection["numberOfImages"] == 1800
    assert collection["flux"] == pytest.approx(2.5e12) and collection["startTime"] == "2026-06-02 10:10:00"
    assert steps["store_image 1"] > 0 and int(steps["store_robot_action"]) > 0
    assert int(steps["store_energy_scan"]["energyScanId"]) > 0  # MXCuBE's energy scan reads it with int()
    assert int(steps["store_xfe_spectrum"]["xfeFluorescenceSpectrumId"]) > 0
    link = steps["associate_bl_sample_and_energy_scan"]
    assert link["energyScanId"] == int(steps["store_energy_scan"]["energyScanId"])


def test_what_mxcube_wrote_is_read_back_natively(mxcube_cycle, live_server):
    dc_id = mxcube_cycle["store_data_collection"]["value"][0]
    token = native_token(live_server)
    collection = native(live_server, f"data_collections/{dc_id}", token)
    assert collection["imagePrefix"] == "thau-x" and collection["axisEnd"] == pytest.approx(180.0)
    group = native(live_server, f"data_collections/groups/{collection['dataCollectionGroupId']}", token)
    assert group["experimentType"] == "OSC" and group["sessionId"] == mxcube_cycle["get_session"]["value"]["sessionId"]


def test_java_rest_client_reads_the_legacy_routes(mxcube_cycle, live_server, client_python):
    session_id = mxcube_cycle["get_session"]["value"]["sessionId"]
    dc_id = mxcube_cycle["store_data_collection"]["value"][0]
    settings = {"rest_root": f"{live_server['base']}/ispyb/api/v1/legacy/", "login": LOGIN, "password": PASSWORD,
                "beamline": "i03", "proposal_code": "cm", "proposal_number": "14451", "session_id": session_id,
                "proposal_id": 37027, "dc_ids": [dc_id, 993677, 1066786]}
    steps = run_driver(client_python(venvs.JAVA_REST), "java_rest_client.py", settings)
    failed = {name: step for name, step in steps.items() if not passed(step)}
    assert not failed, json.dumps(failed, indent=1)[:4000]
    assert isinstance(steps["get_rest_token"]["value"], str)
    assert {s["sessionId"] for s in steps["get_proposal_sessions"]["value"]} >= {55167, 55168, 339535, session_id}
    [group] = steps["get_dc_list"]["value"]
    assert group["DataCollection_dataCollectionId"] == dc_id and group["DataCollectionGroup_experimentType"] == "OSC"
    mine = steps[f"get_dc {dc_id}"]["value"]
    assert mine["dataCollectionId"] == dc_id and mine["workflow_result_url_list"] == []
    assert mine["imagePrefix"] == "thau-x" and mine["runStatus"] == "Data collection successful"
    assert steps["get_dc 993677"]["value"]["dataCollectionId"] == 993677
