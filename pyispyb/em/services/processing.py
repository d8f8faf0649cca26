# SPDX-License-Identifier: LGPL-3.0-or-later
"""The permissions EM writes need, and the check of a motion correction's parent.

Acquisition writes movies (``em_admin`` or ``write_data_collections``); processing pipelines
write motion corrections, CTF estimations, particle pickers and classifications
(``em_admin`` or ``write_processing``). Every row must hang off something its writer owns: a
motion correction its movie, a CTF estimation its motion correction, a particle picker its first
motion correction, a classification group its picker, a class its group.
"""

from sqlalchemy import select

from pyispyb.kernel.exceptions import ValidationFailed
from pyispyb.kernel.auth.permissions import EM_ADMIN, WRITE_DATA_COLLECTIONS, WRITE_PROCESSING
from pyispyb.kernel.data import db
from pyispyb.models import Movie

WRITE_ACQUISITION = (EM_ADMIN, WRITE_DATA_COLLECTIONS)
WRITE_EM_PROCESSING = (EM_ADMIN, WRITE_PROCESSING)


def motion_correction_parent(_user, values, _existing):
    """Record the movie's data collection with the motion correction (422 if another one is given)."""
    movie_id = values["movieId"]
    movie_dc = db.session.execute(select(Movie.dataCollectionId).where(Movie.movieId == movie_id)).scalar()
    given = values.get("dataCollectionId")
    if given is not None and movie_dc is not None and given != movie_dc:
        message = f"movie {movie_id} does not belong to data collection {given}"
        raise ValidationFailed(message, errors={"dataCollectionId": [message]})
    if given is None and movie_dc is not None:
        values = {**values, "dataCollectionId": movie_dc}
    return values
