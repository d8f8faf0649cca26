# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM images: served from under FILE_ROOTS through PATH_MAP, to their owners only."""

import pytest

from tests.em.conftest import API, OWNER, PROPOSAL, STRANGER

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def files(app, monkeypatch, tmp_path):
    """Map /dls/m02/ to a temporary root and return a function that writes a file at a recorded path."""
    monkeypatch.setitem(app.config, "PATH_MAP", {"/dls/m02/": f"{tmp_path}/"})
    monkeypatch.setitem(app.config, "FILE_ROOTS", [str(tmp_path)])

    def write(recorded, content=PNG):
        path = tmp_path / recorded.removeprefix("/dls/m02/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return content

    return write


def test_motion_correction_images_and_ctf_spectrum(client, auth, em_session, files):
    headers = auth.headers("boaty", OWNER)
    movie = em_session.movies[em_session.collections[0]][0]
    correction = em_session.corrections[movie]
    micrograph = files(f"/dls/m02/processed/mc/{movie}.jpg", b"jpeg micrograph")
    drift = files(f"/dls/m02/processed/mc/{movie}_drift.png")
    spectrum = files(f"/dls/m02/processed/ctf/{movie}.jpg", b"jpeg spectrum")
    response = client.get(f"{API}/em/motion_corrections/{correction}/micrograph", headers=headers)
    assert response.status_code == 200 and response.data == micrograph
    assert response.headers["Content-Type"] == "image/jpeg"
    assert client.get(f"{API}/em/motion_corrections/{correction}/drift_plot", headers=headers).data == drift
    ctf = em_session.ctfs[correction]
    assert client.get(f"{API}/em/ctf/{ctf}/spectrum", headers=headers).data == spectrum
    assert client.get(f"{API}/em/movies/{movie}/thumbnail", headers=headers).data == micrograph


def test_missing_files_and_unrecorded_paths_are_404(client, auth, em_session, files):
    headers = auth.headers("boaty", OWNER)
    movie = em_session.movies[em_session.collections[0]][0]
    correction = em_session.corrections[movie]
    missing = client.get(f"{API}/em/motion_corrections/{correction}/micrograph", headers=headers)
    assert missing.status_code == 404 and "does not exist" in missing.get_json()["message"]
    unrecorded = client.get(f"{API}/em/motion_corrections/{correction}/fft", headers=headers)
    assert unrecorded.status_code == 404 and "no file is recorded" in unrecorded.get_json()["message"]
    unprocessed = em_session.movies[em_session.collections[0]][2]
    response = client.get(f"{API}/em/movies/{unprocessed}/thumbnail", headers=headers)
    assert response.status_code == 404 and "no micrograph image" in response.get_json()["message"]


def test_class_and_picking_images(client, auth, em_session, files, database):
    if database.schema_version != "v5.0.0":
        pytest.skip("no classification tables in this schema")
    headers = auth.headers("boaty", OWNER)
    image = files("/dls/m02/processed/class2d/class_2.png")
    assert client.get(f"{API}/em/classifications/{em_session.classes[1]}/image", headers=headers).data == image
    summary = files("/dls/m02/processed/picking/summary.jpg", b"summary")
    assert client.get(f"{API}/em/particle_pickers/{em_session.picker}/summary", headers=headers).data == summary


def test_stranger_gets_no_image(client, auth, em_session, files):
    headers = auth.headers("stranger", STRANGER)
    movie = em_session.movies[em_session.collections[0]][0]
    files(f"/dls/m02/processed/mc/{movie}.jpg")
    correction = em_session.corrections[movie]
    for path in (f"em/motion_corrections/{correction}/micrograph", f"em/movies/{movie}/thumbnail",
                 f"em/ctf/{em_session.ctfs[correction]}/spectrum",
                 f"legacy/{auth.token('stranger', STRANGER)}/proposal/{PROPOSAL}/em/datacollection/"
                 f"{em_session.collections[0]}/movie/{movie}/thumbnail"):
        response = client.get(f"{API}/{path}", headers=headers if path.startswith("em/") else None)
        assert response.status_code == 403, path


def test_tomogram_images_are_501_on_the_old_schema(client, auth, database):
    response = client.get(f"{API}/em/tomograms/1/central_slice", headers=auth.headers("boaty", OWNER))
    assert response.status_code == (404 if database.schema_version == "v5.0.0" else 501)
