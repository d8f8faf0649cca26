# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of the EM resources, derived from the generated models."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import (CTF, FoilHole, GridSquare, MotionCorrection, Movie, ParticleClassification,
                               ParticleClassificationGroup, ParticlePicker, Tomogram)

MOVIE = model_schemas(Movie, name="Movie", required=("dataCollectionId",))
MOTION_CORRECTION = model_schemas(MotionCorrection, name="MotionCorrection", required=("movieId",))
CTF_ESTIMATION = model_schemas(CTF, name="CTF", required=("motionCorrectionId",))
PARTICLE_PICKER = model_schemas(ParticlePicker, name="ParticlePicker", required=("firstMotionCorrectionId",))
CLASSIFICATION_GROUP = model_schemas(ParticleClassificationGroup, name="ParticleClassificationGroup",
                                     required=("particlePickerId",))
CLASSIFICATION = model_schemas(ParticleClassification, name="ParticleClassification",
                               required=("particleClassificationGroupId",))
TOMOGRAM = model_schemas(Tomogram, name="Tomogram")
GRID_SQUARE = model_schemas(GridSquare, name="GridSquare")
FOIL_HOLE = model_schemas(FoilHole, name="FoilHole")
