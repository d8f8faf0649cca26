# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET proposals``: the caller's proposals, by id or searched name."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
from pyispyb.v2.services import proposals
from pyispyb.v2.routes.common import PAGING_DOC, paginated, paging, query_number

ns = Namespace("2.x proposals", description="Proposals with their name (code + number)", path="/proposals")


@ns.route("", endpoint="proposals_2x")
class Proposals(AuthenticatedResource):
    """The caller's proposals."""

    @ns.doc(params={**PAGING_DOC,
                    "proposalId": {"in": "query", "type": "integer", "description": "one proposal"},
                    "search": {"in": "query", "type": "string", "description": "name (mx20090662) or text"}})
    @ns.response(200, "{total, results, skip, limit}")
    @document_errors(ns, (400, 401, 403))
    def get(self):
        """List the proposals the caller may read, newest first."""
        limit, skip = paging()
        total, rows = proposals.list_proposals(current_user(), proposal_id=query_number("proposalId"),
                                               search=request.args.get("search"), limit=limit, offset=skip)
        return paginated(total, rows, limit, skip)
