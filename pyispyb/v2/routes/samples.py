# SPDX-License-Identifier: LGPL-3.0-or-later
"""``samples``: by proposal name and beamline, with container, crystal, protein and plan; PATCH one."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.models import BLSample
from pyispyb.v2.services import samples
from pyispyb.v2.routes.bodies import body_model, table_fields
from pyispyb.v2.routes.common import PAGING_DOC, json_body, paginated, paging

ns = Namespace("2.x samples", description="Samples with Container, Crystal (Protein) and DiffractionPlan",
               path="/samples")


sample_model = body_model([ns], "SampleChange", table_fields(BLSample))


@ns.route("", endpoint="samples_2x")
class Samples(AuthenticatedResource):
    """The caller's samples."""

    @ns.doc(params={**PAGING_DOC,
                    "proposal": {"in": "query", "type": "string", "description": "proposal name (mx20090662)"},
                    "beamLineName": {"in": "query", "type": "string",
                                     "description": "beamline the sample's container is at"}})
    @ns.response(200, "{total, results, skip, limit}")
    @document_errors(ns, (400, 401, 403))
    def get(self):
        """List the caller's samples of a proposal on a beamline."""
        limit, skip = paging()
        total, rows = samples.list_samples(current_user(), proposal=request.args.get("proposal"),
                                           beamline=request.args.get("beamLineName"), limit=limit, offset=skip)
        return paginated(total, rows, limit, skip)


@ns.route("/<int:sample_id>", endpoint="sample_2x")
class Sample(AuthenticatedResource):
    """One sample."""

    @ns.expect(sample_model)
    @ns.response(200, "The sample")
    @document_errors(ns, (400, 401, 403, 404, 409, 422))
    def patch(self, sample_id):
        """Change columns of a sample of the caller (write_samples); unknown keys are ignored."""
        return samples.update_sample(current_user(), sample_id, json_body())
