# SPDX-License-Identifier: LGPL-3.0-or-later
"""EM collections served as CRUD resources, and the checks their writes need.

Acquisition writes movies (``em_admin`` or ``write_data_collections``); processing pipelines
write motion corrections, CTF estimations, particle pickers and classifications
(``em_admin`` or ``write_processing``). Every row must hang off something its writer owns.
"""

from sqlalchemy import select

from pyispyb.app.crud import CrudSpec
from pyispyb.app.exceptions import ValidationFailed
from pyispyb.app.extensions.auth.permissions import EM_ADMIN, WRITE_DATA_COLLECTIONS, WRITE_PROCESSING
from pyispyb.app.extensions.db import db
from pyispyb.em import schemas
from pyispyb.em.models import Movie

WRITE_ACQUISITION = (EM_ADMIN, WRITE_DATA_COLLECTIONS)
WRITE_EM_PROCESSING = (EM_ADMIN, WRITE_PROCESSING)


def require_one_of(*names):
    """Return a write hook refusing rows that set none of ``names`` (they would belong to nobody)."""

    def hook(_user, values, existing):
        merged = {**(existing or {}), **values}
        if all(merged.get(name) is None for name in names):
            message = f"give {' or '.join(names)}: the row must hang off an object you own"
            raise ValidationFailed(message, errors={name: [message] for name in names})
        return values

    return hook


def motion_correction_parent(user, values, existing):
    """Require a movie or a data collection; take the data collection of the movie when only the movie is given."""
    values = require_one_of("movieId", "dataCollectionId")(user, values, existing)
    movie_id = values.get("movieId")
    if movie_id is None:
        return values
    movie_dc = db.session.execute(select(Movie.dataCollectionId).where(Movie.movieId == movie_id)).scalar()
    given = values.get("dataCollectionId")
    if given is not None and movie_dc is not None and given != movie_dc:
        message = f"movie {movie_id} does not belong to data collection {given}"
        raise ValidationFailed(message, errors={"dataCollectionId": [message]})
    if given is None and movie_dc is not None:
        values = {**values, "dataCollectionId": movie_dc}
    return values


MOVIE_SPEC = CrudSpec(schemas.MOVIE, WRITE_ACQUISITION, label="movie")
MOTION_CORRECTION_SPEC = CrudSpec(schemas.MOTION_CORRECTION, WRITE_EM_PROCESSING, label="motion correction",
                                  hooks={"before_write": motion_correction_parent})
CTF_SPEC = CrudSpec(schemas.CTF_ESTIMATION, WRITE_EM_PROCESSING, label="CTF estimation")
PARTICLE_PICKER_SPEC = CrudSpec(schemas.PARTICLE_PICKER, WRITE_EM_PROCESSING, label="particle picker",
                                hooks={"before_write": require_one_of("firstMotionCorrectionId", "programId")})
CLASSIFICATION_GROUP_SPEC = CrudSpec(schemas.CLASSIFICATION_GROUP, WRITE_EM_PROCESSING,
                                     label="particle classification group",
                                     hooks={"before_write": require_one_of("particlePickerId", "programId")})
CLASSIFICATION_SPEC = CrudSpec(schemas.CLASSIFICATION, WRITE_EM_PROCESSING, label="particle classification")
TOMOGRAM_SPEC = CrudSpec(schemas.TOMOGRAM, WRITE_EM_PROCESSING, label="tomogram")
GRID_SQUARE_SPEC = CrudSpec(schemas.GRID_SQUARE, WRITE_ACQUISITION, label="grid square")
FOIL_HOLE_SPEC = CrudSpec(schemas.FOIL_HOLE, WRITE_ACQUISITION, label="foil hole")
