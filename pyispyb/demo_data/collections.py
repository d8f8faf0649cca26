# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collection groups, data collections, autoprocessing results and scans of the generated facility."""

from datetime import timedelta

from pyispyb.demo_data import values as v
from pyispyb.demo_data.processing import Processing

IMAGES = {
    "OSC": (1800, 3600),
    "SAD": (3600, 7200),
    "MAD": (1800, 3600),
    "Characterization": (4, 4),
    "Mesh": (100, 400),
    "Helical": (900, 1800),
    "Screening": (2, 4),
    "Collect - Multiwedge": (720, 1440),
}
PROCESSED = {"OSC", "SAD", "MAD", "Helical", "Collect - Multiwedge"}
PROCESSED_SHARE = 0.45  # of rotation collections: about 2 integration + statistics rows per collection in all
ATTACHED_SHARE = 0.3  # collections with file attachments (diffraction plots, logs)


class CollectionGenerator:
    """Generate what beamline software writes during sessions."""

    def __init__(self, writer, plan, rng, sessions_of, samples_of, detector_ids=(1, 2, 3)):
        self.w, self.plan, self.rng = writer, plan, rng
        self.detector_ids = list(detector_ids)
        self.attachment_count = 0
        self.sessions = [(pid, s) for pid, items in sorted(sessions_of.items()) for s in items]
        self.samples_of = samples_of

    def run(self):
        """Write groups, collections, processing and scans."""
        self.groups_and_collections()
        self.scans()

    def groups_and_collections(self):
        """Data collection groups and their collections, with processing for rotation data."""
        rng, plan = self.rng, self.plan
        single = dict(v.EXPERIMENT_TYPES)["Characterization"]
        per_group = max(1.0, (plan.collections / plan.groups - single) / (1 - single))
        groups, collections, attachments = [], [], []
        processing = Processing(self.w, rng)
        dc_id = 0
        for gid in range(1, plan.groups + 1):
            pid, (sid, start, end, beamline) = (
                self.sessions[(gid - 1) % len(self.sessions)]
                if gid <= len(self.sessions)
                else rng.choice(self.sessions)
            )
            sample = rng.choice(self.samples_of.get(pid) or [None])
            kind = v.weighted(rng, v.EXPERIMENT_TYPES)
            t0 = start + timedelta(seconds=rng.randint(0, max(60, int((end - start).total_seconds()) - 3600)))
            count = 1 if kind == "Characterization" else int(per_group) + (rng.random() < per_group % 1)
            groups.append(
                {
                    "dataCollectionGroupId": gid,
                    "sessionId": sid,
                    "blSampleId": sample,
                    "experimentType": kind,
                    "startTime": t0,
                    "endTime": t0 + timedelta(minutes=3 * count),
                    "crystalClass": None,
                    "comments": None,
                }
            )
            for n in range(1, count + 1):
                dc_id += 1
                collections.append(self._collection(dc_id, gid, sid, sample, kind, beamline, t0, n))
                if kind in PROCESSED and rng.random() < PROCESSED_SHARE:
                    processing.add(dc_id, collections[-1])
                if rng.random() < ATTACHED_SHARE:
                    self._attachments(attachments, collections[-1])
                t0 += timedelta(minutes=3)
            if len(collections) >= 20000:
                self._flush(groups, collections, attachments, processing)
                groups, collections, attachments = [], [], []
        self._flush(groups, collections, attachments, processing)

    def _flush(self, groups, collections, attachments, processing):
        self.w.write("DataCollectionGroup", groups)
        self.w.write("DataCollection", collections)
        self.w.write("DataCollectionFileAttachment", attachments)
        processing.flush()

    def _attachments(self, attachments, collection):
        directory = collection["imageDirectory"]
        for file_type, name in (("xy", "dozor.xy"), ("log", "collect.log")):
            self.attachment_count += 1
            attachments.append(
                {
                    "dataCollectionFileAttachmentId": self.attachment_count,
                    "dataCollectionId": collection["dataCollectionId"],
                    "fileFullPath": f"{directory}{collection['imagePrefix']}_{name}",
                    "fileType": file_type,
                    "createTime": collection["endTime"],
                }
            )

    def _collection(self, dc_id, gid, sid, sample, kind, beamline, start, number):
        rng = self.rng
        low, high = IMAGES[kind]
        images = rng.randint(low, high)
        exposure = rng.choice([0.002, 0.004, 0.01, 0.02, 0.05])
        visit = f"/data/{beamline}/2025/visit-{sid}"
        prefix = f"xtal{sample or 0}_{number}"
        return {
            "dataCollectionId": dc_id,
            "dataCollectionGroupId": gid,
            "SESSIONID": sid,
            "BLSAMPLEID": sample,
            "dataCollectionNumber": number,
            "startTime": start,
            "endTime": start + timedelta(seconds=images * exposure + 20),
            "runStatus": "DataCollection Successful" if rng.random() < 0.95 else "DataCollection Stopped",
            "axisStart": 0.0,
            "axisEnd": round(images * 0.1, 1),
            "axisRange": 0.1,
            "overlap": 0.0,
            "numberOfImages": images,
            "startImageNumber": 1,
            "numberOfPasses": 1,
            "exposureTime": exposure,
            "imageDirectory": f"{visit}/{prefix}/",
            "imagePrefix": prefix,
            "imageSuffix": "h5",
            "fileTemplate": f"{prefix}_master.h5",
            "wavelength": rng.choice([0.9763, 0.9795, 1.2398, 0.8856]),
            "resolution": round(rng.uniform(1.1, 3.2), 2),
            "detectorDistance": round(rng.uniform(150, 450), 1),
            "xBeam": round(rng.uniform(150, 160), 2),
            "yBeam": round(rng.uniform(160, 170), 2),
            "transmission": round(rng.uniform(1, 100), 1),
            "flux": rng.uniform(1e11, 5e12),
            "beamSizeAtSampleX": 0.05,
            "beamSizeAtSampleY": 0.02,
            "detectorId": rng.choice(self.detector_ids),
            "xtalSnapshotFullPath1": f"{visit}/snapshots/{prefix}_1.png",
            "xtalSnapshotFullPath2": f"{visit}/snapshots/{prefix}_2.png",
            "printableForReport": 1,
        }

    def scans(self):
        """Energy scans and fluorescence spectra (about one in two sessions)."""
        rng = self.rng
        scans, spectra = [], []
        for pid, (sid, start, _end, beamline) in self.sessions:
            if rng.random() < 0.5:
                element, edge = rng.choice(v.ELEMENTS)
                sample = rng.choice(self.samples_of.get(pid) or [None])
                scans.append(
                    {
                        "energyScanId": len(scans) + 1,
                        "sessionId": sid,
                        "blSampleId": sample,
                        "element": element,
                        "edgeEnergy": edge,
                        "startTime": start,
                        "endTime": start + timedelta(minutes=4),
                        "peakEnergy": round(rng.uniform(12.6, 12.7), 4),
                        "peakFPrime": -8.1,
                        "peakFDoublePrime": 4.9,
                        "inflectionEnergy": 12.66,
                        "exposureTime": 0.1,
                        "scanFileFullPath": f"/data/{beamline}/2025/visit-{sid}/scans/{element}.raw",
                    }
                )
            if rng.random() < 0.5:
                spectra.append(
                    {
                        "xfeFluorescenceSpectrumId": len(spectra) + 1,
                        "sessionId": sid,
                        "startTime": start,
                        "endTime": start + timedelta(minutes=1),
                        "energy": 13.5,
                        "exposureTime": 1.0,
                        "filename": f"/data/{beamline}/2025/visit-{sid}/xrf/spectrum.dat",
                    }
                )
        self.w.write("EnergyScan", scans)
        self.w.write("XFEFluorescenceSpectrum", spectra)
