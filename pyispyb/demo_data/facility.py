# SPDX-License-Identifier: LGPL-3.0-or-later
"""People, proposals, sessions, shipping and samples of the generated facility."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from pyispyb.demo_data import values as v
from pyispyb.demo_data.collections import CollectionGenerator
from pyispyb.demo_data.em import EMGenerator
from pyispyb.demo_data.ssx import SSXGenerator

YEAR_START = datetime(2025, 1, 6, 8, 0, 0)
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


class FacilityGenerator:
    """Generate the rows of a facility in dependency order, with explicit ids."""

    def __init__(self, writer, plan, seed):
        self.w = writer
        self.plan = plan
        self.rng = random.Random(seed)
        self.sessions_of = {}  # proposalId -> [(sessionId, start, end, beamline)]
        self.samples_of = {}  # proposalId -> [blSampleId]
        self.proposal_pi = {}  # proposalId -> personId

    def run(self):
        """Write every table."""
        self.people()
        self.proposals()
        self.sessions()
        self.proteins_and_samples()
        CollectionGenerator(self.w, self.plan, self.rng, self.sessions_of, self.samples_of).run()
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
        self.w.write(
            "Detector",
            (
                {
                    "detectorId": i + 1,
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
                    "detectorId": i % 3 + 1,
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

    def proteins_and_samples(self):
        """Proteins, diffraction plans, crystals, shipments, dewars, containers and samples."""
        rng, plan = self.rng, self.plan
        proposals = list(range(1, plan.proposals + 1))
        proteins_of = {}
        proteins = []
        for prot in range(1, plan.proteins + 1):
            pid = proposals[(prot - 1) % len(proposals)]
            name = rng.choice(v.PROTEIN_NAMES)
            proteins.append(
                {
                    "proteinId": prot,
                    "proposalId": pid,
                    "name": name,
                    "acronym": f"{name[:4].upper()}{prot}",
                    "molecularMass": round(rng.uniform(8, 250), 1),
                    "proteinType": "protein",
                    "sequence": "".join(rng.choice(v.AMINO_ACIDS) for _ in range(rng.randint(60, 120))),
                    "personId": self.proposal_pi[pid],
                    "bltimeStamp": YEAR_START - timedelta(days=rng.randint(1, 90)),
                }
            )
            proteins_of.setdefault(pid, []).append(prot)
        self.w.write("Protein", proteins)
        self.w.write(
            "DiffractionPlan",
            (
                {
                    "diffractionPlanId": i,
                    "experimentKind": kind,
                    "requiredResolution": res,
                    "exposureTime": 0.01,
                    "numberOfPositions": 1,
                }
                for i, (kind, res) in enumerate([("Default", 2.0), ("SAD", 2.5), ("OSC", 1.5)], 1)
            ),
        )
        self._shipping(proposals)
        self._samples(proteins_of)

    def _shipping(self, proposals):
        rng, plan = self.rng, self.plan
        shipments, dewars, containers, links = [], [], [], []
        self.containers_of = {}
        per_dewar = max(1, round(plan.samples / 4 / max(1, plan.shipments) / 1.3))
        for ship in range(1, plan.shipments + 1):
            pid = proposals[(ship - 1) % len(proposals)]
            contact = rng.choice(self.contacts_of[pid])
            created = YEAR_START + timedelta(days=rng.randint(0, 350))
            shipments.append(
                {
                    "shippingId": ship,
                    "proposalId": pid,
                    "shippingName": f"Shipment {ship} {created:%b %d}",
                    "shippingStatus": rng.choice(v.SHIPPING_STATUSES),
                    "creationDate": created,
                    "sendingLabContactId": contact,
                    "returnLabContactId": contact,
                    "isStorageShipping": 0,
                    "deliveryAgent_agentName": rng.choice(["DHL", "FedEx", "UPS"]),
                    "bltimeStamp": created,
                }
            )
            session = rng.choice(self.sessions_of[pid])[0] if pid in self.sessions_of else None
            if session:
                links.append({"shippingId": ship, "sessionId": session})
            for _ in range(rng.choice([1, 1, 1, 2])):
                did = len(dewars) + 1
                dewars.append(
                    {
                        "dewarId": did,
                        "shippingId": ship,
                        "code": f"DW-{did:06d}",
                        "barCode": f"DLS-{did:08d}",
                        "dewarStatus": rng.choice(v.DEWAR_STATUSES),
                        "type": "Dewar",
                        "isStorageDewar": 0,
                        "storageLocation": rng.choice(["stores", "beamline", "ehc"]),
                        "bltimeStamp": created,
                    }
                )
                for _ in range(per_dewar):
                    cid = len(containers) + 1
                    ctype, capacity = rng.choice(v.CONTAINER_TYPES[:3])
                    containers.append(
                        {
                            "containerId": cid,
                            "dewarId": did,
                            "code": f"PK{cid:06d}",
                            "barcode": f"CNT{cid:08d}",
                            "containerType": ctype,
                            "capacity": capacity,
                            "containerStatus": "processing",
                            "sampleChangerLocation": str(rng.randint(1, 29)),
                            "beamlineLocation": rng.choice(v.BEAMLINES),
                            "bltimeStamp": created,
                        }
                    )
                    self.containers_of.setdefault(pid, []).append((cid, capacity))
        self.w.write("Shipping", shipments)
        self.w.write("ShippingHasSession", links)
        self.w.write("Dewar", dewars)
        self.w.write("Container", containers)

    def _samples(self, proteins_of):
        rng, plan = self.rng, self.plan
        crystals, samples = [], []
        proposals = sorted(self.containers_of)
        slots = {
            pid: [(cid, pos) for cid, cap in self.containers_of[pid] for pos in range(1, cap + 1)] for pid in proposals
        }
        for sample_id in range(1, plan.samples + 1):
            pid = proposals[(sample_id - 1) % len(proposals)]
            free = slots[pid]
            container, location = free.pop(rng.randrange(len(free))) if free else (None, None)
            protein = rng.choice(proteins_of.get(pid) or [1])
            group = rng.choice(v.SPACE_GROUPS)
            a, b, c = (round(rng.uniform(30, 180), 2) for _ in range(3))
            crystals.append(
                {
                    "crystalId": sample_id,
                    "proteinId": protein,
                    "diffractionPlanId": rng.randint(1, 3),
                    "name": f"xtal{sample_id}",
                    "spaceGroup": group,
                    "cell_a": a,
                    "cell_b": b,
                    "cell_c": c,
                    "cell_alpha": 90,
                    "cell_beta": 101.5 if group in ("P21", "C2") else 90,
                    "cell_gamma": 90,
                    "morphology": rng.choice(["needle", "plate", "cube", "rod"]),
                    "color": "colourless",
                }
            )
            samples.append(
                {
                    "blSampleId": sample_id,
                    "crystalId": sample_id,
                    "containerId": container,
                    "location": str(location) if location else None,
                    "name": f"s{sample_id}-{rng.randint(1, 99)}",
                    "code": f"S{sample_id:07d}",
                    "loopType": rng.choice(["Nylon", "MiTeGen", "Litholoop"]),
                    "holderLength": 22.0,
                    "blSampleStatus": rng.choice(["processing", "done", "loaded"]),
                    "isInSampleChanger": rng.randint(0, 1),
                    "diffractionPlanId": rng.randint(1, 3),
                }
            )
            self.samples_of.setdefault(pid, []).append(sample_id)
        self.w.write("Crystal", crystals)
        self.w.write("BLSample", samples)

    # permissions ----------------------------------------------------------------------
    def user_groups(self):
        """The permission vocabulary, groups, and the demo users' memberships."""
        self.w.write(
            "Permission",
            ({"permissionId": i, "type": name, "description": text} for i, (name, text) in enumerate(v.PERMISSIONS, 1)),
        )
        ids = {name: i for i, (name, _) in enumerate(v.PERMISSIONS, 1)}
        groups = list(v.GROUPS)
        self.w.write("UserGroup", ({"userGroupId": i, "name": name} for i, name in enumerate(groups, 1)))
        self.w.write(
            "UserGroup_has_Permission",
            (
                {"userGroupId": groups.index(g) + 1, "permissionId": ids[p]}
                for g, perms in v.GROUPS.items()
                for p in perms
            ),
        )
        members = [("users", 1), ("users", 2), ("staff", 3), ("admin", 4)]
        members += [("users", p) for p in range(5, min(self.plan.persons, 200) + 1)]
        self.w.write("UserGroup_has_Person", ({"userGroupId": groups.index(g) + 1, "personId": p} for g, p in members))
