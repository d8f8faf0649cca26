# SPDX-License-Identifier: LGPL-3.0-or-later
"""PDB models of crystals: upload round trip, checks, and the RCSB fallback against a local HTTP service."""

import io
import time

import pytest

from pyispyb.models import Crystal, Protein
from tests.files.conftest import API, OWNER
from tests.support.http_service import QuietHandler, http_service

WRITER = ("own_proposals", "write_samples")
PDB_TEXT = (b"HEADER    HYDROLASE                               01-JAN-26   1ABC\n"
            b"CRYST1   79.100   79.100   37.900  90.00  90.00  90.00 P 43 21 2     8\n"
            b"ATOM      1  N   LYS A   1       3.287  10.092  10.329  1.00 17.55           N\n"
            b"END\n")
CIF_TEXT = b"data_1ABC\n#\n_entry.id 1ABC\nloop_\n_atom_site.group_PDB\nATOM\n"


class FakeRcsb(QuietHandler):
    """Stands in for the RCSB download service: a few entries, a slow one, a huge one, a wrong one."""

    requests = []

    def do_GET(self):  # noqa: N802 - the http.server API
        FakeRcsb.requests.append(self.path)
        name = self.path.rsplit("/", 1)[-1]
        if name == "3SLO.pdb":
            time.sleep(1.5)
        bodies = {"1ABC.pdb": PDB_TEXT, "1ABC.cif": CIF_TEXT, "2BIG.pdb": PDB_TEXT * 400,
                  "3SLO.pdb": PDB_TEXT, "4BAD.pdb": b"<html>maintenance</html>"}
        body = bodies.get(name)
        self.answer(200 if body else 404, body or b"")


@pytest.fixture(scope="module")
def rcsb_url():
    with http_service(FakeRcsb) as base:
        yield f"{base}/download"


@pytest.fixture
def pdb_config(app, data_root, rcsb_url, tmp_path, monkeypatch):
    """Point the server at the local download service, with small limits, and a fresh cache and upload folder."""
    for key, value in {"PDB_URI": rcsb_url, "PDB_TIMEOUT": 0.5, "PDB_MAX_SIZE": 10_000,
                       "PDB_CACHE_FOLDER": str(tmp_path / "pdb-cache"), "UPLOAD_FOLDER": str(tmp_path / "upload"),
                       "MAX_UPLOAD_SIZE": 20_000}.items():
        monkeypatch.setitem(app.config, key, value)
    FakeRcsb.requests.clear()
    return tmp_path


@pytest.fixture
def own_crystal(data_root):
    """A crystal of proposal 37027 (cm14451, boaty's)."""
    protein = data_root.insert(Protein, proposalId=37027, name="Lysozyme", acronym="LYS")
    return data_root.insert(Crystal, proteinId=protein, name="xtal")


def upload(client, headers, crystal_id, content, name="model.pdb", method="put"):
    return getattr(client, method)(f"{API}/samples/crystals/{crystal_id}/pdb", headers=headers,
                                   data={"file": (io.BytesIO(content), name)}, content_type="multipart/form-data")


def test_pdb_round_trip(client, auth, pdb_config, own_crystal, data_root):
    headers = auth.headers("boaty", WRITER)
    stored = upload(client, headers, own_crystal, PDB_TEXT, name="../../etc/my model.pdb")
    assert stored.status_code == 200, stored.get_json()
    crystal = stored.get_json()
    folder = pdb_config / "upload" / f"crystal{own_crystal}"
    assert crystal["pdbFilePath"] == str(folder)
    assert crystal["pdbFileName"].startswith(f"crystal{own_crystal}_")
    assert crystal["pdbFileName"].endswith("_my_model.pdb")
    first_file = folder / crystal["pdbFileName"]
    assert first_file.read_bytes() == PDB_TEXT

    served = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers)
    assert served.status_code == 200 and served.data == PDB_TEXT
    assert served.headers["X-PDB-Source"] == "file"
    assert served.headers["Content-Type"] == "chemical/x-pdb"
    assert served.headers["Content-Disposition"] == f"attachment; filename={crystal['pdbFileName']}"

    replaced = upload(client, headers, own_crystal, CIF_TEXT, name="refined.cif", method="patch")
    assert replaced.status_code == 200 and replaced.get_json()["pdbFileName"].endswith("_refined.cif")
    assert not first_file.exists()
    assert client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).data == CIF_TEXT

    assert client.delete(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).status_code == 204
    assert list(folder.iterdir()) == []
    gone = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers)
    assert gone.status_code == 404 and "has no PDB file or PDB code" in gone.get_json()["message"]


