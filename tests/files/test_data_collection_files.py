# SPDX-License-Identifier: LGPL-3.0-or-later
"""Snapshots, Wilson plot and attachments of data collections: real files under a configured root."""

import io
import os

import pytest
from PIL import Image

from pyispyb.models import DataCollection, DataCollectionFileAttachment
from tests.files.conftest import API, OWNER, STRANGER, png_bytes

DC = 993677  # session 55167 of proposal 37027, boaty's


def snapshot_db_path(data_root, index=1):
    return data_root.value(getattr(DataCollection, f"xtalSnapshotFullPath{index}"), DataCollection.dataCollectionId, DC)


def test_snapshot_is_served_with_type_length_and_validators(client, auth, data_root):
    content = png_bytes()
    data_root.place(snapshot_db_path(data_root), content)
    response = client.get(f"{API}/data_collections/{DC}/snapshot/1", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200
    assert response.data == content
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["Content-Length"] == str(len(content))
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    assert response.headers["Accept-Ranges"] == "bytes"
    assert response.headers["Content-Disposition"].startswith("inline; filename=tlys_jan_4_")


def test_a_download_runs_a_bounded_number_of_queries(client, auth, data_root, count_queries):
    data_root.place(snapshot_db_path(data_root), png_bytes())
    headers = auth.headers("boaty", OWNER)
    client.get(f"{API}/data_collections/{DC}/snapshot/1", headers=headers)
    with count_queries() as queries:
        assert client.get(f"{API}/data_collections/{DC}/snapshot/1", headers=headers).status_code == 200
    assert queries.count <= 2  # the caller's sessions, then the path with its visibility


def test_range_and_conditional_requests(client, auth, data_root):
    content = png_bytes()
    data_root.place(snapshot_db_path(data_root, 2), content)
    url, headers = f"{API}/data_collections/{DC}/snapshot/2", auth.headers("boaty", OWNER)
    partial = client.get(url, headers={**headers, "Range": "bytes=0-9"})
    assert partial.status_code == 206
    assert partial.data == content[:10]
    assert partial.headers["Content-Range"] == f"bytes 0-9/{len(content)}"
    etag = client.get(url, headers=headers).headers["ETag"]
    assert client.get(url, headers={**headers, "If-None-Match": etag}).status_code == 304


def test_thumbnail_is_made_when_the_beamline_has_none(client, auth, data_root):
    data_root.place(snapshot_db_path(data_root), png_bytes(1200, 900))
    url, headers = f"{API}/data_collections/{DC}/snapshot/1?thumbnail=true", auth.headers("boaty", OWNER)
    first = client.get(url, headers=headers)
    assert first.status_code == 200
    assert first.headers["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(first.data)) as image:
        assert max(image.size) == 256
    assert client.get(url, headers=headers).headers["ETag"] == first.headers["ETag"]


def test_the_beamlines_own_thumbnail_is_preferred(client, auth, data_root):
    db_path = snapshot_db_path(data_root)
    data_root.place(db_path, png_bytes())
    own = png_bytes(64, 48, (0, 0, 255))
    data_root.place(db_path.replace(".png", "_t.png"), own)
    response = client.get(f"{API}/data_collections/{DC}/snapshot/1?thumbnail=1", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200 and response.data == own


def test_a_file_that_is_not_an_image_has_no_thumbnail(client, auth, data_root):
    data_root.place(snapshot_db_path(data_root), b"not an image")
    response = client.get(f"{API}/data_collections/{DC}/snapshot/1?thumbnail=true",
                          headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404
    assert "not a readable image" in response.get_json()["message"]


@pytest.mark.parametrize("query, message", [("?thumbnail=maybe", "true or false"), ("?size=3", "unknown query")])
def test_bad_query_parameters_are_400(client, auth, data_root, query, message):
    response = client.get(f"{API}/data_collections/{DC}/snapshot/1{query}", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 400 and message in response.get_json()["message"]


def test_missing_file_is_404_with_a_message(client, auth, data_root):
    response = client.get(f"{API}/data_collections/{DC}/snapshot/3", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404
    assert "does not exist" in response.get_json()["message"]


@pytest.mark.parametrize("index, message", [(5, "numbered 1 to 4"), (0, "numbered 1 to 4")])
def test_snapshot_index_outside_1_to_4_is_404(client, auth, data_root, index, message):
    response = client.get(f"{API}/data_collections/{DC}/snapshot/{index}", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and message in response.get_json()["message"]


def test_unrecorded_snapshot_is_404(client, auth, data_root):
    data_root.update(DataCollection, DataCollection.dataCollectionId, DC, xtalSnapshotFullPath4=None)
    response = client.get(f"{API}/data_collections/{DC}/snapshot/4", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and "has no snapshot 4" in response.get_json()["message"]


def test_another_users_data_collection_is_403_and_an_unknown_one_404(client, auth, data_root):
    data_root.place(snapshot_db_path(data_root), png_bytes())
    assert client.get(f"{API}/data_collections/{DC}/snapshot/1", headers=auth.headers(*STRANGER)).status_code == 403
    assert client.get(f"{API}/data_collections/1/snapshot/1", headers=auth.headers("boaty", OWNER)).status_code == 404
    assert client.get(f"{API}/data_collections/{DC}/snapshot/1").status_code == 401


@pytest.mark.parametrize("recorded", ["/dls/../secret.txt", "/dls/i03/../../secret.txt", "/etc/passwd",
                                      "/dls/i03/link.txt", "relative/path.png"])
def test_files_outside_the_roots_are_never_served(client, auth, data_root, recorded):
    secret = data_root.disk.parent / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    (data_root.disk / "i03").mkdir(exist_ok=True)
    os.symlink(secret, data_root.disk / "i03" / "link.txt")
    data_root.update(DataCollection, DataCollection.dataCollectionId, DC, xtalSnapshotFullPath1=recorded)
    response = client.get(f"{API}/data_collections/{DC}/snapshot/1", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404
    assert b"TOP-SECRET" not in response.data and str(data_root.disk) not in response.get_json()["message"]


def test_wilson_plot(client, auth, data_root):
    db_path = "/dls/i03/data/2016/cm14451-1/processed/wilson.png"
    data_root.update(DataCollection, DataCollection.dataCollectionId, DC, bestWilsonPlotPath=db_path)
    data_root.place(db_path, png_bytes(100, 100))
    response = client.get(f"{API}/data_collections/{DC}/wilson_plot", headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
    other = client.get(f"{API}/data_collections/1002287/wilson_plot", headers=auth.headers("boaty", OWNER))
    assert other.status_code == 404 and "has no Wilson plot" in other.get_json()["message"]


def add_attachments(data_root, count=3):
    ids = []
    for number in range(count):
        db_path = f"/dls/i03/data/2016/cm14451-1/processed/log{number}.txt"
        ids.append(data_root.insert(DataCollectionFileAttachment, dataCollectionId=DC, fileFullPath=db_path,
                                    fileType="log"))
        data_root.place(db_path, f"log {number}\n".encode())
    return ids


def test_attachments_are_listed_in_pages_with_bounded_queries(client, auth, data_root, count_queries):
    ids = add_attachments(data_root)
    headers = auth.headers("boaty", OWNER)
    client.get(f"{API}/data_collections/{DC}/attachments", headers=headers)  # the token is decoded once
    with count_queries() as queries:
        body = client.get(f"{API}/data_collections/{DC}/attachments?limit=2&fileType=log", headers=headers).get_json()
    assert body["data"]["total"] == 3
    assert [row["dataCollectionFileAttachmentId"] for row in body["data"]["rows"]] == ids[:2]
    assert queries.count <= 4
    assert client.get(f"{API}/data_collections/{DC}/attachments", headers=auth.headers(*STRANGER)).status_code == 403
    assert client.get(f"{API}/data_collections/{DC}/attachments?color=red", headers=headers).status_code == 400


def test_attachment_download_is_an_attachment_with_a_safe_name(client, auth, data_root):
    attachment_id = add_attachments(data_root, 1)[0]
    response = client.get(f"{API}/data_collections/attachments/{attachment_id}/download",
                          headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200 and response.data == b"log 0\n"
    assert response.headers["Content-Disposition"] == "attachment; filename=log0.txt"
    assert response.headers["Content-Type"].startswith("text/plain")
    assert client.get(f"{API}/data_collections/attachments/{attachment_id}/download",
                      headers=auth.headers(*STRANGER)).status_code == 403
