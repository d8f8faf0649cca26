# SPDX-License-Identifier: LGPL-3.0-or-later
"""Rows of the Java-ISPyB EM routes (the ESRF ``v_em_movie``, ``v_em_stats`` and ``v_em_classification`` keys),
computed from the base tables of the site's schema.

Keys whose value the schema does not record are present with ``null``. Where the schema
records the same fact differently the value is mapped: the micrograph snapshot of a movie
is its motion correction's, the CTF spectrum is ``CTF.fftTheoreticalFullPath``, the
resolution limit is ``CTF.estimatedResolution``, defocus U/V are the estimated defocus
plus and minus half the astigmatism, the angle is the astigmatism angle.
"""

from sqlalchemy import func, literal, null, select

from pyispyb.kernel import access
from pyispyb.kernel.data import db, require_tables
from pyispyb.kernel.data.queries import column_or_null, fetch_dicts
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup
from pyispyb.models import (CTF, MotionCorrection, Movie, ParticleClassification, ParticleClassificationGroup,
                               ParticlePicker)
from pyispyb.em.services.reach import to_motion_corrections
from pyispyb.em.services.stats import statistics
from pyispyb.legacy.services.groups import session_group_rows

MC, DC, DCG = MotionCorrection, DataCollection, DataCollectionGroup
MOVIE_KEYS = (
    ("Movie_movieId", Movie, "movieId"), ("Movie_dataCollectionId", Movie, "dataCollectionId"),
    ("Movie_movieNumber", Movie, "movieNumber"), ("Movie_movieFullPath", Movie, "movieFullPath"),
    ("Movie_positionX", Movie, "positionX"), ("Movie_positionY", Movie, "positionY"),
    ("Movie_micrographFullPath", MC, "micrographFullPath"),
    ("Movie_micrographSnapshotFullPath", MC, "micrographSnapshotFullPath"),
    ("Movie_xmlMetaDataFullPath", None, None), ("Movie_dosePerImage", MC, "dosePerFrame"),
    ("Movie_createdTimeStamp", Movie, "createdTimeStamp"),
    ("MotionCorrection_motionCorrectionId", MC, "motionCorrectionId"), ("MotionCorrection_movieId", MC, "movieId"),
    ("MotionCorrection_firstFrame", MC, "firstFrame"), ("MotionCorrection_lastFrame", MC, "lastFrame"),
    ("MotionCorrection_dosePerFrame", MC, "dosePerFrame"), ("MotionCorrection_doseWeight", MC, "doseWeight"),
    ("MotionCorrection_totalMotion", MC, "totalMotion"),
    ("MotionCorrection_averageMotionPerFrame", MC, "averageMotionPerFrame"),
    ("MotionCorrection_driftPlotFullPath", MC, "driftPlotFullPath"),
    ("MotionCorrection_micrographFullPath", MC, "micrographFullPath"),
    ("MotionCorrection_micrographSnapshotFullPath", MC, "micrographSnapshotFullPath"),
    ("MotionCorrection_correctedDoseMicrographFullPath", None, None),
    ("MotionCorrection_patchesUsed", MC, "patchesUsedX"), ("MotionCorrection_logFileFullPath", None, None),
    ("CTF_CTFid", CTF, "ctfId"), ("CTF_motionCorrectionId", CTF, "motionCorrectionId"),
    ("CTF_spectraImageThumbnailFullPath", CTF, "fftTheoreticalFullPath"),
    ("CTF_spectraImageFullPath", CTF, "fftTheoreticalFullPath"),
    ("CTF_defocusU", None, None), ("CTF_defocusV", None, None), ("CTF_angle", CTF, "astigmatismAngle"),
    ("CTF_crossCorrelationCoefficient", CTF, "ccValue"), ("CTF_resolutionLimit", CTF, "estimatedResolution"),
    ("CTF_estimatedBfactor", None, None), ("CTF_logFilePath", None, None), ("CTF_createdTimeStamp", None, None),
    ("Proposal_proposalId", BLSession, "proposalId"), ("BLSession_sessionId", BLSession, "sessionId"),
)
STATS_KEYS = (
    ("proposalId", BLSession, "proposalId"), ("sessionId", BLSession, "sessionId"),
    ("imageDirectory", DC, "imageDirectory"), ("movieId", Movie, "movieId"), ("movieNumber", Movie, "movieNumber"),
    ("createdTimeStamp", Movie, "createdTimeStamp"), ("motionCorrectionId", MC, "motionCorrectionId"),
    ("dataCollectionId", DC, "dataCollectionId"), ("totalMotion", MC, "totalMotion"),
    ("averageMotionPerFrame", MC, "averageMotionPerFrame"), ("lastFrame", MC, "lastFrame"),
    ("dosePerFrame", MC, "dosePerFrame"), ("defocusU", None, None), ("defocusV", None, None),
    ("resolutionLimit", CTF, "estimatedResolution"), ("estimatedBfactor", None, None),
    ("angle", CTF, "astigmatismAngle"),
)
CLASSIFICATION_KEYS = (
    ("proposalId", BLSession, "proposalId"), ("sessionId", BLSession, "sessionId"),
    ("imageDirectory", DC, "imageDirectory"), ("particlePickerId", ParticlePicker, "particlePickerId"),
    ("numberOfParticles", ParticlePicker, "numberOfParticles"),
    ("particleClassificationGroupId", ParticleClassification, "particleClassificationGroupId"),
    ("particleClassificationId", ParticleClassification, "particleClassificationId"),
) + tuple((name, ParticleClassification, name) for name in (
    "classNumber", "classImageFullPath", "particlesPerClass", "classDistribution", "rotationAccuracy",
    "translationAccuracy", "estimatedResolution", "overallFourierCompleteness"))
