# SPDX-License-Identifier: LGPL-3.0-or-later
"""Autoprocessing views and attachments, phasing lists, energy and XRF scans of the legacy API."""

import io
import zipfile

import pytest

from tests.legacy.conftest import MANAGER

MX = "/proposal/cm14451/mx"
FAST_DP = "/dls/i03/data/2016/cm14451-1/processed/20160114/tlys_jan_4/tlys_jan_4_1_/fast_dp"


def test_integration_view_is_one_list_per_data_collection(legacy):
    views = legacy.rows(f"{MX}/autoprocintegration/datacollection/993677,1066786,1/view")
    assert [len(view) for view in views] == [8, 0, 0]
    first = views[0][0]
    assert first["v_datacollection_summary_phasing_autoProcIntegrationId"] == 592508
    assert first["v_datacollection_processingPrograms"] == "fast_dp"
    assert first["v_datacollection_summary_phasing_autoproc_space_group"] == "P 6 2 2"
    assert first["v_datacollection_summary_session_sessionId"] == 55167
    assert first["Protein_acronym"] == "therm" and first["DataCollection_imagePrefix"] == "tlys_jan_4"
    assert first["scalingStatisticsType"] == "outerShell,innerShell,overall"
    assert len(first["resolutionLimitHigh"].split(",")) == 3
    assert first["phasingStepType"] is None and first["spaceGroupShortName"] is None


def test_integration_view_follows_session_ownership(legacy):
    owner = legacy.rows(f"{MX}/autoprocintegration/datacollection/993677/view")
    staff = legacy.rows(f"{MX}/autoprocintegration/datacollection/993677/view", user="staff",
                        permissions=("all_sessions",))
    assert staff == owner and len(owner[0]) == 8
    assert legacy.rows("/proposal/cm1/mx/autoprocintegration/datacollection/993677/view", permissions=MANAGER) == [[]]
    assert legacy.get(f"{MX}/autoprocintegration/datacollection/993677/view", user="x").status_code == 403


def test_attachment_lists_follow_the_program_ids(legacy):
    lists = legacy.rows(f"{MX}/autoprocintegration/attachment/autoprocprogramid/56425944,56425592,1/list")
    assert [[a["fileName"] for a in files] for files in lists] == [
        ["cm14451v1_xtlysjan41_free.mtz", "xia2.html"], ["fast_dp.log"], []]
    assert lists[1][0]["fileType"] == "Log" and lists[1][0]["filePath"] == FAST_DP


@pytest.fixture
def data_files(app, tmp_path, monkeypatch):
    """Serve /dls/... from a temporary folder."""
    monkeypatch.setitem(app.config, "PATH_MAP", {"/dls/": f"{tmp_path}/dls/"})
    monkeypatch.setitem(app.config, "FILE_ROOTS", [str(tmp_path / "dls")])

    def write(path, content):
        target = tmp_path / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        return target

    return write


def test_attachment_download_and_inline_get(legacy, data_files):
    data_files(f"{FAST_DP}/fast_dp.log", b"fast_dp ran")
    download = legacy.get(f"{MX}/autoprocintegration/autoprocattachmentid/1023947/download")
    assert download.status_code == 200 and download.data == b"fast_dp ran"
    assert "attachment" in download.headers["Content-Disposition"]
    inline = legacy.get(f"{MX}/autoprocintegration/autoprocattachmentid/1023947/get")
    assert inline.status_code == 200 and "attachment" not in inline.headers.get("Content-Disposition", "")


def test_attachment_absent_or_foreign_is_404(legacy, data_files):
    assert legacy.get(f"{MX}/autoprocintegration/autoprocattachmentid/1023947/get").status_code == 404
    data_files(f"{FAST_DP}/fast_dp.log", b"x")
    assert legacy.get(f"{MX}/autoprocintegration/autoprocattachmentid/99/get").status_code == 404
    foreign = legacy.get("/proposal/cm1/mx/autoprocintegration/autoprocattachmentid/1023947/get",
                         permissions=MANAGER)
    assert foreign.status_code == 404


def test_attachments_of_programs_download_as_one_zip(legacy, data_files):
    xia2 = "/dls/i03/data/2016/cm14451-1/processed/20160114/tlys_jan_4/tlys_jan_4_1_/xia2/3dii-run"
    data_files(f"{FAST_DP}/fast_dp.log", b"log")
    data_files(f"{xia2}/xia2.html", b"<html/>")
    single = legacy.get(f"{MX}/autoprocintegration/attachment/autoprocprogramid/56425592/download")
    assert single.status_code == 200
    assert 'filename=fast_dp_56425592.zip' in single.headers["Content-Disposition"]
    assert zipfile.ZipFile(io.BytesIO(single.data)).namelist() == ["fast_dp.log"]
    both = legacy.get(f"{MX}/autoprocintegration/attachment/autoprocprogramid/56425592,56425944/download"
                      "?forceFilename=mine.zip")
    assert "filename=mine.zip" in both.headers["Content-Disposition"]
    assert sorted(zipfile.ZipFile(io.BytesIO(both.data)).namelist()) == [
        "fast_dp_56425592/fast_dp.log", "xia2 3dii_56425944/xia2.html"]


def test_phasing_lists_follow_the_ids(legacy):
    assert legacy.rows(f"{MX}/phasing/datacollectionid/993677,1002287/list") == [[], []]
    assert legacy.rows(f"{MX}/phasing/sessionid/55167/list") == [[]]
    assert legacy.get(f"{MX}/phasing/unknownkind/1/list").status_code == 404


def test_energy_and_xrf_scans_of_a_session(legacy):
    scans = legacy.rows(f"{MX}/energyscan/session/55167/list")
    assert len(scans) == 21 and {scan["sessionId"] for scan in scans} == {55167}
    assert {"energyScanId", "element", "jpegChoochFileFullPath", "BLSample_sampleId", "acronym",
            "BLSession_proposalId", "remoteEnergy"} <= set(scans[0])
    spectra = legacy.rows(f"{MX}/xrfscan/session/55167/list")
    assert len(spectra) == 57 and spectra[0]["BLSession_proposalId"] == 37027
    assert legacy.rows(f"{MX}/energyscan/session/339525/list", permissions=MANAGER) == []
    assert legacy.get(f"{MX}/xrfscan/session/55167/list", user="x").status_code == 403
