# SPDX-License-Identifier: LGPL-3.0-or-later
"""Grid atlas, grid squares, foil holes and tomograms (v5.0.0): read by session, images, ownership."""

import pytest
from sqlalchemy import insert

from pyispyb.models import Atlas, FoilHole, GridSquare, Tomogram
from tests.em.conftest import API, OWNER, SESSION, STRANGER, insert_collection
from tests.em.test_images import files  # noqa: F401 (fixture)


@pytest.fixture
def tomography(database, db_transaction):
    """An atlas with two grid squares, a foil hole, and a tomogram, as acquisition and processing write them."""
    if database.schema_version != "v5.0.0":
        pytest.skip("no tomography tables in this schema")
    group, (dc, _) = insert_collection(db_transaction, SESSION, experiment="tomo")

    def add(model, **values):
        return db_transaction.execute(insert(model.__table__).values(**values)).inserted_primary_key[0]

    atlas = add(Atlas, dataCollectionGroupId=group, atlasImage="/dls/m02/atlas/Atlas.jpg", pixelSize=120.0)
    squares = [add(GridSquare, atlasId=atlas, gridSquareLabel=n, gridSquareImage=f"/dls/m02/atlas/square_{n}.jpg",
                   pixelLocationX=100 * n, pixelLocationY=80, width=40, height=40) for n in (1, 2)]
    hole = add(FoilHole, gridSquareId=squares[0], foilHoleLabel="FH1", foilHoleImage="/dls/m02/atlas/hole_1.jpg",
               diameter=12)
    tomogram = add(Tomogram, dataCollectionId=dc, gridSquareId=squares[0], sizeX=1024, sizeY=1024, sizeZ=300,
                   pixelSpacing=4.4, centralSliceImage="/dls/m02/processed/tomo/central.png",
                   tomogramMovie="/dls/m02/processed/tomo/movie.mp4")
    return {"group": group, "dc": dc, "squares": squares, "hole": hole, "tomogram": tomogram}


def total(response):
    assert response.status_code == 200, response.get_json()
    return response.get_json()["data"]["total"]


def test_reads_by_session_group_and_collection(client, auth, tomography):
    headers = auth.headers("boaty", OWNER)
    assert total(client.get(f"{API}/em/grid_squares?sessionId={SESSION}", headers=headers)) == 2
    assert total(client.get(f"{API}/em/grid_squares?dataCollectionGroupId={tomography['group']}",
                            headers=headers)) == 2
    assert total(client.get(f"{API}/em/foil_holes?dataCollectionId={tomography['dc']}", headers=headers)) == 1
    tomogram = client.get(f"{API}/em/tomograms/{tomography['tomogram']}", headers=headers).get_json()
    assert (tomogram["sizeZ"], tomogram["gridSquareId"]) == (300, tomography["squares"][0])
    assert total(client.get(f"{API}/em/tomograms?sessionId=55168", headers=headers)) == 0


def test_tomogram_slice_and_movie(client, auth, tomography, files):  # noqa: F811
    headers = auth.headers("boaty", OWNER)
    central = files("/dls/m02/processed/tomo/central.png")
    movie = files("/dls/m02/processed/tomo/movie.mp4", b"mp4")
    base = f"{API}/em/tomograms/{tomography['tomogram']}"
    assert client.get(f"{base}/central_slice", headers=headers).data == central
    response = client.get(f"{base}/movie", headers=headers)
    assert response.data == movie and response.headers["Content-Type"] == "video/mp4"
    assert client.get(f"{base}/projection_xy", headers=headers).status_code == 404
    square = files("/dls/m02/atlas/square_1.jpg", b"square")
    assert client.get(f"{API}/em/grid_squares/{tomography['squares'][0]}/image", headers=headers).data == square


def test_stranger_sees_no_tomography(client, auth, tomography):
    headers = auth.headers("stranger", STRANGER)
    for path in ("grid_squares", "foil_holes", "tomograms"):
        assert total(client.get(f"{API}/em/{path}", headers=headers)) == 0, path
    for path in (f"tomograms/{tomography['tomogram']}", f"tomograms/{tomography['tomogram']}/central_slice",
                 f"grid_squares/{tomography['squares'][1]}", f"foil_holes/{tomography['hole']}/image"):
        assert client.get(f"{API}/em/{path}", headers=headers).status_code == 403, path