DEFOCUS = (CTF.estimatedDefocus.label("_defocus"), CTF.astigmatism.label("_astigmatism"))


def _columns(keys):
    return [column_or_null(model, name, key) if model is not None else null().label(key)
            for key, model, name in keys]


def _with_defocus(rows, u_key, v_key):
    """Replace the internal defocus columns of each row by defocus U and V."""
    for row in rows:
        defocus, astigmatism = row.pop("_defocus"), row.pop("_astigmatism")
        half = (astigmatism or 0) / 2
        row[u_key] = None if defocus is None else defocus + half
        row[v_key] = None if defocus is None else defocus - half
    return rows


def _to_session(start):
    return start.join(DCG, DCG.dataCollectionGroupId == DC.dataCollectionGroupId).join(
        BLSession, BLSession.sessionId == DCG.sessionId)


def _page(stmt, order, limit, offset):
    """Return ``(total, rows)`` of a select, counted and then paged in a stable order."""
    sub = stmt.subquery()
    total = db.session.execute(select(func.count(literal(1))).select_from(sub)).scalar_one()
    rows = fetch_dicts(select(sub).order_by(*[sub.c[name] for name in order]).limit(limit).offset(offset))
    return total, rows


def _of_proposal(proposal_id):
    """The clause keeping the rows of one proposal; none when the path named no known proposal (1.x)."""
    return [] if proposal_id is None else [BLSession.proposalId == proposal_id]


def movie_rows(user, proposal_id, dc_id, limit, offset):
    """Movies of a data collection with their motion corrections and CTF estimations (``v_em_movie`` rows)."""
    require_tables(Movie, MC, CTF)
    access.ensure_visible(user, DC, DC.dataCollectionId, dc_id)
    start = (Movie.__table__.join(MC, MC.movieId == Movie.movieId, isouter=True)
             .join(CTF, CTF.motionCorrectionId == MC.motionCorrectionId, isouter=True)
             .join(DC, DC.dataCollectionId == Movie.dataCollectionId))
    stmt = (select(*_columns(MOVIE_KEYS), *DEFOCUS).select_from(_to_session(start))
            .where(Movie.dataCollectionId == dc_id, *_of_proposal(proposal_id)))
    total, rows = _page(stmt, ["Movie_movieId", "MotionCorrection_motionCorrectionId", "CTF_CTFid"], limit, offset)
    return total, _with_defocus(rows, "CTF_defocusU", "CTF_defocusV")


def session_stats_rows(user, proposal_id, session_id, limit, offset):
    """One row per motion-corrected, CTF-estimated movie of a session (``v_em_stats`` rows)."""
    require_tables(Movie, MC, CTF)
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    start = (Movie.__table__.join(MC, MC.movieId == Movie.movieId)
             .join(CTF, CTF.motionCorrectionId == MC.motionCorrectionId)
             .join(DC, DC.dataCollectionId == Movie.dataCollectionId))
    stmt = (select(*_columns(STATS_KEYS), CTF.ctfId.label("_ctf"), *DEFOCUS).select_from(_to_session(start))
            .where(DCG.sessionId == session_id, *_of_proposal(proposal_id)))
    total, rows = _page(stmt, ["movieId", "motionCorrectionId", "_ctf"], limit, offset)
    for row in rows:
        del row["_ctf"]
    return total, _with_defocus(rows, "defocusU", "defocusV")


def classification_rows(user, proposal_id, session_id, limit, offset):
    """2D/3D classes of the particles picked in a session (``v_em_classification`` rows)."""
    require_tables(ParticlePicker, ParticleClassificationGroup, ParticleClassification)
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    group = ParticleClassificationGroup
    source = (to_motion_corrections(_to_session(DC.__table__))
              .join(ParticlePicker, ParticlePicker.firstMotionCorrectionId == MC.motionCorrectionId)
              .join(group, group.particlePickerId == ParticlePicker.particlePickerId)
              .join(ParticleClassification,
                    ParticleClassification.particleClassificationGroupId == group.particleClassificationGroupId))
    stmt = (select(*_columns(CLASSIFICATION_KEYS)).select_from(source)
            .where(DCG.sessionId == session_id, *_of_proposal(proposal_id)))
    return _page(stmt, ["particleClassificationId"], limit, offset)


def group_rows_with_stats(user, proposal_id, session_id, limit, offset):
    """Data collection group rows of a session (Java shape), each with ``stats``: the EM counts of its collections."""
    require_tables(Movie, MC, CTF)
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    total = db.session.execute(
        select(func.count(DCG.dataCollectionGroupId))
        .join(BLSession, BLSession.sessionId == DCG.sessionId)
        .where(DCG.sessionId == session_id, *_of_proposal(proposal_id))).scalar_one()
    rows = session_group_rows(user, proposal_id, [session_id], limit=limit, offset=offset)
    groups = [row["DataCollectionGroup_dataCollectionGroupId"] for row in rows]
    pairs = db.session.execute(select(DC.dataCollectionGroupId, DC.dataCollectionId)
                               .where(DC.dataCollectionGroupId.in_(groups)).order_by(DC.dataCollectionId)).all()
    counts = {row["dataCollectionId"]: row for row in statistics("dataCollectionId", [dc for _, dc in pairs])}
    for row in rows:
        group = row["DataCollectionGroup_dataCollectionGroupId"]
        row["stats"] = [{"dataCollectionId": dc, "movieCount": counts[dc]["movieCount"],
                         "motionCorrectionCount": counts[dc]["motionCorrectionCount"],
                         "ctfCorrectionCount": counts[dc]["ctfCount"]} for g, dc in pairs if g == group]
    return total, rows
