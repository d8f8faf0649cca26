# SPDX-License-Identifier: LGPL-3.0-or-later
"""What sits beside the ids: file path columns, references without keys, shared rows, cascades, names."""

import pytest
from sqlalchemy import select

from pyispyb import models as m
from tests.core.world import API, READ, WRITES

PIPELINE = ("pipeline", READ + WRITES + ("set_file_paths",))


@pytest.mark.parametrize("method, url, body, column", [
    ("PATCH", "/samples/crystals/{crystal}", {"pdbFilePath": "/dls/other/model.pdb"}, "pdbFilePath"),
    ("PATCH", "/samples/crystals/{crystal}", {"pdbFileName": "../other/model.pdb"}, "pdbFileName"),
    ("POST", "/data_collections", {"dataCollectionGroupId": "{data_collection_group}",
                                   "xtalSnapshotFullPath1": "/dls/x.png"}, "xtalSnapshotFullPath1"),
    ("POST", "/data_collections", {"dataCollectionGroupId": "{data_collection_group}",
                                   "bestWilsonPlotPath": "/dls//x.png"}, "bestWilsonPlotPath"),
    ("POST", "/autoproc/programs/attachments", {"autoProcProgramId": "{program}", "filePath": "/dls/other"},
     "filePath"),
    ("POST", "/autoproc/programs/attachments", {"autoProcProgramId": "{program}", "fileName": "a/../../b.log"},
     "fileName"),
])
def test_file_path_columns_need_set_file_paths(client, world, as_user, auth, method, url, body, column):
    ids = {kind: world.own(kind) for kind in ("crystal", "data_collection_group", "program")}
    url = API + url.format(**ids)
    body = {k: (v.format(**ids) if isinstance(v, str) and v.startswith("{") else v) for k, v in body.items()}
    body = {k: int(v) if isinstance(v, str) and v.isdigit() else v for k, v in body.items()}
    refused = client.open(url, method=method, json=body, headers=as_user("owner"))
    assert refused.status_code == 403, refused.get_json()
    assert refused.get_json()["message"].startswith(f"{column}:") and "set_file_paths" in refused.get_json()["message"]
    allowed = client.open(url, method=method, json=body, headers=auth.headers("boaty", PIPELINE[1]))
    assert allowed.status_code in (200, 201), allowed.get_json()


def test_plain_file_names_null_and_unchanged_paths_are_allowed(client, world, as_user):
    crystal = world.own("crystal")
    url = f"{API}/samples/crystals/{crystal}"
    assert client.patch(url, json={"pdbFileName": "1abc"}, headers=as_user("owner")).status_code == 200
    assert client.patch(url, json={"pdbFileName": ".."}, headers=as_user("owner")).status_code == 403
    assert client.patch(url, json={"pdbFilePath": None}, headers=as_user("owner")).status_code == 200
    world.connection.execute(m.Crystal.__table__.update().where(m.Crystal.crystalId == crystal)
                             .values(pdbFilePath="/dls/mx/models"))
    crystal_row = client.get(url, headers=as_user("owner")).get_json()
    body = {k: v for k, v in crystal_row.items() if k not in ("crystalId", "recordTimeStamp")}
    unchanged = client.put(url, json=body, headers=as_user("owner"))
    assert unchanged.status_code == 200, unchanged.get_json()


def test_references_without_a_foreign_key_are_checked(client, world, as_user):
    protein = f"{API}/samples/proteins/{world.own('protein')}"
    foreign_person = world.foreign("person")
    refused = client.patch(protein, json={"personId": foreign_person}, headers=as_user("owner"))
    assert refused.status_code == 403 and refused.get_json()["message"].startswith("personId:")
    missing = client.patch(protein, json={"personId": 99999999}, headers=as_user("owner"))
    assert missing.status_code == 409 and missing.get_json()["message"].startswith("personId:")
    assert client.patch(protein, json={"personId": 1}, headers=as_user("owner")).status_code == 200
    for column, foreign in (("SESSIONID", world.foreign("session")), ("BLSAMPLEID", world.foreign("sample"))):
        response = client.post(f"{API}/data_collections", headers=as_user("owner"), json={
            "dataCollectionGroupId": world.own("data_collection_group"), column: foreign})
        assert response.status_code == 403 and response.get_json()["message"].startswith(f"{column}:")


