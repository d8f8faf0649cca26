# SPDX-License-Identifier: LGPL-3.0-or-later
"""What an SSX sample is made of (``/ssx/samples/{id}/composition``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.ssx.services.samples import sample_composition

ns = Namespace("SSX samples", description="Crystal slurries and their buffers", path="/ssx/samples")


@ns.route("/<int:sample_id>/composition", endpoint="ssx_sample_composition")
class SSXSampleCompositionView(AuthenticatedResource):
    """The composition of a sample."""

    @ns.response(200, "The crystal composition and the sample composition, each row with its component "
                 "(and component type) and concentration type")
    @document_errors(ns, (401, 403, 404, 501))
    def get(self, sample_id):
        """Get what a sample is made of: its crystal's components and its own (buffer...), with concentrations."""
        return sample_composition(current_user(), sample_id)
