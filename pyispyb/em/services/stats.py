# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM statistics per session, data collection group or data collection, aggregated in SQL.

Four queries at most (movies, motion corrections, CTF estimations, ice thickness) whatever
the number of sessions, groups or collections asked for: each groups its rows by the key.
Motion corrections are counted through their movies, as the Java ``v_em_stats`` view did.
"""

from sqlalchemy import func, select

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data import db, require_tables, schema_info
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup
from pyispyb.models import CTF, MotionCorrection, Movie, RelativeIceThickness
from pyispyb.em.services.reach import to_motion_corrections

KEYS = {
    "sessionId": DataCollectionGroup.sessionId,
    "dataCollectionGroupId": DataCollection.dataCollectionGroupId,
    "dataCollectionId": DataCollection.dataCollectionId,
}
EMPTY = {"movieCount": 0, "motionCorrectionCount": 0, "ctfCount": 0, "averageTotalMotion": None,
         "averageMotionPerFrame": None, "averageResolution": None, "averageDefocus": None,
         "averageAstigmatism": None, "averageIceThickness": None}


def _start():
    return DataCollection.__table__.join(
        DataCollectionGroup, DataCollectionGroup.dataCollectionGroupId == DataCollection.dataCollectionGroupId)


def _aggregate(stats, key, keys, source, names, measures):
    """Run one grouped query over ``source`` and store its ``measures`` under ``names`` in each key's row."""
    stmt = select(key, *measures).select_from(source).where(key.in_(keys)).group_by(key)
    for row in db.session.execute(stmt):
        stats[row[0]].update(zip(names, row[1:], strict=True))


def statistics(by, keys):
    """Return one statistics row per key (in the order given) for ``by`` in :data:`KEYS`."""
    require_tables(Movie, MotionCorrection, CTF)
    key = KEYS[by]
    stats = {k: {by: k, **EMPTY} for k in keys}
    if not keys:
        return []
    movies = _start().join(Movie, Movie.dataCollectionId == DataCollection.dataCollectionId)
    _aggregate(stats, key, keys, movies, ["movieCount"], [func.count(Movie.movieId)])
    corrections = to_motion_corrections(_start())
    _aggregate(stats, key, keys, corrections, ["motionCorrectionCount", "averageTotalMotion", "averageMotionPerFrame"],
               [func.count(MotionCorrection.motionCorrectionId), func.avg(MotionCorrection.totalMotion),
                func.avg(MotionCorrection.averageMotionPerFrame)])
    ctf = corrections.join(CTF, CTF.motionCorrectionId == MotionCorrection.motionCorrectionId)
    _aggregate(stats, key, keys, ctf, ["ctfCount", "averageResolution", "averageDefocus", "averageAstigmatism"],
               [func.count(CTF.ctfId), func.avg(CTF.estimatedResolution), func.avg(CTF.estimatedDefocus),
                func.avg(CTF.astigmatism)])
    if schema_info().has_table(RelativeIceThickness.__tablename__):
        ice = corrections.join(RelativeIceThickness,
                               RelativeIceThickness.motionCorrectionId == MotionCorrection.motionCorrectionId)
        _aggregate(stats, key, keys, ice, ["averageIceThickness"], [func.avg(RelativeIceThickness.median)])
    return [stats[k] for k in keys]


def session_statistics(user, session_id):
    """Statistics of one session the user may read."""
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    return statistics("sessionId", [session_id])[0]


def group_statistics(user, group_id):
    """Statistics of one data collection group the user may read."""
    access.ensure_visible(user, DataCollectionGroup, DataCollectionGroup.dataCollectionGroupId, group_id)
    return statistics("dataCollectionGroupId", [group_id])[0]


def session_group_statistics(user, session_id, limit, offset):
    """Return ``(total, rows)``: statistics of a page of the session's data collection groups (by id)."""
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    group_id = DataCollectionGroup.dataCollectionGroupId
    of_session = DataCollectionGroup.sessionId == session_id
    total = db.session.execute(select(func.count(group_id)).where(of_session)).scalar_one()
    page = db.session.execute(select(group_id).where(of_session).order_by(group_id).limit(limit).offset(offset))
    return total, statistics("dataCollectionGroupId", list(page.scalars()))


def parse_id_list(text, max_ids):
    """Parse a comma-separated list of ids (``12,15,17``): each must be a positive integer; duplicates dropped."""
    ids = []
    for part in text.split(","):
        part = part.strip()
        if not is_integer_text(part) or not 0 < int(part) < 2**32:
            raise BadRequest(f"{part!r} is not a valid id: give comma-separated positive integers")
        if int(part) not in ids:
            ids.append(int(part))
    if len(ids) > max_ids:
        raise BadRequest(f"at most {max_ids} ids at a time")
    return ids


def collection_statistics(user, ids):
    """Statistics of each data collection of ``ids`` (all must be the user's)."""
    access.ensure_all_visible(user, DataCollection, DataCollection.dataCollectionId, ids)
    return statistics("dataCollectionId", ids)
