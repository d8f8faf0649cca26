# SPDX-License-Identifier: LGPL-3.0-or-later
"""``samples``: by proposal name and beamline, with container, crystal, protein and plan; PATCH one."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.models import BLSample
from pyispyb.v2.services import samples
from pyispyb.v2.routes.bodies import body_model, table_fields
from pyispyb.v2.routes.common import PAGING_DOC, json_body, paginated, paging

ns = Namespace("2.x samples", description="Samples with Container, Crystal (Protein) and DiffractionPlan",
               path="/samples")


sample_model = body_model([ns], "SampleChange", table_fields(BLSample))


@route(ns, "", answer="{total, results, skip, limit}", errors=(400, 401, 403),
       params={**PAGING_DOC,
               "proposal": {"in": "query", "type": "string", "description": "proposal name (mx20090662)"},
               "beamLineName": {"in": "query", "type": "string",
                                "description": "beamline the sample's container is at"}})
def samples_2x(user):
    """List the caller's samples of a proposal on a beamline."""
    limit, skip = paging()
    total, rows = samples.list_samples(user, proposal=request.args.get("proposal"),
                                       beamline=request.args.get("beamLineName"), limit=limit, offset=skip)
    return paginated(total, rows, limit, skip)


@route(ns, "/<int:sample_id>", "PATCH", answer="The sample", body=sample_model, errors=(400, 401, 403, 404, 409, 422))
def sample_2x(user, sample_id):
    """Change columns of a sample of the caller (write_samples); unknown keys are ignored."""
    return samples.update_sample(user, sample_id, json_body())
