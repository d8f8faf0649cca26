# SPDX-License-Identifier: LGPL-3.0-or-later
"""How EM rows hang off data collections: selection by collection, group or session.

Movies and tomograms name their data collection; motion corrections their movie; CTF and
particle picking hang off motion corrections; classifications off particle
pickers; grid squares off the atlas of a data collection group. Each selection is a chain of
``IN (SELECT ...)`` on indexed columns, which the database runs from the data collection side.
"""

from sqlalchemy import select

from pyispyb.kernel.http.listing import int_params
from pyispyb.models import DataCollection, DataCollectionGroup
from pyispyb.models import (CTF, Atlas, FoilHole, GridSquare, MotionCorrection, Movie, ParticleClassification,
                               ParticleClassificationGroup, ParticlePicker, Tomogram)

SELECTORS = {
    "dataCollectionId": "data collection id (repeat for any of)",
    "dataCollectionGroupId": "data collection group id (repeat for any of)",
    "sessionId": "session id (repeat for any of)",
}


def collections_of(dc_ids=(), group_ids=(), session_ids=()):
    """Select the ids of the data collections matching every non-empty list of ids."""
    stmt = select(DataCollection.dataCollectionId)
    if dc_ids:
        stmt = stmt.where(DataCollection.dataCollectionId.in_(dc_ids))
    if group_ids:
        stmt = stmt.where(DataCollection.dataCollectionGroupId.in_(group_ids))
    if session_ids:
        groups = select(DataCollectionGroup.dataCollectionGroupId).where(DataCollectionGroup.sessionId.in_(session_ids))
        stmt = stmt.where(DataCollection.dataCollectionGroupId.in_(groups))
    return stmt


def _ids(column, dcs):
    return select(column).where(reach_clause(column.table, dcs))


REACH = {
    Movie.__table__: lambda dcs: Movie.dataCollectionId.in_(dcs),
    Tomogram.__table__: lambda dcs: Tomogram.dataCollectionId.in_(dcs),
    MotionCorrection.__table__: lambda dcs: MotionCorrection.movieId.in_(_ids(Movie.movieId, dcs)),
    CTF.__table__: lambda dcs: CTF.motionCorrectionId.in_(_ids(MotionCorrection.motionCorrectionId, dcs)),
    ParticlePicker.__table__: lambda dcs: ParticlePicker.firstMotionCorrectionId.in_(
        _ids(MotionCorrection.motionCorrectionId, dcs)),
    ParticleClassificationGroup.__table__: lambda dcs: ParticleClassificationGroup.particlePickerId.in_(
        _ids(ParticlePicker.particlePickerId, dcs)),
    ParticleClassification.__table__: lambda dcs: ParticleClassification.particleClassificationGroupId.in_(
        _ids(ParticleClassificationGroup.particleClassificationGroupId, dcs)),
    Atlas.__table__: lambda dcs: Atlas.dataCollectionGroupId.in_(
        select(DataCollection.dataCollectionGroupId).where(DataCollection.dataCollectionId.in_(dcs))),
    GridSquare.__table__: lambda dcs: GridSquare.atlasId.in_(_ids(Atlas.atlasId, dcs)),
    FoilHole.__table__: lambda dcs: FoilHole.gridSquareId.in_(_ids(GridSquare.gridSquareId, dcs)),
}


def reach_clause(table, dcs):
    """Return a WHERE clause keeping the rows of ``table`` that belong to the data collections ``dcs`` selects."""
    return REACH[table](dcs)


def to_motion_corrections(start):
    """Join ``start`` (which holds DataCollection) to its movies and their motion corrections."""
    return start.join(Movie, Movie.dataCollectionId == DataCollection.dataCollectionId).join(
        MotionCorrection, MotionCorrection.movieId == Movie.movieId)


class CollectionFilters:
    """List parameters selecting EM rows by data collection, group or session, through the tables between."""

    def __init__(self, model):
        self.table = model.__table__
        self.params = {name: {"description": text, "in": "query", "type": "integer"}
                       for name, text in SELECTORS.items()}

    def clauses(self, args):
        """Return the WHERE clauses of the selectors present in ``args``."""
        lists = {name: int_params(args, name) for name in SELECTORS}
        if not any(lists.values()):
            return []
        dcs = collections_of(lists["dataCollectionId"], lists["dataCollectionGroupId"], lists["sessionId"])
        return [reach_clause(self.table, dcs)]
