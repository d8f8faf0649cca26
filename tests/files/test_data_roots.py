# SPDX-License-Identifier: LGPL-3.0-or-later
"""FILE_DATA_ROOTS: a file is served only from the data folder of a session the caller may read."""

import os

import pytest

from pyispyb.models import DataCollection
from tests.files.conftest import API, OWNER, png_bytes

DC = 993677  # session 55167 (i03, 2016, visit 1) of proposal cm14451, boaty's
OWN = "/dls/i03/data/2016/cm14451-1/processed/wilson.png"
FOREIGN = "/dls/i03/data/2016/cm1-1/processed/secret.png"


@pytest.fixture
def data_roots(app, data_root, monkeypatch):
    """Session data folders ``<disk>/<beamline>/data/<year>/<proposal>-<visit>``, with an own and a foreign file."""
    template = f"{data_root.disk}/{{beamLineName}}/data/{{year}}/{{proposal}}-{{visit_number}}"
    monkeypatch.setitem(app.config, "FILE_DATA_ROOTS", [template])
    data_root.place(OWN, png_bytes(50, 50))
    data_root.place(FOREIGN, b"foreign bytes")
    return data_root


def wilson(client, auth, data_root, db_path, permissions=OWNER):
    data_root.update(DataCollection, DataCollection.dataCollectionId, DC, bestWilsonPlotPath=db_path)
    return client.get(f"{API}/data_collections/{DC}/wilson_plot", headers=auth.headers("boaty", permissions))


def test_a_file_of_the_callers_session_is_served(client, auth, data_roots):
    assert wilson(client, auth, data_roots, OWN).status_code == 200
    assert wilson(client, auth, data_roots, OWN.replace("/data/", "//data//")).status_code == 200


@pytest.mark.parametrize("recorded", [
    FOREIGN,
    "/dls/i03/data/2016/cm14451-1/../cm1-1/processed/secret.png",
    "/dls/i03/data/2016/cm14451-1/processed/link.png",
])
def test_a_file_of_another_proposals_folder_is_refused(client, auth, data_roots, recorded):
    link = data_roots.disk / "i03/data/2016/cm14451-1/processed/link.png"
    os.symlink(data_roots.disk / FOREIGN.removeprefix("/dls/"), link)
    response = wilson(client, auth, data_roots, recorded)
    assert response.status_code == 404 and b"foreign bytes" not in response.data


def test_staff_reading_every_session_and_sites_without_templates_are_not_limited(client, auth, data_roots, app,
                                                                                  monkeypatch):
    staff = wilson(client, auth, data_roots, FOREIGN, permissions=("all_sessions", "all_proposals"))
    assert staff.status_code == 200 and staff.data == b"foreign bytes"
    monkeypatch.setitem(app.config, "FILE_DATA_ROOTS", [])
    assert wilson(client, auth, data_roots, FOREIGN).status_code == 200  # FILE_ROOTS alone: the outer fence
