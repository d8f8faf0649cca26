# SPDX-License-Identifier: LGPL-3.0-or-later
"""Persons and laboratories: who sees which (personal data), who may change them."""

from pyispyb import models as m
from tests.core.world import API


def person_ids(client, headers, query=""):
    response = client.get(f"{API}/contacts/persons?{query}", headers=headers)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()["data"]
    return body["total"], [row["personId"] for row in body["rows"]]


def test_nobody_lists_every_person_without_all_proposals(client, world, as_user, auth):
    member, outsider = world.own("member"), world.insert(m.Person, login="outsider")
    assert person_ids(client, as_user("owner")) == (2, [1, member])
    assert person_ids(client, as_user("stranger")) == (0, [])
    total, everyone = person_ids(client, auth.headers("staff", ["all_proposals"]))
    assert {1, 46266, member, outsider} <= set(everyone) and total == len(everyone)


def test_a_person_without_proposals_sees_himself(client, world, auth):
    lonely = world.insert(m.Person, login="lonely")
    assert person_ids(client, auth.headers("lonely", ["own_proposals"])) == (1, [lonely])


def test_session_participants_and_lab_contacts_are_visible(client, world, as_user):
    colleague = world.insert(m.Person, login="colleague")
    world.insert(m.SessionHasPerson, sessionId=339535, personId=colleague, role="Team Member")
    courier = world.insert(m.Person, login="courier")
    world.insert(m.LabContact, personId=courier, proposalId=37027, cardName="courier")
    total, visible = person_ids(client, as_user("owner"))
    assert {colleague, courier} <= set(visible) and total == 3
    assert client.get(f"{API}/contacts/persons/{courier}", headers=as_user("owner")).status_code == 200


def test_the_pi_of_another_proposal_is_hidden(client, as_user):
    response = client.get(f"{API}/contacts/persons/46266", headers=as_user("owner"))
    assert response.status_code == 403


def test_a_user_changes_his_own_person_but_not_his_login_nor_others(client, world, as_user):
    mine = client.patch(f"{API}/contacts/persons/1", json={"phoneNumber": "+33 4 76"}, headers=as_user("owner"))
    assert mine.status_code == 200 and mine.get_json()["phoneNumber"] == "+33 4 76"
    login = client.patch(f"{API}/contacts/persons/1", json={"login": "captain"}, headers=as_user("owner"))
    assert login.status_code == 403 and "admin_persons" in login.get_json()["message"]
    other = client.patch(f"{API}/contacts/persons/{world.own('member')}", json={"phoneNumber": "0"},
                         headers=as_user("owner"))
    assert other.status_code == 403 and "admin_persons" in other.get_json()["message"]
    managed = client.patch(f"{API}/contacts/persons/{world.own('member')}", json={"login": "renamed"},
                           headers=as_user("manager"))
    assert managed.status_code == 200 and managed.get_json()["login"] == "renamed"


def test_a_person_cannot_join_a_laboratory_he_cannot_see(client, world, as_user):
    response = client.patch(f"{API}/contacts/persons/1", json={"laboratoryId": world.foreign("laboratory")},
                            headers=as_user("owner"))
    assert response.status_code == 403 and "laboratoryId" in response.get_json()["message"]


def test_laboratories_are_seen_through_visible_persons(client, world, as_user):
    own, foreign = world.own("laboratory"), world.foreign("laboratory")
    body = client.get(f"{API}/contacts/labs", headers=as_user("owner")).get_json()["data"]
    assert [row["laboratoryId"] for row in body["rows"]] == [own] and body["total"] == 1
    assert client.get(f"{API}/contacts/labs/{foreign}", headers=as_user("owner")).status_code == 403
    renamed = client.patch(f"{API}/contacts/labs/{own}", json={"city": "Lyon"}, headers=as_user("owner"))
    assert renamed.status_code == 200 and renamed.get_json()["city"] == "Lyon"


def test_deleting_a_laboratory_still_in_use_is_409_and_keeps_it(client, world, as_user):
    laboratory = world.own("laboratory")
    response = client.delete(f"{API}/contacts/labs/{laboratory}", headers=as_user("admin"))
    assert response.status_code == 409
    assert "referenced" in response.get_json()["message"]
    assert client.get(f"{API}/contacts/labs/{laboratory}", headers=as_user("admin")).status_code == 200


def test_a_shipment_names_only_a_laboratory_the_user_sees(client, world, as_user):
    url = f"{API}/shipments/6988"
    foreign = client.patch(url, json={"laboratoryId": world.foreign("laboratory")}, headers=as_user("owner"))
    assert foreign.status_code == 403 and "laboratoryId" in foreign.get_json()["message"]
    missing = client.patch(url, json={"laboratoryId": 987654}, headers=as_user("owner"))
    assert missing.status_code == 409
    own = client.patch(url, json={"laboratoryId": world.own("laboratory")}, headers=as_user("owner"))
    assert own.status_code == 200


def test_a_lab_contact_names_a_person_the_user_sees(client, as_user):
    response = client.post(f"{API}/contacts/lab_contacts", json={"personId": 46266, "proposalId": 37027,
                                                                  "cardName": "thief"}, headers=as_user("owner"))
    assert response.status_code == 403 and "personId" in response.get_json()["message"]


def test_duplicate_card_name_is_409(client, world, as_user):
    world.own("lab_contact")
    response = client.post(f"{API}/contacts/lab_contacts", json={"personId": 1, "proposalId": 37027,
                                                                  "cardName": "card 0"}, headers=as_user("owner"))
    assert response.status_code == 409
