# SPDX-License-Identifier: LGPL-3.0-or-later
"""mxcubecore's PyISPyBClient (through ispyb-client): log in and write an SSX group and collection."""

import datetime
import importlib
import sys

import ispyb_client
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


def login_by_key(settings):
    """Log in through ispyb-client's AuthenticationApi and read the token by key."""
    from ispyb_client.apis.tags.authentication_api import AuthenticationApi
    from ispyb_client.model.login import Login

    with ispyb_client.ApiClient(ispyb_client.Configuration(host=settings["host"])) as api_client:
        body = AuthenticationApi(api_client).login_ispyb_api_v1_auth_login_post(Login(
            plugin=settings["plugin"], login=settings["username"], password=settings["password"])).body
    return str(body["token"])


class Detector:
    """The beamline's detector, as far as the client asks it."""

    def __init__(self, detector_id):
        self.detector_id = detector_id

    def get_property(self, name, default=None):
        """The detector id of the beamline configuration."""
        return {"detector_id": self.detector_id}.get(name, default)


def run(steps):
    """The calls of this client, in the order a beamline makes them."""
    settings = steps.settings
    HWR.beamline = SimpleNamespace(session=SimpleNamespace(beamline_name=settings["beamline"],
                                                           session_id=str(settings["session_id"])),
                                   detector=Detector(settings.get("detector_id")))
    lims = PyISPyBClient("pyispyb")
    for name in ("username", "password", "plugin", "host"):
        lims._set_property(name, settings[name])  # what mxcubecore's XML configuration loader calls
    steps.run("init (authenticate)", lims.init)
    steps.run("token received", lambda: bool(getattr(lims._configuration, "access_token", None)))
    if not getattr(lims._configuration, "access_token", None):
        # on Python >= 3.10 ispyb-client's models lose attribute access (a class's annotations are no longer
        # inherited), so PyISPyBClient.authenticate fails on ``body.token`` whatever the server answers; take
        # the token from the same login call by key, as authenticate would have stored it, and go on
        token = steps.run("login by key", login_by_key, settings)
        lims._configuration.access_token = token
        lims._token_timestamp = datetime.datetime.now()
    def parameters(kind):
        return SimpleNamespace(
            path_parameters=SimpleNamespace(prefix="lyso-chip7"),
            common_parameters=SimpleNamespace(type=kind, label="lysozyme 7"),
            user_collection_parameters=SimpleNamespace(exp_time=0.01),
            collection_parameters=SimpleNamespace(num_images=1000))

    steps.run("create_ssx_data_collection_group (chip)", lims.create_ssx_data_collection_group,
              parameters("ssx_chip_collection"), settings["session_id"])
    jet = parameters("ssx_injector_collection")
    group_id = steps.run("create_ssx_data_collection_group", lims.create_ssx_data_collection_group, jet,
                         settings["session_id"])
    beam = SimpleNamespace(transmission=50.0, beam_x=1000.0, beam_y=1100.0, wavelength=0.98, detector_distance=150.0,
                           beam_size_x=0.01, beam_size_y=0.005, resolution=1.8, energy_bandwidth=0.01,
                           beam_shape="ellipse")
    extra = SimpleNamespace(flux_start=1e12, flux_end=1e12, start_time=datetime.datetime(2026, 6, 2, 11, 0),
                            end_time=datetime.datetime(2026, 6, 2, 11, 5), mono_stripe="Si111", chip_model="oxford",
                            polarisation=0.99)
    if group_id:
        steps.run("create_ssx_data_collection", lims.create_ssx_data_collection, group_id, jet, beam, extra)


Steps().drive(run)
