# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proteins, crystals, samples and what ships them (shipments, dewars, containers) of the generated facility."""

from datetime import timedelta

from pyispyb.demo_data import values as v
from pyispyb.demo_data.values import YEAR_START


class SampleGenerator:
    """Generate the samples of every proposal and the shipments that bring them to the beamlines."""

    def __init__(self, writer, plan, rng, proposal_pi, contacts_of, sessions_of):
        self.w, self.plan, self.rng = writer, plan, rng
        self.proposal_pi = proposal_pi
        self.contacts_of = contacts_of
        self.sessions_of = sessions_of
        self.containers_of = {}  # proposalId -> [(containerId, capacity)]
        self.samples_of = {}  # proposalId -> [blSampleId]

    def run(self):
        """Write proteins, diffraction plans, shipments and samples; return ``{proposalId: [blSampleId]}``."""
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
        return self.samples_of

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
