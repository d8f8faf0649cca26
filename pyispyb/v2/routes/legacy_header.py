# SPDX-License-Identifier: LGPL-3.0-or-later
"""py-ispyb 2.x's legacy routes with the token in the ``Authorization`` header (ispyb-client calls them).

The same rows as the legacy routes with the token in the path: Java's session, proposal and group
rows, and the EM movie, statistics and classification rows. ``{proposal_id}`` is a proposal name
or id; one that names no known proposal is ignored (access is checked on the session, collection or
movie itself), as py-ispyb did.
"""

from flask import current_app
from flask_restx import Namespace

from pyispyb.kernel.http.routing import route
from pyispyb.kernel.files import send_data_file
from pyispyb import models as m
from pyispyb.em.services import legacy_rows, stats
from pyispyb.em.services.images import movie_file
from pyispyb.legacy.services import groups, proposals, sessions
from pyispyb.legacy.services.common import readable_proposal_id
from pyispyb.legacy.routes.base import PAGING_DOC, page

ns = Namespace("2.x legacy (header token)", description="Legacy rows for a Bearer token in the header",
               path="/legacy")
em_ns = Namespace("2.x legacy EM (header token)", description="Legacy EM rows, statistics and images for a "
                  "Bearer token", path="/legacy")

ERRORS = (400, 401, 403, 404)
EM_ERRORS = (400, 401, 403, 404, 501)


@route(ns, "/proposals", answer="Proposal_* rows", errors=ERRORS, params=PAGING_DOC)
def legacy_header_proposals(user):
    """List the caller's proposals (all for all_proposals): Proposal_* rows."""
    limit, offset = page()
    return proposals.proposal_rows(user, limit=limit, offset=offset)


@route(ns, "/proposals/<string:proposal_id>", errors=ERRORS,
       answer="[{proposal, proteins, crystals, ...}], or [] for an unknown proposal")
def legacy_header_proposal(user, proposal_id):
    """Describe a proposal (name or id) as Java's info/get."""
    found = readable_proposal_id(user, proposal_id, "proposal")
    return [] if found is None else proposals.proposal_description(user, found)


@route(ns, "/sessions", answer="Session rows (43 keys)", errors=ERRORS, params=PAGING_DOC)
def legacy_header_sessions(user):
    """List the caller's sessions (all for all_sessions) with their counts."""
    limit, offset = page()
    return sessions.session_rows(user, limit=limit, offset=offset)


@route(ns, "/sessions/proposal/<string:proposal_id>", answer="Session rows (43 keys), or [] for an unknown proposal",
       errors=ERRORS, params=PAGING_DOC)
def legacy_header_proposal_sessions(user, proposal_id):
    """List the sessions of a proposal (name or id), newest first."""
    found = readable_proposal_id(user, proposal_id, "session")
    if found is None:
        return []
    limit, offset = page()
    return sessions.session_rows(user, [m.BLSession.proposalId == found], limit=limit, offset=offset)


@route(ns, "/sessions/date/<string:start_date>/<string:end_date>", answer="Session rows (43 keys)", errors=ERRORS,
       params={**PAGING_DOC, "start_date": "first day, YYYYMMDD", "end_date": "last day, YYYYMMDD"})
def legacy_header_sessions_by_date(user, start_date, end_date):
    """List the caller's sessions overlapping [start_date, end_date]."""
    window = sessions.overlap_clause(sessions.parse_day(start_date), sessions.parse_day(end_date))
    limit, offset = page()
    return sessions.session_rows(user, [window], limit=limit, offset=offset)


@route(ns, "/data_collections/groups/session/<int:session_id>",
       answer="Group rows (v_datacollection_summary keys and aggregates)", errors=ERRORS, params=PAGING_DOC)
def legacy_header_session_groups(user, session_id):
    """List the data collection groups of a session, newest first."""
    limit, offset = page()
    return groups.session_group_rows(user, None, [session_id], limit=limit, offset=offset)


def em_rows(fetch, user, proposal, key):
    """Answer the rows of a legacy EM fetch; a proposal path value naming no known proposal is ignored."""
    limit, offset = page()
    proposal_id = readable_proposal_id(user, proposal, "session") if proposal is not None else None
    return fetch(user, proposal_id, key, limit, offset)[1]


@route(em_ns, "/em/session/<int:session_id>/stats", answer="Stats rows (v_em_stats keys)", errors=EM_ERRORS,
       params=PAGING_DOC)
