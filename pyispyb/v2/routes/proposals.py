# SPDX-License-Identifier: LGPL-3.0-or-later
"""``GET proposals``: the caller's proposals, by id or searched name."""

from flask import request
from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.v2.services import proposals
from pyispyb.v2.routes.common import PAGING_DOC, paginated, paging, query_number

ns = Namespace("2.x proposals", description="Proposals with their name (code + number)", path="/proposals")


@route(ns, "", answer="{total, results, skip, limit}", errors=(400, 401, 403),
       params={**PAGING_DOC, "proposalId": {"in": "query", "type": "integer", "description": "one proposal"},
               "search": {"in": "query", "type": "string", "description": "name (mx20090662) or text"}})
def proposals_2x(user):
    """List the proposals the caller may read, newest first."""
    limit, skip = paging()
    total, rows = proposals.list_proposals(user, proposal_id=query_number("proposalId"),
                                           search=request.args.get("search"), limit=limit, offset=skip)
    return paginated(total, rows, limit, skip)