@pytest.mark.parametrize("content, name, status, message", [
    (PDB_TEXT, "model.txt", 422, ".pdb or .cif"),
    (b"\x89PNG\r\n\x1a\n\0\0binary", "model.pdb", 422, "does not look like a PDB file"),
    (PDB_TEXT, "model.cif", 422, "does not look like a mmCIF file"),
    (PDB_TEXT * 300, "model.pdb", 413, "larger than 20000 bytes"),
])
def test_uploads_are_checked_and_nothing_is_kept_when_refused(client, auth, pdb_config, own_crystal, content, name,
                                                             status, message):
    response = upload(client, auth.headers("boaty", WRITER), own_crystal, content, name=name)
    assert response.status_code == status and message in response.get_json()["message"]
    folder = pdb_config / "upload" / f"crystal{own_crystal}"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_upload_needs_the_file_field_write_permission_and_ownership(client, auth, pdb_config, own_crystal):
    missing = client.put(f"{API}/samples/crystals/{own_crystal}/pdb", headers=auth.headers("boaty", WRITER),
                         data={}, content_type="multipart/form-data")
    assert missing.status_code == 422 and missing.get_json()["errors"] == {"file": ["Missing data for required field."]}
    assert upload(client, auth.headers("boaty", OWNER), own_crystal, PDB_TEXT).status_code == 403
    assert upload(client, auth.headers("stranger", WRITER), own_crystal, PDB_TEXT).status_code == 403
    assert upload(client, auth.headers("boaty", WRITER), 1, PDB_TEXT).status_code == 404
    assert client.delete(f"{API}/samples/crystals/{own_crystal}/pdb",
                         headers=auth.headers("stranger", WRITER)).status_code == 403


def test_file_is_removed_when_the_database_refuses_the_write(client, auth, pdb_config, own_crystal, database,
                                                             monkeypatch, app):
    deep = pdb_config / "u" / ("x" * 250) / ("y" * 250) / ("z" * 250) / ("w" * 250)  # longer than pdbFilePath allows
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(deep))
    response = upload(client, auth.headers("boaty", WRITER), own_crystal, PDB_TEXT)
    if not database.is_mariadb:  # SQLite does not enforce varchar lengths
        assert response.status_code == 200
        return
    assert response.status_code == 422 and "pdbFilePath" in response.get_json()["errors"]  # too long for the column
    assert list((deep / f"crystal{own_crystal}").iterdir()) == []


def name_pdb_code(data_root, crystal_id, value):
    data_root.update(Crystal, Crystal.crystalId, crystal_id, pdbFileName=value, pdbFilePath=None)


def test_a_pdb_code_is_fetched_once_from_the_download_service(client, auth, pdb_config, own_crystal, data_root):
    name_pdb_code(data_root, own_crystal, "1abc")
    headers = auth.headers("boaty", OWNER)
    first = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers)
    assert first.status_code == 200 and first.data == PDB_TEXT
    assert (first.headers["X-PDB-Source"], first.headers["X-PDB-Entry"], first.headers["X-PDB-Cache"]) == \
        ("rcsb", "1ABC", "miss")
    assert first.headers["Content-Disposition"] == "attachment; filename=1ABC.pdb"
    again = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers)
    assert again.data == PDB_TEXT and again.headers["X-PDB-Cache"] == "hit"
    assert FakeRcsb.requests == ["/download/1ABC.pdb"]
    name_pdb_code(data_root, own_crystal, "1ABC.cif")
    cif = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers)
    assert cif.data == CIF_TEXT and cif.headers["Content-Type"] == "chemical/x-mmcif"


