# SPDX-License-Identifier: LGPL-3.0-or-later
"""``pyispyb user-office sync``: the same import from cron, on a database of its own."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from tests.user_office.documents import FIRST_IMPORT, NOTHING, document

PYISPYB = Path(sys.executable).parent / "pyispyb"


@pytest.fixture
def site(tmp_path):
    """An empty SQLite database of the ISPyB schema, a folder of documents and a configuration naming both."""
    import pyispyb.models  # noqa: F401
    from pyispyb.models.base import Base

    uri = f"sqlite:///{tmp_path / 'site.sqlite'}"
    engine = create_engine(uri)
    Base.metadata.create_all(engine)
    engine.dispose()
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "uo4242.json").write_text(json.dumps(document()))
    config = tmp_path / "config.yml"
    config.write_text(f'server:\n  SQLALCHEMY_DATABASE_URI: "{uri}"\n  USER_OFFICE:\n'
                      '    MODULE: pyispyb.kernel.user_office.json_documents\n'
                      '    CLASS: JSONDocumentsUserOffice\n'
                      f'    CONFIG: {{DOCUMENTS_FOLDER: "{documents}"}}\n')
    return config, uri


def sync(config, *args):
    return subprocess.run([str(PYISPYB), "user-office", "sync", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120)


def proposals(uri):
    from pyispyb.models import Proposal

    engine = create_engine(uri)
    with engine.connect() as connection:
        total = connection.execute(select(func.count()).select_from(Proposal.__table__)).scalar()
    engine.dispose()
    return total


def test_sync_from_cron_imports_once_then_changes_nothing(site):
    config, uri = site
    first = sync(config)
    assert first.returncode == 0, first.stderr
    # a fresh database holds no "boaty": every person is new
    assert json.loads(first.stdout)["created"] == {**FIRST_IMPORT, "Person": 4}
    again = sync(config, "--proposal", "uo", "4242")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["created"] == NOTHING and json.loads(again.stdout)["updated"] == NOTHING
    assert proposals(uri) == 1


def test_a_broken_document_writes_nothing_and_says_why(site, tmp_path):
    config, uri = site
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document(proposal={"proposalCode": "uo", "proposalNumber": "1"})))
    result = sync(config, "--document", str(broken))
    assert result.returncode == 2
    assert "'principalInvestigator' is a required property" in result.stderr
    assert "nothing was written" in result.stderr and "Traceback" not in result.stderr
    assert proposals(uri) == 0
