# SPDX-License-Identifier: LGPL-3.0-or-later
"""People, proposals, sessions, shipping and samples of the generated facility."""

import random
from dataclasses import dataclass
from datetime import timedelta

from pyispyb.demo_data import values as v
from pyispyb.demo_data.values import YEAR_START
from pyispyb.demo_data.collections import CollectionGenerator
from pyispyb.demo_data.samples import SampleGenerator
from pyispyb.demo_data.em import EMGenerator
from pyispyb.demo_data.ssx import SSXGenerator

DEMO_LOGINS = ("demo_pi", "demo_user", "demo_staff", "demo_admin")


@dataclass
class Plan:
    """Row counts of one generated data set."""

    laboratories: int
    persons: int
    proposals: int
    sessions: int
    shipments: int
    proteins: int
    samples: int
    groups: int
    collections: int
    em_sessions: int = 2
    ssx_sessions: int = 2

    @classmethod
    def from_scale(cls, scale):
        """Counts for ``scale`` (1 = one year of a large facility); small scales keep a usable minimum."""

        def n(full, minimum):
            return max(minimum, round(full * scale))

        return cls(
            laboratories=n(400, 3),
            persons=n(10_000, 12),
            proposals=n(2_000, 4),
            sessions=n(20_000, 16),
            shipments=n(30_000, 8),
            proteins=n(20_000, 12),
            samples=n(300_000, 96),
            groups=n(200_000, 64),
            collections=n(1_000_000, 200),
            em_sessions=n(300, 2),
            ssx_sessions=n(300, 2),
        )

    def estimated_rows(self):
        """About how many rows the plan writes in all (measured: 8.6 per data collection, plus the minimums)."""
        return round(8.6 * self.collections) + 2600


