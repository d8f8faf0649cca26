# SPDX-License-Identifier: LGPL-3.0-or-later
"""mxcubecore 1.193.0's ISPyBRestClient (the Java REST client) against the legacy routes."""

from types import SimpleNamespace

from harness import Steps

from mxcubecore import HardwareRepository as HWR  # noqa: N814 (mxcubecore's own spelling)
from mxcubecore.HardwareObjects.ISPyBRestClient import ISPyBRestClient


def run(steps):
    """The calls of this client, in the order a beamline makes them."""
    settings = steps.settings
    # the scaffold the client's init reads: the beamline's session (proposal code, number, session id)
    HWR.beamline = SimpleNamespace(session=SimpleNamespace(
        beamline_name=settings["beamline"], proposal_code=settings["proposal_code"],
        proposal_number=settings["proposal_number"], session_id=settings["session_id"]))

    lims = ISPyBRestClient("lims")
    for name, value in (("restRoot", settings["rest_root"]), ("restUserName", settings["login"]),
                        ("restPass", settings["password"]), ("site", "ESRF")):
        lims.set_property(name, value)
    steps.run("init", lims.init)
    steps.run("get_rest_token", lims.get_rest_token)
    steps.run("get_proposal_sessions", lims.get_proposal_sessions, settings["proposal_id"])
    steps.run("get_dc_list", lims.get_dc_list)
    for dc_id in settings["dc_ids"]:
        steps.run(f"get_dc {dc_id}", lims.get_dc, dc_id)
    steps.run("dc_link", lims.dc_link, settings["dc_ids"][0])
    steps.run("sample_link", lims.sample_link)


Steps().drive(run)
