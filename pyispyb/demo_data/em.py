# SPDX-License-Identifier: LGPL-3.0-or-later
"""Cryo-EM sessions of the generated facility: grid squares, movies, motion correction, CTF, ice, 2D classes.

Each session images one grid (a data collection group of type EM) over a few grid squares
(data collections); most movies are motion corrected and CTF-estimated by the pipeline
(programs attached to processing jobs), and particles picked on the first micrograph are
classified in 2D.
"""

from datetime import timedelta

from pyispyb.models import AutoProcProgram, DataCollection, DataCollectionGroup, ProcessingJob
from pyispyb.demo_data.extra_sessions import next_id, write_sessions
from pyispyb.models import (CTF, MotionCorrection, Movie, ParticleClassification, ParticleClassificationGroup,
                               ParticlePicker)

MICROSCOPES = ["m02", "m03", "m06", "m12"]
SQUARES_PER_SESSION = 3
MOVIES_PER_SQUARE = 24
CLASSES = 8
PROGRAMS = ("MotionCor2", "CTFFind4", "crYOLO", "Relion Class2D")


class EMGenerator:
    """Write ``plan.em_sessions`` cryo-EM sessions and their processing."""

    def __init__(self, writer, plan, rng, proposal_pi):
        self.w, self.plan, self.rng, self.proposal_pi = writer, plan, rng, proposal_pi
        self.rows = {name: [] for name in ("DataCollectionGroup", "DataCollection", "ProcessingJob", "AutoProcProgram",
                                           "Movie", "MotionCorrection", "CTF", "RelativeIceThickness",
                                           "ParticlePicker", "ParticleClassificationGroup", "ParticleClassification")}
        self.ids = {model: next_id(writer, model.__table__.primary_key.columns[0]) for model in (
            DataCollectionGroup, DataCollection, ProcessingJob, AutoProcProgram, Movie, MotionCorrection, CTF,
            ParticlePicker, ParticleClassificationGroup, ParticleClassification)}

    def _new(self, model):
        value = self.ids[model]
        self.ids[model] += 1
        return value

    def run(self):
        """Write the sessions, then every table in dependency order."""
        sessions = write_sessions(self.w, self.rng, self.proposal_pi, self.plan.em_sessions, MICROSCOPES, 10000)
        for sid, _pid, start, microscope in sessions:
            self._session(sid, start, microscope)
        for name, rows in self.rows.items():
            self.w.write(name, rows)

    def _session(self, sid, start, microscope):
        group = self._new(DataCollectionGroup)
        self.rows["DataCollectionGroup"].append({
            "dataCollectionGroupId": group, "sessionId": sid, "experimentType": "EM", "startTime": start,
            "endTime": start + timedelta(hours=40), "comments": "single particle, apoferritin grid"})
        first_correction = None
        for square in range(1, SQUARES_PER_SESSION + 1):
            t0 = start + timedelta(hours=2 * square)
            dc = self._new(DataCollection)
            folder = f"/dls/{microscope}/data/2025/bi{sid}/raw/GridSquare_{square}"
            self.rows["DataCollection"].append({
                "dataCollectionId": dc, "dataCollectionGroupId": group, "SESSIONID": sid, "startTime": t0,
                "endTime": t0 + timedelta(hours=2), "numberOfImages": MOVIES_PER_SQUARE, "imageDirectory": folder,
                "imageSuffix": "tiff", "runStatus": "DataCollection Successful", "exposureTime": 2.5,
                "wavelength": 0.0197, "xtalSnapshotFullPath1": f"{folder}/GridSquare_{square}.jpg"})
            programs = self._programs(dc, t0)
            for number in range(1, MOVIES_PER_SQUARE + 1):
                correction = self._movie(dc, folder, number, t0 + timedelta(minutes=4 * number), programs)
                first_correction = first_correction or correction
        if first_correction:
            self._classification(first_correction, programs, sid, microscope)

    def _programs(self, dc, t0):
        job = self._new(ProcessingJob)
        self.rows["ProcessingJob"].append({"processingJobId": job, "dataCollectionId": dc, "automatic": 1,
                                           "recipe": "em-spa-preprocess", "displayName": "SPA preprocessing"})
        programs = {}
        for name in PROGRAMS:
            programs[name] = self._new(AutoProcProgram)
            self.rows["AutoProcProgram"].append({
                "autoProcProgramId": programs[name], "processingJobId": job, "processingPrograms": name,
                "processingStatus": 1, "processingStartTime": t0, "processingEndTime": t0 + timedelta(hours=2)})
        return programs

    def _movie(self, dc, folder, number, when, programs):
        rng = self.rng
        movie = self._new(Movie)
        self.rows["Movie"].append({
            "movieId": movie, "dataCollectionId": dc, "movieNumber": number, "createdTimeStamp": when,
            "movieFullPath": f"{folder}/FoilHole_{number}_fractions.tiff", "positionX": round(rng.uniform(-40, 40), 2),
            "positionY": round(rng.uniform(-40, 40), 2), "nominalDefocus": rng.choice([12000.0, 16000.0, 20000.0]),
            "numberOfFrames": 50, "fluence": 40.0})
        if rng.random() < 0.1:  # still in the queue
            return None
        processed = folder.replace("/raw/", "/processed/")
        correction = self._new(MotionCorrection)
        total = round(rng.uniform(8, 30), 2)
        self.rows["MotionCorrection"].append({
            "motionCorrectionId": correction, "movieId": movie, "dataCollectionId": dc, "imageNumber": number,
            "autoProcProgramId": programs["MotionCor2"], "firstFrame": 1, "lastFrame": 50, "dosePerFrame": 0.8,
            "doseWeight": 1.0, "totalMotion": total, "averageMotionPerFrame": round(total / 50, 3),
            "micrographFullPath": f"{processed}/MotionCorr/{number}.mrc",
            "micrographSnapshotFullPath": f"{processed}/MotionCorr/{number}.jpeg",
            "driftPlotFullPath": f"{processed}/MotionCorr/{number}_drift.png", "patchesUsedX": 5, "patchesUsedY": 5})
        defocus = round(rng.uniform(12000, 24000), 1)
        self.rows["CTF"].append({
            "ctfId": self._new(CTF), "motionCorrectionId": correction, "autoProcProgramId": programs["CTFFind4"],
            "boxSizeX": 512, "boxSizeY": 512, "minResolution": 30, "maxResolution": 5, "minDefocus": 5000,
            "maxDefocus": 50000, "astigmatism": round(rng.uniform(50, 600), 1),
            "astigmatismAngle": round(rng.uniform(-90, 90), 1), "estimatedResolution": round(rng.uniform(2.8, 6), 2),
            "estimatedDefocus": defocus, "amplitudeContrast": 0.1, "ccValue": round(rng.uniform(0.05, 0.3), 3),
            "fftTheoreticalFullPath": f"{processed}/CtfFind/{number}.ctf.jpeg"})
        median = round(rng.uniform(0.9, 1.6), 3)
        self.rows["RelativeIceThickness"].append({
            "motionCorrectionId": correction, "autoProcProgramId": programs["MotionCor2"], "minimum": median - 0.2,
            "q1": median - 0.1, "median": median, "q3": median + 0.1, "maximum": median + 0.3})
        return correction

    def _classification(self, first_correction, programs, sid, microscope):
        rng = self.rng
        picker = self._new(ParticlePicker)
        particles = rng.randint(50_000, 400_000)
        folder = f"/dls/{microscope}/data/2025/bi{sid}/processed"
        self.rows["ParticlePicker"].append({
            "particlePickerId": picker, "programId": programs["crYOLO"], "firstMotionCorrectionId": first_correction,
            "particlePickingTemplate": "gmodel_phosnet_202005_N63_c17.h5", "particleDiameter": 12.0,
            "numberOfParticles": particles, "summaryImageFullPath": f"{folder}/AutoPick/summary.jpeg"})
        group = self._new(ParticleClassificationGroup)
        self.rows["ParticleClassificationGroup"].append({
            "particleClassificationGroupId": group, "particlePickerId": picker, "programId": programs["Relion Class2D"],
            "type": "2D", "batchNumber": 1, "numberOfParticlesPerBatch": particles, "numberOfClassesPerBatch": CLASSES,
            "symmetry": "C1", "binnedPixelSize": 1.7})
        shares = [rng.random() for _ in range(CLASSES)]
        for number, share in enumerate(shares, 1):
            fraction = share / sum(shares)
            self.rows["ParticleClassification"].append({
                "particleClassificationId": self._new(ParticleClassification), "particleClassificationGroupId": group,
                "classNumber": number, "classImageFullPath": f"{folder}/Class2D/class_{number}.jpeg",
                "particlesPerClass": round(particles * fraction), "classDistribution": round(fraction, 4),
                "rotationAccuracy": round(rng.uniform(1, 8), 2), "translationAccuracy": round(rng.uniform(0.5, 3), 2),
                "estimatedResolution": round(rng.uniform(4, 15), 1), "overallFourierCompleteness": 0.98,
                "selected": int(fraction > 1 / CLASSES)})
