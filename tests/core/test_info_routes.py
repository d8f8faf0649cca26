# SPDX-License-Identifier: LGPL-3.0-or-later
"""The /info routes: an object with its related rows, ownership applied, in a fixed number of queries."""

import pytest

from pyispyb import models as m
from tests.core.world import API


@pytest.mark.parametrize("name", ["37027", "cm14451", "CM14451"])
def test_proposal_info_by_id_or_name(client, world, as_user, name):
    lab_contact = world.own("lab_contact")
    body = client.get(f"{API}/proposals/{name}/info", headers=as_user("owner")).get_json()
    assert body["proposalId"] == 37027 and body["proposalCode"] == "cm"
    assert body["person"]["personId"] == 1 and body["person"]["login"] == "boaty"
    assert "cache" not in body["person"]
    assert [s["sessionId"] for s in body["sessions"]] == [55167, 55168, 339535]
    assert [c["labContactId"] for c in body["lab_contacts"]] == [lab_contact]
    assert {p["proteinId"] for p in body["proteins"]} == {121393, 123491, 123497}


def test_proposal_info_lists_only_the_sessions_the_caller_may_read(client, as_user, auth):
    body = client.get(f"{API}/proposals/37027/info", headers=auth.headers("boaty", ["own_proposals"])).get_json()
    assert body["sessions"] == [] and len(body["proteins"]) == 3


@pytest.mark.parametrize("name", ["999999", "zz42"])
def test_proposal_info_of_an_unknown_proposal_is_404(client, as_user, name):
    assert client.get(f"{API}/proposals/{name}/info", headers=as_user("admin")).status_code == 404


def test_session_info_has_proposal_setup_persons_and_local_contacts(client, world, as_user):
    contact = world.insert(m.Person, login="lc", familyName="Contact")
    world.insert(m.SessionHasPerson, sessionId=55167, personId=contact, role="Local Contact")
    body = client.get(f"{API}/sessions/55167/info", headers=as_user("owner")).get_json()
    assert body["sessionId"] == 55167 and body["beamLineName"] == "i03"
    assert body["proposal"]["proposalId"] == 37027
    assert body["beamline_setup"]["beamLineSetupId"] == 1
    assert [(p["personId"], p["role"]) for p in body["persons"]] == [(1, "Co-Investigator"), (contact, "Local Contact")]
    assert [p["login"] for p in body["local_contacts"]] == ["lc"]


def test_session_info_without_setup_or_persons(client, as_user):
    body = client.get(f"{API}/sessions/339535/info", headers=as_user("owner")).get_json()
    assert body["beamline_setup"] is None and body["persons"] == [] and body["local_contacts"] == []


def test_session_info_of_an_unknown_session_is_404(client, as_user):
    assert client.get(f"{API}/sessions/1/info", headers=as_user("admin")).status_code == 404


def test_shipment_info_has_proposal_sender_laboratory_dewars_and_containers(client, world, as_user):
    contact, laboratory = world.own("lab_contact"), world.own("laboratory")
    client.patch(f"{API}/shipments/7227", json={"sendingLabContactId": contact}, headers=as_user("owner"))
    body = client.get(f"{API}/shipments/7227/info", headers=as_user("owner")).get_json()
    assert body["shippingId"] == 7227 and body["proposal"]["proposalId"] == 37027
    assert body["send_lab_contact"]["labContactId"] == contact
    assert body["send_person"]["personId"] == 1
    assert body["send_lab"]["laboratoryId"] == laboratory
    assert [d["dewarId"] for d in body["dewars"]] == [8572]
    assert [c["containerId"] for c in body["dewars"][0]["containers"]] == [34864, 34874, 34877, 34879]


def test_shipment_info_without_sender(client, as_user):
    body = client.get(f"{API}/shipments/6988/info", headers=as_user("owner")).get_json()
    assert body["send_lab_contact"] is None and body["send_person"] is None and body["send_lab"] is None
    assert [c["containerId"] for c in body["dewars"][0]["containers"]] == [33049]


def test_shipment_info_of_an_unknown_shipment_is_404(client, as_user):
    assert client.get(f"{API}/shipments/1/info", headers=as_user("admin")).status_code == 404


def test_person_info_gives_the_proposals_the_caller_shares(client, world, as_user):
    member = world.own("member")
    world.insert(m.ProposalHasPerson, proposalId=141666, personId=member)
    mine = client.get(f"{API}/contacts/persons/member/info", headers=as_user("owner")).get_json()
    assert mine["personId"] == member and mine["proposal_ids"] == [37027]
    everything = client.get(f"{API}/contacts/persons/member/info", headers=as_user("admin")).get_json()
    assert everything["proposal_ids"] == [37027, 141666]
    assert client.get(f"{API}/contacts/persons/boaty/info", headers=as_user("owner")).get_json()["proposal_ids"] \
        == [37027]


def test_person_info_of_an_unknown_login_is_404(client, as_user):
    assert client.get(f"{API}/contacts/persons/nobody/info", headers=as_user("admin")).status_code == 404


@pytest.mark.parametrize("path, most", [("/proposals/37027/info", 6), ("/sessions/55167/info", 3),
                                        ("/shipments/7227/info", 4), ("/contacts/persons/boaty/info", 4)])
def test_info_costs_a_fixed_number_of_queries(client, world, as_user, count_queries, path, most):
    headers = as_user("owner")
    client.get(f"{API}/proposals", headers=headers)  # log in first
    with count_queries() as few:
        assert client.get(API + path, headers=headers).status_code == 200
    for number in range(100):  # many more related rows
        person = world.insert(m.Person, login=f"person{number}")
        world.insert(m.SessionHasPerson, sessionId=55167, personId=person, role="Local Contact")
        world.insert(m.LabContact, personId=person, proposalId=37027, cardName=f"card{number}")
        world.insert(m.Dewar, shippingId=7227, code=f"d{number}")
        world.insert(m.Container, dewarId=8572, code=f"c{number}")
        world.insert(m.Protein, proposalId=37027, acronym=f"p{number}")
        world.insert(m.BLSession, proposalId=37027, visit_number=1000 + number)
    with count_queries() as many:
        assert client.get(API + path, headers=headers).status_code == 200
    assert many.count == few.count <= most, many.statements