def test_shared_rows_used_by_other_proposals_are_neither_deleted_nor_changed(client, world, as_user, db_transaction):
    calendar = world.own("beam_calendar")
    db_transaction.execute(m.BLSession.__table__.update().where(m.BLSession.sessionId == 339525)
                           .values(beamCalendarId=calendar))
    deleted = client.delete(f"{API}/sessions/beam_calendars/{calendar}", headers=as_user("owner"))
    assert deleted.status_code == 409 and "BLSession" in deleted.get_json()["message"]
    changed = client.patch(f"{API}/sessions/beam_calendars/{calendar}", json={"run": "x"}, headers=as_user("owner"))
    assert changed.status_code == 403 and "BLSession" in changed.get_json()["message"]
    setup = client.delete(f"{API}/beamline/setups/1", headers=as_user("admin"))  # used by sessions: never cascaded
    assert setup.status_code == 409 and "BLSession" in setup.get_json()["message"]
    still = db_transaction.execute(select(m.BLSession.beamCalendarId).where(m.BLSession.sessionId == 339525))
    assert still.scalar() == calendar
    spare = world.own("spare_beam_calendar")
    assert client.delete(f"{API}/sessions/beam_calendars/{spare}", headers=as_user("owner")).status_code == 204


def test_plans_of_sub_samples_and_sample_queues_belong_to_the_sample(client, world, as_user, db_transaction):
    plan = world.insert(m.DiffractionPlan, comments="queued")
    world.insert(m.BLSubSample, blSampleId=world.own("sample"), diffractionPlanId=plan)
    queued = world.insert(m.DiffractionPlan, comments="queued too")
    db_transaction.execute(m.BLSampleHasDataCollectionPlan.__table__.insert().values(
        blSampleId=world.own("sample"), dataCollectionPlanId=queued, planOrder=1))
    for key in (plan, queued):
        url = f"{API}/samples/diffraction_plans/{key}"
        assert client.get(url, headers=as_user("owner")).status_code == 200
        assert client.get(url, headers=as_user("stranger")).status_code == 403
        assert client.patch(url, json={"comments": "x"}, headers=as_user("stranger")).status_code == 403
        assert client.delete(url, headers=as_user("stranger")).status_code == 403
        listed = client.get(f"{API}/samples/diffraction_plans", headers=as_user("stranger")).get_json()
        assert key not in [row["diffractionPlanId"] for row in listed["data"]["rows"]]
    refused = client.delete(f"{API}/samples/diffraction_plans/{plan}", headers=as_user("owner"))
    assert refused.status_code == 409 and "BLSubSample" in refused.get_json()["message"]


def test_a_proposal_cannot_take_another_proposals_name(client, as_user):
    url = f"{API}/proposals/37027"
    taken = client.patch(url, json={"proposalCode": "cm", "proposalNumber": "1"}, headers=as_user("owner"))
    assert taken.status_code == 409 and "cm1" in taken.get_json()["message"]
    assert client.patch(url, json={"proposalNumber": "14451"}, headers=as_user("owner")).status_code == 200


def test_legacy_sample_list_hides_persons_the_caller_may_not_see(client, world, auth, db_transaction):
    foreign_person = world.foreign("person")
    db_transaction.execute(m.Protein.__table__.update().where(m.Protein.proteinId == world.own("protein"))
                           .values(personId=foreign_person))
    email = db_transaction.execute(select(m.Person.emailAddress).where(m.Person.personId == foreign_person)).scalar()
    token = auth.token("boaty", READ)
    response = client.get(f"{API}/legacy/{token}/proposal/cm14451/mx/sample/list")
    assert response.status_code == 200
    persons = {row.get("Person_personId") for row in response.get_json()}
    assert foreign_person not in persons
    assert not email or email not in response.get_data(as_text=True)


def test_every_column_named_like_an_owned_key_is_checked_on_write():
    from pyispyb.kernel.access import SCOPES, references

    keys = {}
    for model in SCOPES:
        columns = list(model.__table__.primary_key.columns)
        if len(columns) == 1:
            keys[columns[0].name.lower()] = model.__tablename__
    unchecked = []
    for model in SCOPES:
        checked = {column.name for column, _key, _parent in references(model)}
        for column in model.__table__.columns:
            name = column.name.lower()
            if column.primary_key or column.name in checked:
                continue
            if any(name == key or (name.endswith(key) and len(key) > 5) for key in keys):
                unchecked.append(f"{model.__tablename__}.{column.name}")
    assert not unchecked, f"declare these with register_reference (or a scope hop): {unchecked}"
