# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX statistics of a session: collections, images, and hits where per-image analysis is recorded.

ISPyB records no hit flag: a hit is an image whose ``ImageQualityIndicators`` row counts at
least ``minimum_spots`` Bragg candidates (``goodBraggCandidates``), the usual spot-finding
criterion of serial crystallography.
"""

from sqlalchemy import case, func, literal, select

from pyispyb.kernel import access
from pyispyb.kernel.data import db, require_tables
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup, ImageQualityIndicators
from pyispyb.models import SSXDataCollection

DEFAULT_HIT_SPOTS = 20


def session_statistics(user, session_id, minimum_spots=DEFAULT_HIT_SPOTS):
    """Return the SSX counts of a session the user may read (two queries after the ownership check)."""
    require_tables(SSXDataCollection)
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    source = (DataCollection.__table__
              .join(SSXDataCollection, SSXDataCollection.dataCollectionId == DataCollection.dataCollectionId)
              .join(DataCollectionGroup,
                    DataCollectionGroup.dataCollectionGroupId == DataCollection.dataCollectionGroupId))
    of_session = DataCollectionGroup.sessionId == session_id
    groups, collections, images = db.session.execute(
        select(func.count(func.distinct(DataCollectionGroup.dataCollectionGroupId)),
               func.count(DataCollection.dataCollectionId), func.sum(DataCollection.numberOfImages))
        .select_from(source).where(of_session)).one()
    iqi = ImageQualityIndicators
    analysed, hits = db.session.execute(
        select(func.count(literal(1)), func.sum(case((iqi.goodBraggCandidates >= minimum_spots, 1), else_=0)))
        .select_from(source.join(iqi, iqi.dataCollectionId == DataCollection.dataCollectionId))
        .where(of_session)).one()
    return {
        "sessionId": session_id, "dataCollectionGroupCount": groups, "dataCollectionCount": collections,
        "numberOfImages": int(images or 0), "analysedImages": analysed, "hits": int(hits or 0),
        "hitRate": (int(hits or 0) / analysed) if analysed else None, "hitMinimumSpots": minimum_spots,
    }
