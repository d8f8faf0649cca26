# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proposal documents used by the user-office tests."""

import copy

ENGINES = {"name": "Analytical Engines", "address": "1 Engine Row", "city": "London", "country": "UK"}

DOCUMENT = {
    "proposal": {"proposalCode": "uo", "proposalNumber": "4242", "title": "Lysozyme at dawn", "proposalType": "MX",
                 "state": "Open", "startDate": "2026-01-01T00:00:00+01:00", "endDate": "2026-12-31",
                 "principalInvestigator": "ada_uo"},
    "persons": [
        {"login": "ada_uo", "givenName": "Ada", "familyName": "Lovelace", "emailAddress": "ada@example.org",
         "proposalRole": "Principal Investigator", "laboratory": ENGINES},
        {"login": "grace_uo", "givenName": "Grace", "familyName": "Hopper", "proposalRole": "Co-Investigator",
         "laboratory": ENGINES},
        {"login": "boaty", "givenName": "Boaty", "familyName": "McBoatface", "emailAddress": "boaty@example.org"},
        {"login": "staff_uo", "givenName": "Local", "familyName": "Contact"},
    ],
    "sessions": [
        {"visit_number": 1, "beamLineName": "i03", "startDate": "2026-02-01T09:00:00",
         "endDate": "2026-02-02T09:00:00", "scheduled": True, "nbShifts": 3,
         "participants": [{"login": "ada_uo", "role": "Team Leader", "remote": False},
                          {"login": "grace_uo", "remote": True}],
         "localContacts": ["staff_uo"]},
        {"visit_number": 2, "beamLineName": "i04", "participants": [{"login": "grace_uo"}, {"login": "boaty"}]},
    ],
    "labContacts": [{"login": "ada_uo", "cardName": "Ada (engines)", "defaultCourrierCompany": "DHL",
                     "dewarAvgCustomsValue": 100}],
    "proteins": [{"acronym": "LYS", "name": "Lysozyme", "molecularMass": 14.3, "description": "hen egg white",
                  "sequence": "KVFGRCELAAAMKRHGLDNYRGYSLGNWVCAAKFESNFNTQATNRNTDGSTDYGILQINSRWWCNDGRTPGSRNLC"}],
}

FIRST_IMPORT = {"Proposal": 1, "Person": 3, "Laboratory": 1, "ProposalHasPerson": 2, "BLSession": 2,
                "Session_has_Person": 5, "LabContact": 1, "Protein": 1}
NOTHING = dict.fromkeys(FIRST_IMPORT, 0)
IGNORED_ON_V1_10_4 = ["Proposal.endDate", "Proposal.startDate", "Protein.description"]


def document(**changes):
    """Return a deep copy of :data:`DOCUMENT` with top-level sections replaced."""
    copied = copy.deepcopy(DOCUMENT)
    copied.update(copy.deepcopy(changes))
    return copied


def ignored_fields(database):
    """The fields a schema version lacks among those the document gives."""
    return IGNORED_ON_V1_10_4 if database.schema_version == "v1.10.4" else []
