# SPDX-License-Identifier: LGPL-3.0-or-later
"""mxcubecore's PyISPyBClient (through ispyb-client): log in and write an SSX group and collection."""

import datetime
import importlib
import sys
from types import SimpleNamespace

from harness import Steps

# mxcubecore imports the generated client as ``pyispyb_client``; PyPI has it as ``ispyb_client``
for module in ("ispyb_client", "ispyb_client.apis.tags.authentication_api",
               "ispyb_client.apis.tags.webservices_serial_crystallography_api", "ispyb_client.model.login"):
    importlib.import_module(module)
for name in [n for n in sys.modules if n == "ispyb_client" or n.startswith("ispyb_client.")]:
    sys.modules["pyispyb_client" + name[len("ispyb_client"):]] = sys.modules[name]

from mxcubecore import HardwareRepository as HWR  # noqa: E402, N814 (mxcubecore's own spelling)
from mxcubecore.HardwareObjects.PyISPyBClient import PyISPyBClient  # noqa: E402


def run(steps):
    """The calls of this client, in the order a beamline makes them."""
    settings = steps.settings


    class Detector:
        """The beamline's detector, as far as the client asks it."""

        def get_property(self, name, default=None):
            """The detector id of the beamline configuration."""
            return {"detector_id": settings.get("detector_id")}.get(name, default)


    HWR.beamline = SimpleNamespace(session=SimpleNamespace(beamline_name=settings["beamline"],
                                                           session_id=str(settings["session_id"])),
                                   detector=Detector())
    lims = PyISPyBClient("pyispyb")
    for name in ("username", "password", "plugin", "host"):
        lims.set_property(name, settings[name])
    steps.run("init (authenticate)", lims.init)
    steps.run("token received", lambda: bool(lims._configuration.access_token))
    parameters = SimpleNamespace(
        path_parameters=SimpleNamespace(prefix="lyso-chip7"),
        common_parameters=SimpleNamespace(type="ssx_chip_collection", label="chip 7"),
        user_collection_parameters=SimpleNamespace(exp_time=0.01),
        collection_parameters=SimpleNamespace(num_images=1000))
    group_id = steps.run("create_ssx_data_collection_group", lims.create_ssx_data_collection_group, parameters,
                         settings["session_id"])
    beam = SimpleNamespace(transmission=50.0, beam_x=1000.0, beam_y=1100.0, wavelength=0.98, detector_distance=150.0,
                           beam_size_x=0.01, beam_size_y=0.005, resolution=1.8, energy_bandwidth=0.01,
                           beam_shape="ellipse")
    extra = SimpleNamespace(flux_start=1e12, flux_end=1e12, start_time=datetime.datetime(2026, 6, 2, 11, 0),
                            end_time=datetime.datetime(2026, 6, 2, 11, 5), mono_stripe="Si111", chip_model="oxford",
                            polarisation=0.99)
    if group_id:
        steps.run("create_ssx_data_collection", lims.create_ssx_data_collection, group_id, parameters, beam, extra)


Steps().drive(run)