@pytest.mark.parametrize("code, status, message", [
    ("9ZZZ", 404, "not available from the PDB download service"),
    ("2BIG", 503, "larger than the server accepts"),
    ("3SLO", 503, "did not answer"),
    ("4BAD", 503, "not a pdb file"),
])
def test_download_service_failures_are_reported_and_not_cached(client, auth, pdb_config, own_crystal, data_root,
                                                                code, status, message):
    name_pdb_code(data_root, own_crystal, code)
    response = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=auth.headers("boaty", OWNER))
    assert response.status_code == status and message in response.get_json()["message"]
    assert list((pdb_config / "pdb-cache").iterdir()) == []


def test_crystal_of_another_proposal_is_403(client, auth, pdb_config, data_root):
    name_pdb_code(data_root, 3918, "1ABC")  # crystal of proposal 141666
    assert client.get(f"{API}/samples/crystals/3918/pdb", headers=auth.headers("boaty", OWNER)).status_code == 403
    admin = client.get(f"{API}/samples/crystals/3918/pdb", headers=auth.headers("x", ("all_proposals",)))
    assert admin.status_code == 200


def test_a_recorded_file_outside_the_roots_is_not_served(client, auth, pdb_config, own_crystal, data_root):
    data_root.update(Crystal, Crystal.crystalId, own_crystal, pdbFilePath="/etc", pdbFileName="passwd")
    response = client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and "not available from this server" in response.get_json()["message"]


def test_a_crystal_cannot_reach_another_crystals_upload(client, auth, pdb_config, own_crystal, data_root):
    headers = auth.headers("boaty", WRITER)
    stored = upload(client, headers, own_crystal, PDB_TEXT).get_json()
    other = data_root.insert(Crystal, proteinId=data_root.value(Crystal.proteinId, Crystal.crystalId, own_crystal),
                             name="other")
    # a trusted writer (or an old row) points the other crystal at the first crystal's upload
    data_root.update(Crystal, Crystal.crystalId, other, pdbFilePath=stored["pdbFilePath"],
                     pdbFileName=stored["pdbFileName"])
    refused = client.get(f"{API}/samples/crystals/{other}/pdb", headers=headers)
    assert refused.status_code == 404 and PDB_TEXT not in refused.data
    assert client.delete(f"{API}/samples/crystals/{other}/pdb", headers=headers).status_code == 204
    first_file = pdb_config / "upload" / f"crystal{own_crystal}" / stored["pdbFileName"]
    assert first_file.read_bytes() == PDB_TEXT  # not deleted through the other crystal
    assert client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).data == PDB_TEXT


def test_an_upload_of_the_former_per_proposal_layout_stays_the_crystals(client, auth, pdb_config, own_crystal,
                                                                         data_root):
    folder = pdb_config / "upload" / "cm14451"
    folder.mkdir(parents=True)
    (folder / f"crystal{own_crystal}_abc_model.pdb").write_bytes(PDB_TEXT)
    (folder / f"crystal{own_crystal}1_abc_model.pdb").write_bytes(b"another crystal's model")
    headers = auth.headers("boaty", WRITER)
    data_root.update(Crystal, Crystal.crystalId, own_crystal, pdbFilePath=str(folder),
                     pdbFileName=f"crystal{own_crystal}_abc_model.pdb")
    assert client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).data == PDB_TEXT
    data_root.update(Crystal, Crystal.crystalId, own_crystal, pdbFileName=f"crystal{own_crystal}1_abc_model.pdb")
    assert client.get(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).status_code == 404
    assert client.delete(f"{API}/samples/crystals/{own_crystal}/pdb", headers=headers).status_code == 204
    assert (folder / f"crystal{own_crystal}1_abc_model.pdb").exists()
