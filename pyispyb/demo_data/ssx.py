# SPDX-License-Identifier: LGPL-3.0-or-later
"""Serial crystallography sessions of the generated facility: crystal slurries, jet and chip collections.

Each session describes one of its proposal's samples as a slurry (protein crystal
composition, HEPES/PEG buffer), then records a pump-probe jet collection and a fixed-target
chip collection with their SSX parameters and event chains. Spot finding is recorded per
image for the first sessions, so hit rates can be computed.
"""

from datetime import timedelta

from sqlalchemy import func, select

from pyispyb.models import ComponentType, ConcentrationType, DataCollection, DataCollectionGroup
from pyispyb.demo_data.extra_sessions import next_id, write_sessions
from pyispyb.models import Component, EventChain, EventType

BEAMLINES = ["i24", "id29"]
# The vocabularies of the reference schema's lookups, written when the database has none.
EVENT_TYPES = {1: "XrayDetection", 2: "XrayExposure", 3: "LaserExcitation", 4: "ReactionTrigger"}
COMPONENT_TYPES = {1: "Protein", 2: "DNA", 3: "Small Molecule", 4: "RNA", 5: "Ligand", 6: "Buffer",
                   7: "JetMaterial", 8: "Element"}
CONCENTRATION_TYPES = {1: ("Molar", "M"), 2: ("Percentage Weight / Volume", "%(w/v)"),
                       3: ("Percentage Volume / Volume", "%(v/v)"), 4: ("Milligrams / Millilitre", "mg/ml"),
                       5: ("Grams", "g")}
SPOT_FINDING_SESSIONS = 4
SPOT_FINDING_IMAGES = 500


