# SPDX-License-Identifier: LGPL-3.0-or-later
"""Which file an EM image route serves: the recorded path, once ownership is checked."""

from sqlalchemy import select

from pyispyb.kernel.data import crud
from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.data import db
from pyispyb.kernel.data.queries import require_columns
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup
from pyispyb.models import CTF, MotionCorrection
from pyispyb.em.resources import MOVIES

MOVIE_IMAGES = {
    "micrograph": (MotionCorrection, "micrographSnapshotFullPath"),
    "drift": (MotionCorrection, "driftPlotFullPath"),
    "ctf": (CTF, "fftTheoreticalFullPath"),
}


def item_file(resource, user, key, column):
    """Return the path recorded in ``column`` of a declared table's row the user may see (404/403 as for the row)."""
    require_columns(resource.model, [column])
    return crud.get_item(resource, user, key)[column]


def movie_file(user, movie_id, image, data_collection_id=None, proposal_id=None):
    """Return the path of a movie's image: its latest motion correction's micrograph or drift plot, or CTF spectrum.

    ``data_collection_id`` and ``proposal_id`` (legacy paths) must be the movie's, else 404.
    """
    model, column = MOVIE_IMAGES[image]
    require_columns(model, [column])
    movie = crud.get_item(MOVIES, user, movie_id)
    if data_collection_id is not None and movie["dataCollectionId"] != data_collection_id:
        raise NotFound(f"movie {movie_id} is not in data collection {data_collection_id}")
    if proposal_id is not None:
        owner = db.session.execute(
            select(BLSession.proposalId)
            .join(DataCollectionGroup, DataCollectionGroup.sessionId == BLSession.sessionId)
            .join(DataCollection, DataCollection.dataCollectionGroupId == DataCollectionGroup.dataCollectionGroupId)
            .where(DataCollection.dataCollectionId == movie["dataCollectionId"])).scalar()
        if owner != proposal_id:
            raise NotFound(f"movie {movie_id} is not in proposal {proposal_id}")
    path_column = getattr(model, column)
    stmt = (select(path_column).select_from(MotionCorrection)
            .where(MotionCorrection.movieId == movie_id)
            .order_by(MotionCorrection.motionCorrectionId.desc()))
    if model is CTF:
        stmt = stmt.join(CTF, CTF.motionCorrectionId == MotionCorrection.motionCorrectionId).order_by(CTF.ctfId.desc())
    path = db.session.execute(stmt.where(path_column.isnot(None)).limit(1)).scalar()
    if path is None:
        raise NotFound(f"movie {movie_id} has no {image} image recorded")
    return path