def legacy_header_em_session_stats(user, session_id):
    """List the motion correction and CTF values of every processed movie of a session."""
    return em_rows(legacy_rows.session_stats_rows, user, None, session_id)


@route(em_ns, "/em/session/<int:session_id>/classification", errors=EM_ERRORS, params=PAGING_DOC,
       answer="Classification rows (v_em_classification keys); other query parameters are ignored")
def legacy_header_em_classification(user, session_id):
    """List the 2D/3D classes of the particles picked in a session."""
    return em_rows(legacy_rows.classification_rows, user, None, session_id)


@route(em_ns, "/em/proposal/<string:proposal_id>/session/<int:session_id>/data_collections/groups",
       answer="Group rows, each with its stats list", errors=EM_ERRORS, params=PAGING_DOC)
def legacy_header_em_session_groups(user, proposal_id, session_id):
    """List the data collection groups of a session with the EM counts of their collections."""
    return em_rows(legacy_rows.group_rows_with_stats, user, proposal_id, session_id)


@route(em_ns, "/em/proposal/<string:proposal_id>/datacollection/<int:datacollection_id>/movies",
       answer="Movie rows (v_em_movie keys)", errors=EM_ERRORS, params=PAGING_DOC)
def legacy_header_em_movies(user, proposal_id, datacollection_id):
    """List the movies of a data collection with their motion correction and CTF values."""
    return em_rows(legacy_rows.movie_rows, user, proposal_id, datacollection_id)


MOVIE = "/em/proposal/<string:proposal_id>/movie/<int:movie_id>"


def movie_image(user, proposal_id, movie_id, image):
    """Send an image of a movie (a proposal naming no known proposal is ignored)."""
    return send_data_file(movie_file(user, movie_id, image, None, readable_proposal_id(user, proposal_id, "session")))


@route(em_ns, f"{MOVIE}/thumbnail", answer="The image", errors=EM_ERRORS)
def legacy_header_em_thumbnail(user, proposal_id, movie_id):
    """Get the micrograph snapshot of a movie."""
    return movie_image(user, proposal_id, movie_id, "micrograph")


@route(em_ns, f"{MOVIE}/thumbnail/motioncorrection", answer="The image", errors=EM_ERRORS)
def legacy_header_em_mc_thumbnail(user, proposal_id, movie_id):
    """Get the motion-corrected micrograph of a movie."""
    return movie_image(user, proposal_id, movie_id, "micrograph")


@route(em_ns, f"{MOVIE}/thumbnail/ctf", answer="The image", errors=EM_ERRORS)
def legacy_header_em_ctf_thumbnail(user, proposal_id, movie_id):
    """Get the CTF spectrum image of a movie."""
    return movie_image(user, proposal_id, movie_id, "ctf")


@route(em_ns, f"{MOVIE}/plot/motioncorrectiondrift", answer="The image", errors=EM_ERRORS)
def legacy_header_em_drift(user, proposal_id, movie_id):
    """Get the drift plot of a movie."""
    return movie_image(user, proposal_id, movie_id, "drift")


# py-ispyb had the data collection and group statistics twice: under /legacy and under /legacy/em.
COLLECTIONS_STATS = "/proposal/<string:proposal_id>/data_collections/<string:data_collections_ids>/stats"
GROUP_STATS = "/proposal/<string:proposal_id>/data_collections_group/<int:data_collections_group_id>/stats"


@route(em_ns, COLLECTIONS_STATS, answer="Statistics", errors=EM_ERRORS, endpoint="legacy_header_plain_collection_stats")
@route(em_ns, f"/em{COLLECTIONS_STATS}", answer="Statistics", errors=EM_ERRORS)
def legacy_header_em_collection_stats(user, proposal_id, data_collections_ids):
    """Get the EM statistics of each of the given data collections (comma-separated ids)."""
    ids = stats.parse_id_list(data_collections_ids, current_app.config["PAGINATION_MAX_LIMIT"])
    return stats.collection_statistics(user, ids)


@route(em_ns, GROUP_STATS, answer="Statistics", errors=EM_ERRORS, endpoint="legacy_header_plain_group_stats")
@route(em_ns, f"/em{GROUP_STATS}", answer="Statistics", errors=EM_ERRORS)
def legacy_header_em_group_stats(user, proposal_id, data_collections_group_id):
    """Get the EM statistics of a data collection group."""
    return stats.group_statistics(user, data_collections_group_id)
