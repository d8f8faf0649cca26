# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write each cryo-EM table: every one reaches a data collection through its parents."""

from pyispyb import models as m
from pyispyb.kernel.access.scopes import link, register_scope, via

register_scope(m.Movie, via(m.Movie.dataCollectionId))
register_scope(m.MotionCorrection, via(m.MotionCorrection.movieId))
for model in (m.CTF, m.RelativeIceThickness):
    register_scope(model, via(model.motionCorrectionId))
register_scope(m.ParticlePicker, via(m.ParticlePicker.firstMotionCorrectionId))
register_scope(m.ParticleClassificationGroup, via(m.ParticleClassificationGroup.particlePickerId))
register_scope(m.ParticleClassification, via(m.ParticleClassification.particleClassificationGroupId))
register_scope(m.BFactorFit, via(m.BFactorFit.particleClassificationId))
initial_models = m.ParticleClassificationHasCryoemInitialModel
register_scope(initial_models, via(initial_models.particleClassificationId))
register_scope(m.CryoemInitialModel, via(link(m.CryoemInitialModel.cryoemInitialModelId,
                                               initial_models.cryoemInitialModelId)))
register_scope(m.Tomogram, via(m.Tomogram.dataCollectionId))
register_scope(m.ProcessedTomogram, via(m.ProcessedTomogram.tomogramId))
register_scope(m.TiltImageAlignment, via(m.TiltImageAlignment.movieId, m.TiltImageAlignment.tomogramId))
register_scope(m.Atlas, via(m.Atlas.dataCollectionGroupId))
register_scope(m.GridSquare, via(m.GridSquare.atlasId))
register_scope(m.FoilHole, via(m.FoilHole.gridSquareId))
