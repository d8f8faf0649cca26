# SPDX-License-Identifier: LGPL-3.0-or-later
"""An EM session built for each test: data collections inserted as beamline software writes them,
movies and processing results created through the API as acquisition and pipelines do."""

from dataclasses import dataclass, field
from datetime import datetime

import pytest
from sqlalchemy import insert

from pyispyb.models import DataCollection, DataCollectionGroup

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
PIPELINE = ("own_proposals", "own_sessions", "em_admin", "set_file_paths")
STRANGER = ("own_proposals", "own_sessions", "em_admin", "write_processing", "write_data_collections")
STAFF = ("all_proposals", "all_sessions")
SESSION, PROPOSAL = 55167, 37027
OTHER_SESSION = 339525  # of proposal 141666, not boaty's


@dataclass
class EMSession:
    """Ids of what :func:`em_session` created."""

    group: int
    collections: list
    movies: dict = field(default_factory=dict)  # dataCollectionId -> [movieId]
    corrections: dict = field(default_factory=dict)  # movieId -> motionCorrectionId
    ctfs: dict = field(default_factory=dict)  # motionCorrectionId -> ctfId
    picker: int = None
    classification_group: int = None
    classes: list = field(default_factory=list)


def insert_collection(connection, session_id, count=2, experiment="EM"):
    """Insert a data collection group and ``count`` collections as acquisition software would; return the ids."""
    group = connection.execute(insert(DataCollectionGroup.__table__).values(
        sessionId=session_id, experimentType=experiment, startTime=datetime(2026, 3, 2, 9, 0))).inserted_primary_key[0]
    collections = [connection.execute(insert(DataCollection.__table__).values(
        dataCollectionGroupId=group, imageDirectory=f"/dls/m02/data/2026/bi{session_id}/grid{n}/",
        numberOfImages=40, startTime=datetime(2026, 3, 2, 9, n))).inserted_primary_key[0] for n in range(1, count + 1)]
    return group, collections


def post(client, headers, path, body):
    """POST through the API and return the created row (the test fails on any other answer)."""
    response = client.post(f"{API}{path}", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def build_em_session(client, auth, connection, database, session_id=SESSION, with_classification=True):
    """Create movies, motion corrections and CTF estimations (and a classification on v5.0.0)."""
    headers = auth.headers("boaty", PIPELINE + ("write_data_collections",))
    group, collections = insert_collection(connection, session_id)
    em = EMSession(group, collections)
    for n, dc in enumerate(collections):
        em.movies[dc] = []
        for number in range(1, 4 + n):
            movie = post(client, headers, "/em/movies", {
                "dataCollectionId": dc, "movieNumber": number, "positionX": 12.5 * number, "positionY": -3.0,
                "movieFullPath": f"/dls/m02/data/2026/bi{session_id}/raw/GridSquare_{dc}/movie_{number}.tiff"})
            em.movies[dc].append(movie["movieId"])
            if number == 3:  # the last movie of each collection is not processed yet
                continue
            correction = post(client, headers, "/em/motion_corrections", {
                "movieId": movie["movieId"], "imageNumber": number, "firstFrame": 1, "lastFrame": 50,
                "dosePerFrame": 0.8, "totalMotion": 10.0 + 3 * number + n, "averageMotionPerFrame": 0.2 * number,
                "micrographSnapshotFullPath": f"/dls/m02/processed/mc/{movie['movieId']}.jpg",
                "driftPlotFullPath": f"/dls/m02/processed/mc/{movie['movieId']}_drift.png",
                "patchesUsedX": 5, "patchesUsedY": 5})
            em.corrections[movie["movieId"]] = correction["motionCorrectionId"]
            ctf = post(client, headers, "/em/ctf", {
                "motionCorrectionId": correction["motionCorrectionId"], "estimatedResolution": 3.0 + number / 10,
                "estimatedDefocus": 15000.0 + 1000 * number, "astigmatism": 200.0, "astigmatismAngle": 45.0 + n,
                "ccValue": 0.12, "fftTheoreticalFullPath": f"/dls/m02/processed/ctf/{movie['movieId']}.jpg"})
            em.ctfs[correction["motionCorrectionId"]] = ctf["ctfId"]
    if with_classification and database.schema_version == "v5.0.0":
        first = em.corrections[em.movies[collections[0]][0]]
        em.picker = post(client, headers, "/em/particle_pickers", {
            "firstMotionCorrectionId": first, "particlePickingTemplate": "cryolo_general.h5",
            "particleDiameter": 18.0, "numberOfParticles": 5120,
            "summaryImageFullPath": "/dls/m02/processed/picking/summary.jpg"})["particlePickerId"]
        em.classification_group = post(client, headers, "/em/classification_groups", {
            "particlePickerId": em.picker, "type": "2D", "batchNumber": 1, "numberOfParticlesPerBatch": 5120,
            "numberOfClassesPerBatch": 3, "symmetry": "C1"})["particleClassificationGroupId"]
        for number in range(1, 4):
            em.classes.append(post(client, headers, "/em/classifications", {
                "particleClassificationGroupId": em.classification_group, "classNumber": number,
                "classImageFullPath": f"/dls/m02/processed/class2d/class_{number}.png",
                "particlesPerClass": 1000 * number, "classDistribution": number / 6,
                "estimatedResolution": 8.0 - number,
                "rotationAccuracy": 3.5, "translationAccuracy": 1.2})["particleClassificationId"])
    return em


@pytest.fixture
def em_session(client, auth, db_transaction, database):
    """boaty's EM session 55167 with one group of two collections, movies and their processing."""
    return build_em_session(client, auth, db_transaction, database)
