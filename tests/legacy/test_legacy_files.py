# SPDX-License-Identifier: LGPL-3.0-or-later
"""Crystal snapshots, diffraction images and plots: file rules, ownership, absent files."""

import pytest

from tests.legacy.conftest import MANAGER

MX = "/proposal/cm14451/mx"
SNAPSHOT = "/dls/i03/data/2016/cm14451-1/jpegs/20160114/tlys_jan_4/tlys_jan_4_1_1_315.0.png"
THUMBNAIL = "/dls/i03/data/2016/cm14451-2/jpegs/gw/20160418/thau/edna_test/thau_2_0003.thumb.jpeg"


@pytest.fixture
def data_root(app, tmp_path, monkeypatch):
    """Serve /dls/... from a temporary folder; return a function writing a file there."""
    monkeypatch.setitem(app.config, "PATH_MAP", {"/dls/": f"{tmp_path}/dls/"})
    monkeypatch.setitem(app.config, "FILE_ROOTS", [str(tmp_path / "dls")])

    def write(path, content=b"\x89PNG"):
        target = tmp_path / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)

    return write


def test_crystal_snapshot_is_served_from_the_mapped_path(legacy, data_root):
    data_root(SNAPSHOT)
    response = legacy.get(f"{MX}/datacollection/993677/crystalsnaphot/1/get")
    assert response.status_code == 200 and response.data == b"\x89PNG"
    assert response.mimetype == "image/png"


def test_missing_or_unrecorded_snapshot_is_404(legacy, data_root):
    assert legacy.get(f"{MX}/datacollection/993677/crystalsnaphot/1/get").status_code == 404
    assert legacy.get(f"{MX}/datacollection/993677/crystalsnaphot/4/get").status_code == 404  # no path recorded


def test_snapshot_number_outside_one_to_four_is_400(legacy):
    response = legacy.get(f"{MX}/datacollection/993677/crystalsnaphot/5/get")
    assert response.status_code == 400


def test_files_of_someone_else_are_forbidden_and_of_another_proposal_not_found(legacy, data_root):
    data_root(SNAPSHOT)
    assert legacy.get(f"{MX}/datacollection/993677/crystalsnaphot/1/get", user="x",
                      permissions=("own_sessions",)).status_code == 403
    assert legacy.get("/proposal/cm1/mx/datacollection/993677/crystalsnaphot/1/get",
                      permissions=MANAGER).status_code == 404
    assert legacy.get(f"{MX}/datacollection/1/crystalsnaphot/1/get").status_code == 404


def test_diffraction_thumbnail_and_image(legacy, data_root):
    data_root(THUMBNAIL, b"thumb")
    response = legacy.get(f"{MX}/image/284718118/thumbnail")
    assert response.status_code == 200 and response.data == b"thumb"
    assert "thau_2_0003.thumb.jpeg" in response.headers["Content-Disposition"]
    assert legacy.get(f"{MX}/image/284718118/get").status_code == 404  # the full JPEG is not on disk
    assert legacy.get(f"{MX}/image/1/thumbnail").status_code == 404


def test_quality_indicator_plot_is_404_where_the_schema_records_none(legacy):
    response = legacy.get(f"{MX}/datacollection/993677/qualityindicatorplot")
    assert response.status_code == 404
    assert "schema" in response.get_json()["message"]


def test_workflow_step_files_are_404_without_workflow_steps(legacy):
    assert legacy.get(f"{MX}/workflow/step/1/result").status_code == 404


def test_energy_scan_and_xrf_plots_follow_the_same_rules(legacy, data_root):
    scan_rows = legacy.rows(f"{MX}/energyscan/session/55167/list")
    scan = next(row for row in scan_rows if row["jpegChoochFileFullPath"])
    data_root(scan["jpegChoochFileFullPath"], b"chooch")
    response = legacy.get(f"{MX}/energyscan/energyscanId/{scan['energyScanId']}/jpegchooch")
    assert response.status_code == 200 and response.data == b"chooch"
    spectrum = legacy.rows(f"{MX}/xrfscan/session/55167/list")[0]
    path = f"{MX}/xrfscan/xrfscanId/{spectrum['xfeFluorescenceSpectrumId']}/image/jpegScanFileFullPath/get"
    assert legacy.get(path).status_code == 404
