# SPDX-License-Identifier: LGPL-3.0-or-later
"""Path mapping and root confinement of served files."""

import os

import pytest

from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.files import map_path, resolve_data_path, safe_download_name


def test_longest_prefix_wins():
    path_map = {"/dls/": "/mnt/dls/", "/dls/i03/": "/fast/i03/"}
    assert map_path("/dls/i03/data/x.png", path_map) == "/fast/i03/data/x.png"
    assert map_path("/dls/i04/x.png", path_map) == "/mnt/dls/i04/x.png"
    assert map_path("/other/x.png", path_map) == "/other/x.png"


def test_files_under_a_root_are_resolved(tmp_path):
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "snap.png"
    target.write_bytes(b"png")
    assert resolve_data_path("/beamline/data/snap.png", path_map={"/beamline/": f"{tmp_path}/"},
                             roots=[str(tmp_path / "data")]) == target


@pytest.mark.parametrize("recorded", ["/beamline/data/../secret.txt", "/beamline/secret.txt", "relative/x.png",
                                      "", None, "/beamline/data/link.txt", "/beamline/data/missing.png"])
def test_escapes_and_missing_files_are_not_found(tmp_path, recorded):
    (tmp_path / "data").mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", tmp_path / "data" / "link.txt")
    with pytest.raises(NotFound):
        resolve_data_path(recorded, path_map={"/beamline/": f"{tmp_path}/"}, roots=[str(tmp_path / "data")])


@pytest.mark.parametrize("name, expected", [("../../etc/passwd", "passwd"), ('a";b.log', "ab.log"), ("", "download"),
                                            ("report\n.pdf", "report.pdf")])
def test_download_names_are_safe(name, expected):
    assert safe_download_name(name) == expected