class SSXGenerator:
    """Write ``plan.ssx_sessions`` SSX sessions with their samples' compositions and collections."""

    def __init__(self, writer, plan, rng, proposal_pi, samples_of):
        self.w, self.plan, self.rng = writer, plan, rng
        self.proposal_pi, self.samples_of = proposal_pi, samples_of
        self.rows = {name: [] for name in ("Component", "CrystalComposition", "SampleComposition",
                                           "DataCollectionGroup", "DataCollection", "SSXDataCollection", "EventChain",
                                           "Event", "ImageQualityIndicators")}
        self.ids = {model: next_id(writer, model.__table__.primary_key.columns[0])
                    for model in (Component, DataCollectionGroup, DataCollection, EventChain)}
        self.components_of = {}

    def _new(self, model):
        value = self.ids[model]
        self.ids[model] += 1
        return value

    def run(self):
        """Write the vocabularies if missing, the sessions, then every table in dependency order."""
        if not self.w.has_table("SSXDataCollection"):
            return
        self._vocabularies()
        sessions = write_sessions(self.w, self.rng, self.proposal_pi, self.plan.ssx_sessions, BEAMLINES, 20000)
        for n, (sid, pid, start, beamline) in enumerate(sessions):
            sample = self.rng.choice(self.samples_of.get(pid) or [None])
            if sample is not None:
                self._slurry(pid, sample)
            self._collections(sid, sample, start, beamline, spot_finding=n < SPOT_FINDING_SESSIONS)
        for name, rows in self.rows.items():
            self.w.write(name, rows)

    def _vocabularies(self):
        for model, rows in (
                (EventType, [{"eventTypeId": i, "name": name} for i, name in EVENT_TYPES.items()]),
                (ComponentType, [{"componentTypeId": i, "name": name} for i, name in COMPONENT_TYPES.items()]),
                (ConcentrationType, [{"concentrationTypeId": i, "name": name, "symbol": symbol}
                                     for i, (name, symbol) in CONCENTRATION_TYPES.items()])):
            if not self.w.read_scalar(select(func.count()).select_from(model.__table__)):
                self.w.write(model.__tablename__, rows)

    def _components(self, pid):
        """The proposal's components (protein, buffer, precipitant, jet material), created once."""
        if pid not in self.components_of:
            made = {}
            for name, kind, formula in (("lysozyme", 1, None), ("HEPES", 6, "C8H18N2O4S"), ("PEG 400", 6, None),
                                        ("monoolein", 7, "C21H40O4")):
                made[name] = self._new(Component)
                self.rows["Component"].append({"componentId": made[name], "proposalId": pid, "componentTypeId": kind,
                                               "name": name, "composition": formula})
            self.components_of[pid] = made
        return self.components_of[pid]

    def _slurry(self, pid, sample):
        components = self._components(pid)
        self.rows["CrystalComposition"].append({"crystalId": sample, "componentId": components["lysozyme"],
                                                "concentrationTypeId": 4, "abundance": 20.0})
        self.rows["SampleComposition"] += [
            {"blSampleId": sample, "componentId": components["HEPES"], "concentrationTypeId": 1, "abundance": 0.1,
             "pH": 7.5},
            {"blSampleId": sample, "componentId": components["PEG 400"], "concentrationTypeId": 2, "abundance": 30.0}]

    def _collections(self, sid, sample, start, beamline, spot_finding):
        rng = self.rng
        for kind, params, chain in (
                ("SSX-Jet", {"repetitionRate": 100.0, "energyBandwidth": 0.5, "monoStripe": "Pt", "jetSpeed": 2.1,
                             "jetSize": 50.0, "reactionDuration": 0.002, "laserEnergy": round(rng.uniform(5, 25), 1),
                             "experimentName": "pump-probe"},
                 [(3, "pump", 0.0, 0.00001), (2, "probe", 0.002, 0.00005), (1, "detector", 0.002, 0.01)]),
                ("SSX-Chip", {"repetitionRate": 200.0, "energyBandwidth": 0.5, "chipModel": "Oxford 8x8 city",
                              "chipPattern": rng.choice(["full chip", "checkerboard"]),
                              "reactionDuration": rng.choice([0.5, 1.0, 5.0]), "experimentName": "mix-and-inject"},
                 [(4, "trigger", 0.0, 0.001), (1, "detector", 0.5, 0.005)])):
            start += timedelta(hours=3)
            group, dc = self._new(DataCollectionGroup), self._new(DataCollection)
            images = 25600 if kind == "SSX-Chip" else rng.randint(20000, 60000)
            self.rows["DataCollectionGroup"].append({
                "dataCollectionGroupId": group, "sessionId": sid, "blSampleId": sample, "experimentType": kind,
                "startTime": start, "endTime": start + timedelta(hours=2)})
            self.rows["DataCollection"].append({
                "dataCollectionId": dc, "dataCollectionGroupId": group, "SESSIONID": sid, "BLSAMPLEID": sample,
                "startTime": start, "endTime": start + timedelta(minutes=30), "numberOfImages": images,
                "exposureTime": 0.01, "wavelength": 0.9763, "runStatus": "DataCollection Successful",
                "imageDirectory": f"/data/{beamline}/2025/visit-{sid}/{kind.lower()}/", "imageSuffix": "h5"})
            self.rows["SSXDataCollection"].append({"dataCollectionId": dc, **params})
            chain_id = self._new(EventChain)
            self.rows["EventChain"].append({"eventChainId": chain_id, "dataCollectionId": dc,
                                            "name": params["experimentName"]})
            self.rows["Event"] += [
                {"eventChainId": chain_id, "eventTypeId": event_type, "name": name, "offset": offset,
                 "duration": duration, "period": 1 / params["repetitionRate"], "repetition": images}
                for event_type, name, offset, duration in chain]
            if spot_finding:
                self.rows["ImageQualityIndicators"] += [
                    {"dataCollectionId": dc, "imageNumber": n, "spotTotal": spots, "goodBraggCandidates": spots}
                    for n in range(1, SPOT_FINDING_IMAGES + 1)
                    for spots in [rng.randint(25, 300) if rng.random() < 0.3 else rng.randint(0, 12)]]
