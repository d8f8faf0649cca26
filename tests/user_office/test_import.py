# SPDX-License-Identifier: LGPL-3.0-or-later
"""Importing proposal documents: idempotent, matched by natural keys, all or nothing, permission-guarded."""

from datetime import datetime

import pytest
from sqlalchemy import func, select

from pyispyb.models import BLSession, LabContact, Person, Proposal, Protein, SessionHasPerson
from tests.user_office.documents import FIRST_IMPORT, NOTHING, document, ignored_fields

API = "/ispyb/api/v1"
SYNC = ("sync_user", ("uportal_sync",))


def count(connection, model):
    return connection.execute(select(func.count()).select_from(model.__table__)).scalar()


def table_counts(connection):
    return {model.__tablename__: count(connection, model)
            for model in (Proposal, Person, BLSession, SessionHasPerson, LabContact, Protein)}


def post(client, auth, body, who=SYNC):
    return client.post(f"{API}/user_office/sync_proposal", json=body, headers=auth.headers(*who))


def test_import_twice_creates_then_changes_nothing(client, auth, db_transaction, database):
    first = post(client, auth, document())
    assert first.status_code == 200, first.get_json()
    summary = first.get_json()
    assert summary["proposals"] == ["uo4242"]
    assert summary["created"] == FIRST_IMPORT
    assert summary["updated"] == {**NOTHING, "Person": 1}  # boaty, matched by login, gets an e-mail address
    assert summary["ignored"] == ignored_fields(database)
    before = table_counts(db_transaction)
    again = post(client, auth, document()).get_json()
    assert again["created"] == NOTHING and again["updated"] == NOTHING
    assert table_counts(db_transaction) == before


def test_imported_rows_hold_the_documents_values(client, auth, db_transaction, database):
    post(client, auth, document())
    proposal = db_transaction.execute(select(Proposal.proposalId, Proposal.personId, Proposal.title)
                                      .where(Proposal.proposalCode == "uo")).mappings().one()
    ada = db_transaction.execute(select(Person.personId).where(Person.login == "ada_uo")).scalar()
    assert proposal["personId"] == ada and proposal["title"] == "Lysozyme at dawn"
    if database.schema_version != "v1.10.4":
        start = db_transaction.execute(select(Proposal.startDate).where(Proposal.proposalCode == "uo")).scalar()
        assert start == datetime(2025, 12, 31, 23, 0)  # +01:00 stored as UTC
    sessions = db_transaction.execute(select(BLSession.sessionId, BLSession.visit_number, BLSession.scheduled)
                                      .where(BLSession.proposalId == proposal["proposalId"])
                                      .order_by(BLSession.visit_number)).all()
    assert [(row.visit_number, row.scheduled) for row in sessions] == [(1, 1), (2, None)]
    roles = db_transaction.execute(select(Person.login, SessionHasPerson.role, SessionHasPerson.remote)
                                   .join(Person, Person.personId == SessionHasPerson.personId)
                                   .where(SessionHasPerson.sessionId == sessions[0].sessionId)
                                   .order_by(Person.login)).all()
    assert [tuple(row) for row in roles] == [("ada_uo", "Team Leader", 0), ("grace_uo", None, 1),
                                             ("staff_uo", "Local Contact", 0)]


def test_imported_members_see_their_proposal(client, auth):
    post(client, auth, document())
    body = client.get(f"{API}/proposals", headers=auth.headers("grace_uo", ("own_proposals",))).get_json()
    assert [row["proposalCode"] + row["proposalNumber"] for row in body["data"]["rows"]] == ["uo4242"]


def test_a_changed_document_updates_only_what_changed(client, auth):
    post(client, auth, document())
    changed = document()
    changed["proposal"]["title"] = "Lysozyme at noon"
    changed["sessions"][1]["beamLineName"] = "i24"
    changed["proteins"].append({"acronym": "INS", "name": "Insulin"})
    summary = post(client, auth, changed).get_json()
    assert summary["created"] == {**NOTHING, "Protein": 1}
    assert summary["updated"] == {**NOTHING, "Proposal": 1, "BLSession": 1}


@pytest.mark.parametrize("body, path, message", [
    (document(proposal={"proposalCode": "uo", "proposalNumber": "4242"}), "/proposal",
     "'principalInvestigator' is a required property"),
    (document(proteins=[{"acronym": "X" * 46}]), "/proteins/0/acronym", "is too long"),
    (document(colour="blue"), "/", "Additional properties are not allowed"),
    (document(sessions=[{"visit_number": 1, "participants": [{"login": "nobody_uo"}]}]),
     "/sessions/0/participants/0/login", "'nobody_uo' is not one of the document's persons"),
    (document(sessions=[{"visit_number": 1}, {"visit_number": 1}]), "/sessions/1/visit_number",
     "appears more than once"),
    (document(sessions=[{"visit_number": 1, "startDate": "2026-02-30"}]), "/sessions/0/startDate",
     "not a valid date"),
])
def test_a_broken_document_is_refused_whole_with_every_problem_named(client, auth, db_transaction, body, path,
                                                                     message):
    before = table_counts(db_transaction)
    response = post(client, auth, body)
    assert response.status_code == 422
    assert any(message in text for text in response.get_json()["errors"][path]), response.get_json()
    assert table_counts(db_transaction) == before


def test_a_write_failing_midway_leaves_nothing_behind(client, auth, db_transaction):
    post(client, auth, document())
    before = table_counts(db_transaction)
    clashing = document()
    clashing["persons"].append({"login": "newbie_uo", "givenName": "New"})
    clashing["proteins"].append({"acronym": "NEW"})
    clashing["labContacts"] = [{"login": "grace_uo", "cardName": "Ada (engines)"}]  # Ada's card in the database
    response = post(client, auth, clashing)
    assert response.status_code == 409
    assert table_counts(db_transaction) == before
    assert db_transaction.execute(select(Person.personId).where(Person.login == "newbie_uo")).first() is None


def test_not_json_object_is_400(client, auth):
    response = client.post(f"{API}/user_office/sync_proposal", data="[1, 2]", content_type="application/json",
                           headers=auth.headers(*SYNC))
    assert response.status_code == 400


def test_only_uportal_sync_or_an_admin_group_may_import(client, auth):
    assert post(client, auth, document(), who=("boaty", ("own_proposals", "write_proposals"))).status_code == 403
    assert post(client, auth, document(), who=("root", ("admin",))).status_code == 200
    assert client.post(f"{API}/user_office/sync_all").status_code == 401


def test_the_schema_is_published(client, auth):
    schema = client.get(f"{API}/user_office/schema", headers=auth.headers(*SYNC)).get_json()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["properties"]["proposal"]["required"] == ["proposalCode", "proposalNumber",
                                                            "principalInvestigator"]
