# SPDX-License-Identifier: LGPL-3.0-or-later
"""mxcubecore's PyISPyBRestClient and PyISPyBDataAdapter: a beamline's whole LIMS cycle over the 2.x API."""

import copy

from harness import Steps

from mxcubecore.HardwareObjects.abstract.PyISPyBDataAdapter import PyISPyBDataAdapter
from mxcubecore.HardwareObjects.abstract.PyISPyBRestClient import PyISPyBRestClient


def run(steps):
    """The calls of this client, in the order a beamline makes them."""
    settings = steps.settings
    code, number, beamline = settings["proposal_code"], settings["proposal_number"], settings["beamline"]

    client = PyISPyBRestClient(settings["rest_root"])
    adapter = PyISPyBDataAdapter(client, beamline)
    steps.run("authenticate", client.authenticate, settings["login"], settings["token"])
    steps.run("refresh", client._refresh_access_token)  # what the client does before its token expires
    steps.run("get_current_user_data", adapter.get_current_user_data)
    steps.run("get_proposals", adapter.get_proposals)
    proposal = steps.run("find_proposal", adapter.find_proposal, code, number)
    steps.run("get_sessions_by_code_and_number", adapter.get_sessions_by_code_and_number, code, number, beamline)
    steps.run("find_sessions_for_today (none yet)", adapter.find_sessions_by_proposal_and_beamline_for_today,
              code, number, beamline)
    manager = steps.run("get_sessions_by_username (creates today's)", adapter.get_sessions_by_username)
    steps.run("find_sessions_for_today", adapter.find_sessions_by_proposal_and_beamline_for_today,
              code, number, beamline)
    session_id = int(next(s.session_id for s in manager.sessions if s.proposal_id == proposal.proposal_id))
    steps.run("get_session", adapter.get_session, session_id)
    samples = steps.run("get_samples", adapter.get_samples, int(proposal.proposal_id))
    sample_id = samples[0]["sampleId"]
    steps.run("update_bl_sample", adapter.update_bl_sample, {"blSampleId": sample_id, "comments": "mounted by MXCuBE"})
    steps.run("find_detector", adapter.find_detector, *settings["detector"])
    bl_config = dict(settings["bl_config"])
    setup_id = steps.run("store_beamline_setup", adapter.store_beamline_setup, session_id, bl_config)
    steps.run("update_session", adapter.update_session,
              {"sessionId": session_id, "BeamLineSetup": {"beamLineSetupId": setup_id}})
    steps.run("get_session (with its set-up)", adapter.get_session, session_id)

    mx_collection = copy.deepcopy(settings["mx_collection"])
    mx_collection["sessionId"] = session_id
    mx_collection["sample_reference"]["blSampleId"] = sample_id
    stored = steps.run("store_data_collection", adapter.store_data_collection, mx_collection)
    mx_collection["collection_id"] = stored[0]
    mx_collection["status"] = "Data collection successful"
    mx_collection["flux"] = 2.5e12
    steps.run("update_data_collection", adapter.update_data_collection, mx_collection)
    steps.run("finalize_data_collection", adapter.finalize_data_collection, mx_collection)
    steps.run("get_data_collection", adapter.get_data_collection, stored[0])
    for frame in (1, 2):
        steps.run(f"store_image {frame}", adapter.store_image, {
            "dataCollectionId": stored[0], "fileName": mx_collection["fileinfo"]["template"] % frame,
            "fileLocation": mx_collection["fileinfo"]["directory"], "imageNumber": frame, "measuredIntensity": 1.5,
            "synchrotronCurrent": 200.0, "machineMessage": "beam", "temperature": 100.0})
    steps.run("store_robot_action", adapter.store_robot_action, {
        "actionType": "LOAD", "containerLocation": 3, "dewarLocation": 1, "message": "loaded", "sampleBarcode": "x1",
        "sessionId": session_id, "sampleId": sample_id, "startTime": "2026-06-02 10:00:00",
        "endTime": "2026-06-02 10:01:00", "status": "SUCCESS"})
    scan = steps.run("store_energy_scan", adapter.store_energy_scan, {
        "sessionId": session_id, "blSampleId": sample_id, "element": "Se", "edgeEnergy": "K", "startEnergy": 12.6,
        "endEnergy": 12.7, "fluorescenceDetector": "Vortex", "scanFileFullPath": "/data/scan.raw",
        "startTime": "2026-06-02 10:05:00", "endTime": "2026-06-02 10:06:00"})
    steps.run("associate_bl_sample_and_energy_scan", adapter.associate_bl_sample_and_energy_scan,
              {"energyScanId": scan["energyScanId"], "blSampleId": sample_id})
    steps.run("store_xfe_spectrum", adapter.store_xfe_spectrum, {
        "sessionId": session_id, "blSampleId": sample_id, "fittedDataFileFullPath": "/data/fit.dat",
        "scanFileFullPath": "/data/xrf.raw", "jpegScanFileFullPath": "/data/xrf.jpg", "energy": 12.6,
        "startTime": "2026-06-02 10:07:00", "endTime": "2026-06-02 10:08:00"})


Steps().drive(run)
