# SPDX-License-Identifier: LGPL-3.0-or-later
"""What an SSX sample is made of (``/ssx/samples/{id}/composition``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.ssx.services.samples import sample_composition

ns = Namespace("SSX samples", description="Crystal slurries and their buffers", path="/ssx/samples")


@route(ns, "/<int:sample_id>/composition", answer="The crystal composition and the sample composition, each row with "
       "its component (and component type) and concentration type", errors=(401, 403, 404, 501))
def ssx_sample_composition(user, sample_id):
    """Get what a sample is made of: its crystal's components and its own (buffer...), with concentrations."""
    return sample_composition(user, sample_id)
