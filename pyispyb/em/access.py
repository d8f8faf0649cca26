# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may read and write the cryo-EM tables not served as resources: each reaches a data collection.

The tables served as resources get their scope from their declaration (``pyispyb/em/resources.py``).
"""

from pyispyb import models as m
from pyispyb.kernel.access.scopes import link, register_scope, via

register_scope(m.RelativeIceThickness, via(m.RelativeIceThickness.motionCorrectionId))
register_scope(m.BFactorFit, via(m.BFactorFit.particleClassificationId))
initial_models = m.ParticleClassificationHasCryoemInitialModel
register_scope(initial_models, via(initial_models.particleClassificationId))
register_scope(m.CryoemInitialModel, via(link(m.CryoemInitialModel.cryoemInitialModelId,
                                               initial_models.cryoemInitialModelId)))
register_scope(m.ProcessedTomogram, via(m.ProcessedTomogram.tomogramId))
register_scope(m.TiltImageAlignment, via(m.TiltImageAlignment.movieId, m.TiltImageAlignment.tomogramId))
register_scope(m.Atlas, via(m.Atlas.dataCollectionGroupId))
