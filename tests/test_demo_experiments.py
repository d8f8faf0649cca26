# SPDX-License-Identifier: LGPL-3.0-or-later
"""The demo generator's cryo-EM and SSX sessions, read through the API as the demo PI."""

import pytest
from sqlalchemy import create_engine, text

from pyispyb import create_app
from pyispyb.demo import build_database
from tests.conftest import DUMMY_AUTH, TEST_SECRET

API = "/ispyb/api/v1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database at the smallest scale, its row counts and an application serving it."""
    uri = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    counts = build_database(uri, 0.0)
    app = create_app(run_mode="test", overrides={"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": TEST_SECRET,
                                                 "AUTH": DUMMY_AUTH, "LOG_LEVEL": "WARNING"})
    client = app.test_client()
    token = client.post(f"{API}/auth/login", json={"plugin": "dummy", "username": "demo_pi",
                                                   "password": "own_proposals,own_sessions"}).get_json()["token"]
    return uri, counts, client, {"Authorization": f"Bearer {token}"}


def scalar(uri, sql):
    engine = create_engine(uri)
    with engine.connect() as connection:
        value = connection.execute(text(sql)).scalar()
    engine.dispose()
    return value


def test_demo_pi_has_an_em_session_with_processing(demo):
    uri, counts, client, headers = demo
    assert counts["Movie"] == 2 * 3 * 24 and counts["ParticleClassification"] == 2 * 8
    session = scalar(uri, "SELECT sessionId FROM BLSession WHERE proposalId = 1 AND visit_number = 10000")
    stats = client.get(f"{API}/em/sessions/{session}/stats", headers=headers).get_json()
    assert stats["movieCount"] == 72
    assert 0 < stats["ctfCount"] == stats["motionCorrectionCount"] <= 72
    assert 2.8 <= stats["averageResolution"] <= 6 and stats["averageIceThickness"] is not None
    classes = client.get(f"{API}/em/classifications?sessionId={session}", headers=headers).get_json()
    assert classes["data"]["total"] == 8


def test_demo_pi_has_ssx_jet_and_chip_collections(demo):
    uri, _counts, client, headers = demo
    session = scalar(uri, "SELECT sessionId FROM BLSession WHERE proposalId = 1 AND visit_number = 20000")
    body = client.get(f"{API}/ssx/data_collections?sessionId={session}", headers=headers).get_json()
    kinds = [row["dataCollectionGroup"]["experimentType"] for row in body["data"]["rows"]]
    assert kinds == ["SSX-Jet", "SSX-Chip"]
    assert all(row["eventChains"][0]["events"] for row in body["data"]["rows"])
    stats = client.get(f"{API}/ssx/sessions/{session}/stats", headers=headers).get_json()
    assert stats["analysedImages"] == 1000 and 0 < stats["hits"] < 1000
    sample = body["data"]["rows"][0]["dataCollectionGroup"]["blSampleId"]
    composition = client.get(f"{API}/ssx/samples/{sample}/composition", headers=headers).get_json()
    assert [row["component"]["name"] for row in composition["sampleComposition"]] == ["HEPES", "PEG 400"]


def test_the_same_seed_gives_the_same_rows(demo, tmp_path):
    uri, counts, _client, _headers = demo
    again = f"sqlite:///{tmp_path / 'again.sqlite'}"
    assert build_database(again, 0.0) == counts
    query = "SELECT SUM(totalMotion) FROM MotionCorrection"
    assert scalar(again, query) == scalar(uri, query)