class FacilityGenerator:
    """Generate the rows of a facility in dependency order, with explicit ids."""

    def __init__(self, writer, plan, seed):
        self.w = writer
        self.plan = plan
        self.rng = random.Random(seed)
        self.sessions_of = {}  # proposalId -> [(sessionId, start, end, beamline)]
        self.proposal_pi = {}  # proposalId -> personId

    def run(self):
        """Write every table."""
        self.people()
        self.proposals()
        self.sessions()
        self.samples_of = SampleGenerator(self.w, self.plan, self.rng, self.proposal_pi, self.contacts_of,
                                          self.sessions_of).run()
        CollectionGenerator(self.w, self.plan, self.rng, self.sessions_of, self.samples_of,
                            detector_ids=self.detector_ids).run()
        self.user_groups()
        extra = random.Random(self.rng.random())
        EMGenerator(self.w, self.plan, extra, self.proposal_pi).run()
        SSXGenerator(self.w, self.plan, extra, self.proposal_pi, self.samples_of).run()

    # people -------------------------------------------------------------------------
    def people(self):
        """Laboratories and persons (the first ones carry the demo logins)."""
        rng = self.rng
        self.w.write(
            "Laboratory",
            (
                {
                    "laboratoryId": i,
                    "name": f"{rng.choice(v.INSTITUTES)} {i}",
                    "address": f"{rng.randint(1, 200)} Science Road",
                    "city": city,
                    "country": country,
                    "postcode": f"{rng.randint(10000, 99999)}",
                    "organization": "Academic",
                }
                for i in range(1, self.plan.laboratories + 1)
                for city, country in [rng.choice(v.CITIES)]
            ),
        )

        def person(i):
            given, family = rng.choice(v.GIVEN_NAMES), rng.choice(v.FAMILY_NAMES)
            login = DEMO_LOGINS[i - 1] if i <= len(DEMO_LOGINS) else f"user{i:05d}"
            return {
                "personId": i,
                "laboratoryId": rng.randint(1, self.plan.laboratories),
                "givenName": given,
                "familyName": family,
                "title": rng.choice(["Dr", "Prof", "Ms", "Mr"]),
                "login": login,
                "emailAddress": f"{given}.{family}{i}@example.org".lower(),
                "phoneNumber": f"+33 4 76 {i % 100:02d} {i % 97:02d} 00",
            }

        self.w.write("Person", (person(i) for i in range(1, self.plan.persons + 1)))

    def proposals(self):
        """Proposals, their members and their lab contacts."""
        rng, persons = self.rng, self.plan.persons
        rows, members, contacts = [], [], []
        numbers = {}
        for pid in range(1, self.plan.proposals + 1):
            code = "mx" if pid <= 2 else v.weighted(rng, v.PROPOSAL_CODES)
            numbers[code] = numbers.get(code, 1000) + rng.randint(1, 9)
            pi = 1 if pid <= 2 else rng.randint(5, persons)
            self.proposal_pi[pid] = pi
            rows.append(
                {
                    "proposalId": pid,
                    "personId": pi,
                    "proposalCode": code,
                    "proposalNumber": str(numbers[code]),
                    "title": f"{rng.choice(v.PROTEIN_NAMES)} structure and dynamics ({code}{numbers[code]})",
                    "proposalType": "MX",
                    "state": "Open" if rng.random() < 0.8 else "Closed",
                    "bltimeStamp": YEAR_START - timedelta(days=rng.randint(30, 400)),
                }
            )
            team = {pi} | {rng.randint(5, persons) for _ in range(rng.randint(1, 4))}
            if pid <= 2:
                team |= {2}
            for person in sorted(team):
                members.append(
                    {
                        "proposalId": pid,
                        "personId": person,
                        "role": "Principal Investigator" if person == pi else "Co-Investigator",
                    }
                )
            for k, person in enumerate(sorted(team)[:2]):
                contacts.append(
                    {
                        "labContactId": len(contacts) + 1,
                        "personId": person,
                        "proposalId": pid,
                        "cardName": f"{'main' if k == 0 else 'backup'}-{pid}",
                        "defaultCourrierCompany": rng.choice(["DHL", "FedEx", "UPS", "World Courier"]),
                        "dewarAvgCustomsValue": 1000,
                        "dewarAvgTransportValue": 600,
                    }
                )
        self.w.write("Proposal", rows)
        self.w.write("ProposalHasPerson", ({"proposalHasPersonId": i + 1, **r} for i, r in enumerate(members)))
        self.w.write("LabContact", contacts)
        self.contacts_of = {}
        for c in contacts:
            self.contacts_of.setdefault(c["proposalId"], []).append(c["labContactId"])

    def sessions(self):
        """Beamline set-ups, detectors, sessions spread over a year, and their participants."""
        rng, plan = self.rng, self.plan
        first_detector = self.w.max_id("Detector", "detectorId") + 1
        self.detector_ids = [first_detector + i for i in range(3)]
        self.w.write(
            "Detector",
            (
                {
                    "detectorId": self.detector_ids[i],
                    "detectorType": "Photon counting",
                    "detectorManufacturer": "Dectris",
                    "detectorModel": model,
                    "detectorPixelSizeHorizontal": 0.075,
                    "detectorPixelSizeVertical": 0.075,
                    "numberOfPixelsX": x,
                    "numberOfPixelsY": y,
                    "detectorDistanceMin": 100,
                    "detectorDistanceMax": 1000,
                }
                for i, (model, x, y) in enumerate(
                    [("Eiger2 XE 16M", 4148, 4362), ("Eiger2 XE 9M", 3108, 3262), ("Pilatus3 6M", 2463, 2527)]
                )
            ),
        )
        self.w.write(
            "BeamLineSetup",
            (
                {
                    "beamLineSetupId": i + 1,
                    "beamlineName": bl,
                    "synchrotronName": "Demo Light Source",
                    "detectorId": self.detector_ids[i % 3],
                    "setupDate": YEAR_START,
                    "active": 1,
                    "minTransmission": 0.01,
                    "maxTransmission": 100,
                }
                for i, bl in enumerate(v.BEAMLINES)
            ),
        )
        sessions, participants = [], []
        proposals = list(range(1, plan.proposals + 1))
        visits = {}
        for sid in range(1, plan.sessions + 1):
            pid = proposals[(sid - 1) % len(proposals)] if sid <= 2 * len(proposals) else rng.choice(proposals)
            visits[pid] = visits.get(pid, 0) + 1
            bl_index = rng.randrange(len(v.BEAMLINES))
            start = YEAR_START + timedelta(days=rng.randint(0, 360), hours=rng.choice([0, 8, 16]))
            shifts = rng.choice([1, 2, 3, 3, 6])
            end = start + timedelta(hours=8 * shifts)
            sessions.append(
                {
                    "sessionId": sid,
                    "proposalId": pid,
                    "beamLineSetupId": bl_index + 1,
                    "beamLineName": v.BEAMLINES[bl_index],
                    "startDate": start,
                    "endDate": end,
                    "scheduled": 1,
                    "nbShifts": shifts,
                    "visit_number": visits[pid],
                    "beamLineOperator": f"{rng.choice(v.GIVEN_NAMES)} {rng.choice(v.FAMILY_NAMES)}",
                    "lastUpdate": end,
                    "bltimeStamp": start - timedelta(days=20),
                }
            )
            self.sessions_of.setdefault(pid, []).append((sid, start, end, v.BEAMLINES[bl_index]))
            people = {self.proposal_pi[pid]} | {rng.randint(5, plan.persons) for _ in range(rng.randint(0, 2))}
            if pid <= 2 and visits[pid] <= 3:
                people.add(2)
            participants += [
                {
                    "sessionId": sid,
                    "personId": p,
                    "role": rng.choice(["Team Leader", "Co-Investigator", "Team Member"]),
                    "remote": rng.randint(0, 1),
                }
                for p in sorted(people)
            ]
        self.w.write("BLSession", sessions)
        self.w.write("Session_has_Person", participants)

    # permissions ----------------------------------------------------------------------
    def user_groups(self):
        """The permission vocabulary, groups, and the demo users' memberships (ids after the lookup rows)."""
        first_permission = self.w.max_id("Permission", "permissionId") + 1
        first_group = self.w.max_id("UserGroup", "userGroupId") + 1
        ids = {name: first_permission + i for i, (name, _) in enumerate(v.PERMISSIONS)}
        group_ids = {name: first_group + i for i, name in enumerate(v.GROUPS)}
        self.w.write("Permission", ({"permissionId": ids[name], "type": name, "description": text}
                                    for name, text in v.PERMISSIONS))
        self.w.write("UserGroup", ({"userGroupId": i, "name": name} for name, i in group_ids.items()))
        self.w.write("UserGroup_has_Permission", ({"userGroupId": group_ids[g], "permissionId": ids[p]}
                                                  for g, perms in v.GROUPS.items() for p in perms))
        members = [("users", 1), ("users", 2), ("staff", 3), ("admin", 4)]
        members += [("users", p) for p in range(5, min(self.plan.persons, 200) + 1)]
        self.w.write("UserGroup_has_Person", ({"userGroupId": group_ids[g], "personId": p} for g, p in members))
