# SPDX-License-Identifier: LGPL-3.0-or-later
"""User-office plug-ins: the Dummy default, the JSON-documents plug-in (folder and URL), configuration checks."""

import json

import pytest

from pyispyb.kernel.user_office import (DummyUserOffice, JSONDocumentsUserOffice, plugin_from_settings)
from pyispyb.config import ConfigError
from tests.support.http_service import QuietHandler, http_service
from tests.user_office.documents import FIRST_IMPORT, NOTHING, document

API = "/ispyb/api/v1"
SYNC = ("sync_user", ("uportal_sync",))
JSON_PLUGIN = {"MODULE": "pyispyb.kernel.user_office.json_documents", "CLASS": "JSONDocumentsUserOffice"}


def second_document():
    """Another proposal with the same persons."""
    other = document(sessions=[], labContacts=[], proteins=[])
    other["proposal"]["proposalNumber"] = "4243"
    return other


class UserOfficeService(QuietHandler):
    """Stands in for a user office publishing proposal documents over HTTP."""

    def do_GET(self):  # noqa: N802 - the http.server API
        body = {"/ispyb/uo/4244.json": json.dumps(document(proposal={**document()["proposal"],
                                                                    "proposalNumber": "4244"})).encode()}.get(self.path)
        self.answer(200 if body else 404, body or b"")


@pytest.fixture(scope="module")
def office_url():
    with http_service(UserOfficeService) as base:
        yield f"{base}/ispyb/{{code}}/{{number}}.json"


@pytest.fixture
def folder_office(app, tmp_path, monkeypatch, office_url):
    """The JSON-documents plug-in on a folder holding uo4242 and uo4243, with the HTTP office behind it."""
    (tmp_path / "uo4242.json").write_text(json.dumps(document()))
    (tmp_path / "uo4243.json").write_text(json.dumps(second_document()))
    plugin = plugin_from_settings({**JSON_PLUGIN, "CONFIG": {"DOCUMENTS_FOLDER": str(tmp_path),
                                                             "DOCUMENT_URL": office_url, "TIMEOUT": 5}})
    monkeypatch.setitem(app.extensions, "ispyb_user_office", plugin)
    return tmp_path


def test_the_default_dummy_user_office_has_no_proposals(client, auth, app):
    assert isinstance(app.extensions["ispyb_user_office"], DummyUserOffice)
    summary = client.post(f"{API}/user_office/sync_all", headers=auth.headers(*SYNC)).get_json()
    assert summary == {"proposals": [], "created": NOTHING, "updated": NOTHING, "ignored": []}
    missing = client.post(f"{API}/user_office/update_proposal/uo/4242", headers=auth.headers(*SYNC))
    assert missing.status_code == 404 and "has no proposal uo4242" in missing.get_json()["message"]


def test_sync_all_imports_every_document_of_the_folder_once(client, auth, folder_office):
    first = client.post(f"{API}/user_office/sync_all", headers=auth.headers(*SYNC)).get_json()
    assert first["proposals"] == ["uo4242", "uo4243"]
    assert first["created"] == {**FIRST_IMPORT, "Proposal": 2, "ProposalHasPerson": 4}
    again = client.post(f"{API}/user_office/sync_all", headers=auth.headers(*SYNC)).get_json()
    assert again["created"] == NOTHING and again["updated"] == NOTHING


def test_one_broken_document_stops_the_whole_sync(client, auth, folder_office):
    (folder_office / "uo4245.json").write_text('{"proposal": ')
    response = client.post(f"{API}/user_office/sync_all", headers=auth.headers(*SYNC))
    assert response.status_code == 422 and "uo4245.json is not valid JSON" in response.get_json()["message"]
    assert client.post(f"{API}/user_office/update_proposal/uo/4242",
                       headers=auth.headers(*SYNC)).get_json()["created"]["Proposal"] == 1  # nothing was written


def test_one_proposal_from_the_folder_or_else_from_the_url(client, auth, folder_office):
    from_folder = client.post(f"{API}/user_office/update_proposal/uo/4243", headers=auth.headers(*SYNC))
    assert from_folder.get_json()["proposals"] == ["uo4243"]
    from_url = client.post(f"{API}/user_office/update_proposal/uo/4244", headers=auth.headers(*SYNC))
    assert from_url.status_code == 200 and from_url.get_json()["proposals"] == ["uo4244"]
    unknown = client.post(f"{API}/user_office/update_proposal/uo/1", headers=auth.headers(*SYNC))
    assert unknown.status_code == 404


def test_a_document_for_another_proposal_is_refused(client, auth, folder_office):
    (folder_office / "uo9999.json").write_text(json.dumps(document()))
    response = client.post(f"{API}/user_office/update_proposal/uo/9999", headers=auth.headers(*SYNC))
    assert response.status_code == 422 and "describes proposal uo4242" in response.get_json()["message"]


@pytest.mark.parametrize("settings, message", [
    ({"MODULE": "x"}, "needs MODULE and CLASS"),
    ({**JSON_PLUGIN, "COLOUR": 1}, "unknown key COLOUR"),
    ({"MODULE": "no.such.module", "CLASS": "X"}, "cannot be imported"),
    ({"MODULE": "pyispyb.config", "CLASS": "Config"}, "is not a user-office plug-in class"),
    ({**JSON_PLUGIN, "CONFIG": {}}, "needs DOCUMENTS_FOLDER or DOCUMENT_URL"),
    ({**JSON_PLUGIN, "CONFIG": {"DOCUMENTS_FOLDER": "/x", "FOLDER": "/y"}}, "unknown key FOLDER"),
])
def test_bad_plugin_settings_stop_the_start_with_one_line(settings, message):
    with pytest.raises(ConfigError, match=message):
        plugin_from_settings(settings)


def test_a_configured_plugin_is_loaded_at_start(database, tmp_path):
    from pyispyb import create_app
    from tests.conftest import app_settings

    app = create_app(run_mode="test", overrides=app_settings(
        database, USER_OFFICE={**JSON_PLUGIN, "CONFIG": {"DOCUMENTS_FOLDER": str(tmp_path)}}))
    plugin = app.extensions["ispyb_user_office"]
    assert isinstance(plugin, JSONDocumentsUserOffice) and plugin.folder == tmp_path
