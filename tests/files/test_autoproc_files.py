# SPDX-License-Identifier: LGPL-3.0-or-later
"""Processing attachments: one file, or a streamed ZIP of a program's files."""

import io
import os
import zipfile

from pyispyb.models import AutoProcProgramAttachment
from tests.files.conftest import API, OWNER, STRANGER

FAST_DP_LOG = 1023947  # program 56425592 of data collection 993677 (boaty's)
XIA2_PROGRAM = 56425944  # two attachments: cm14451v1_xtlysjan41_free.mtz and xia2.html


def attachment_db_path(data_root, attachment_id):
    model = AutoProcProgramAttachment
    folder = data_root.value(model.filePath, model.autoProcProgramAttachmentId, attachment_id)
    name = data_root.value(model.fileName, model.autoProcProgramAttachmentId, attachment_id)
    return f"{folder}/{name}"


def test_one_attachment_is_downloaded_with_its_name(client, auth, data_root):
    data_root.place(attachment_db_path(data_root, FAST_DP_LOG), b"fast_dp finished\n")
    response = client.get(f"{API}/autoproc/programs/attachments/{FAST_DP_LOG}/download",
                          headers=auth.headers("boaty", OWNER))
    assert response.status_code == 200 and response.data == b"fast_dp finished\n"
    assert response.headers["Content-Disposition"] == "attachment; filename=fast_dp.log"
    assert response.headers["Content-Length"] == "17"


def test_attachment_of_another_users_program_is_403(client, auth, data_root):
    data_root.place(attachment_db_path(data_root, FAST_DP_LOG))
    response = client.get(f"{API}/autoproc/programs/attachments/{FAST_DP_LOG}/download",
                          headers=auth.headers(*STRANGER))
    assert response.status_code == 403
    missing = client.get(f"{API}/autoproc/programs/attachments/1/download", headers=auth.headers("boaty", OWNER))
    assert missing.status_code == 404


def test_absent_attachment_file_is_404_with_its_name(client, auth, data_root):
    response = client.get(f"{API}/autoproc/programs/attachments/{FAST_DP_LOG}/download",
                          headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and "fast_dp.log does not exist" in response.get_json()["message"]


def test_zip_holds_the_files_and_reports_a_missing_one_inside(client, auth, data_root, count_queries):
    html = data_root.place(attachment_db_path(data_root, 1023956), b"<html>xia2</html>")
    headers = auth.headers("boaty", OWNER)
    client.get(f"{API}/autoproc/programs/{XIA2_PROGRAM}/attachments/download", headers=headers)
    with count_queries() as queries:
        response = client.get(f"{API}/autoproc/programs/{XIA2_PROGRAM}/attachments/download", headers=headers)
    assert queries.count <= 3  # the caller's sessions, the program's visibility, its attachments
    assert response.status_code == 200
    assert response.is_streamed and "Content-Length" not in response.headers
    assert response.headers["Content-Type"] == "application/zip"
    assert response.headers["Content-Disposition"] == \
        f"attachment; filename=autoproc_program_{XIA2_PROGRAM}_attachments.zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    assert archive.testzip() is None
    assert sorted(archive.namelist()) == ["MISSING.txt", "xia2.html"]
    assert archive.read("xia2.html") == html.read_bytes()
    assert "cm14451v1_xtlysjan41_free.mtz: file cm14451v1_xtlysjan41_free.mtz does not exist" in \
        archive.read("MISSING.txt").decode()


def test_zip_is_streamed_in_bounded_chunks(client, auth, data_root):
    big = os.urandom(5 * 1024 * 1024)
    data_root.place(attachment_db_path(data_root, 1023955), big)
    data_root.place(attachment_db_path(data_root, 1023956), b"<html/>")
    response = client.get(f"{API}/autoproc/programs/{XIA2_PROGRAM}/attachments/download",
                          headers=auth.headers("boaty", OWNER), buffered=False)
    chunks = list(response.iter_encoded())
    response.close()
    assert len(chunks) >= 5
    assert max(len(chunk) for chunk in chunks) < 2 * 1024 * 1024
    archive = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    assert archive.read("cm14451v1_xtlysjan41_free.mtz") == big
    assert "MISSING.txt" not in archive.namelist()


def test_zip_entries_with_the_same_name_are_kept_apart(client, auth, data_root):
    model = AutoProcProgramAttachment
    for folder in ("a", "b"):
        db_path = f"/dls/i03/processed/{folder}/xia2.html"
        data_root.insert(model, autoProcProgramId=XIA2_PROGRAM, fileType="Log", fileName="xia2.html",
                         filePath=f"/dls/i03/processed/{folder}")
        data_root.place(db_path, folder.encode())
    response = client.get(f"{API}/autoproc/programs/{XIA2_PROGRAM}/attachments/download",
                          headers=auth.headers("boaty", OWNER))
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert sorted(names) == ["MISSING.txt", "xia2.html", "xia2_2.html"]


def test_zip_of_another_users_program_is_403_and_of_a_program_without_attachments_404(client, auth, data_root):
    headers = auth.headers("boaty", OWNER)
    assert client.get(f"{API}/autoproc/programs/{XIA2_PROGRAM}/attachments/download",
                      headers=auth.headers(*STRANGER)).status_code == 403
    model = AutoProcProgramAttachment
    data_root.connection.execute(model.__table__.delete().where(model.autoProcProgramId == 56425592))
    empty = client.get(f"{API}/autoproc/programs/56425592/attachments/download", headers=headers)
    assert empty.status_code == 404 and "has no attachments" in empty.get_json()["message"]


def test_deleted_attachments_are_not_served_where_the_schema_records_deletion(client, auth, data_root, database):
    if database.schema_version == "v1.10.4":  # no AutoProcProgramAttachment.deleted column
        return
    data_root.place(attachment_db_path(data_root, FAST_DP_LOG))
    model = AutoProcProgramAttachment
    data_root.update(model, model.autoProcProgramAttachmentId, FAST_DP_LOG, deleted=1)
    response = client.get(f"{API}/autoproc/programs/attachments/{FAST_DP_LOG}/download",
                          headers=auth.headers("boaty", OWNER))
    assert response.status_code == 404 and "was deleted" in response.get_json()["message"]
