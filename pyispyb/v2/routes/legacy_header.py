# SPDX-License-Identifier: LGPL-3.0-or-later
"""py-ispyb 2.x's legacy routes with the token in the ``Authorization`` header (ispyb-client calls them).

The same rows as the legacy routes with the token in the path: Java's session, proposal and group
rows, and the EM movie, statistics and classification rows. ``{proposal_id}`` is a proposal name
or id; one that names no known proposal is ignored (access is checked on the session, collection or
movie itself), as py-ispyb did.
"""

from flask import current_app
from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import AuthenticatedResource, document_errors
from pyispyb.kernel.auth.decorators import current_user
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


@ns.route("/proposals", endpoint="legacy_header_proposals")
class LegacyHeaderProposals(AuthenticatedResource):
    """The caller's proposals."""

    @ns.doc(params=PAGING_DOC)
    @ns.response(200, "Proposal_* rows")
    @document_errors(ns, ERRORS)
    def get(self):
        """List the caller's proposals (all for all_proposals): Proposal_* rows."""
        limit, offset = page()
        return proposals.proposal_rows(current_user(), limit=limit, offset=offset)


@ns.route("/proposals/<string:proposal_id>", endpoint="legacy_header_proposal")
class LegacyHeaderProposal(AuthenticatedResource):
    """One proposal."""

    @ns.response(200, "[{proposal, proteins, crystals, ...}], or [] for an unknown proposal")
    @document_errors(ns, ERRORS)
    def get(self, proposal_id):
        """Describe a proposal (name or id) as Java's info/get."""
        user = current_user()
        found = readable_proposal_id(user, proposal_id, "proposal")
        return [] if found is None else proposals.proposal_description(user, found)


@ns.route("/sessions", endpoint="legacy_header_sessions")
class LegacyHeaderSessions(AuthenticatedResource):
    """The caller's sessions."""

    @ns.doc(params=PAGING_DOC)
    @ns.response(200, "Session rows (43 keys)")
    @document_errors(ns, ERRORS)
    def get(self):
        """List the caller's sessions (all for all_sessions) with their counts."""
        limit, offset = page()
        return sessions.session_rows(current_user(), limit=limit, offset=offset)


@ns.route("/sessions/proposal/<string:proposal_id>", endpoint="legacy_header_proposal_sessions")
class LegacyHeaderProposalSessions(AuthenticatedResource):
    """The sessions of a proposal."""

    @ns.doc(params=PAGING_DOC)
    @ns.response(200, "Session rows (43 keys), or [] for an unknown proposal")
    @document_errors(ns, ERRORS)
    def get(self, proposal_id):
        """List the sessions of a proposal (name or id), newest first."""
        user = current_user()
        found = readable_proposal_id(user, proposal_id, "session")
        if found is None:
            return []
        limit, offset = page()
        return sessions.session_rows(user, [m.BLSession.proposalId == found], limit=limit, offset=offset)


@ns.route("/sessions/date/<string:start_date>/<string:end_date>", endpoint="legacy_header_sessions_by_date")
class LegacyHeaderSessionsByDate(AuthenticatedResource):
    """The caller's sessions in a window."""

    @ns.doc(params={**PAGING_DOC, "start_date": "first day, YYYYMMDD", "end_date": "last day, YYYYMMDD"})
    @ns.response(200, "Session rows (43 keys)")
    @document_errors(ns, ERRORS)
    def get(self, start_date, end_date):
        """List the caller's sessions overlapping [start_date, end_date]."""
        window = sessions.overlap_clause(sessions.parse_day(start_date), sessions.parse_day(end_date))
        limit, offset = page()
        return sessions.session_rows(current_user(), [window], limit=limit, offset=offset)


@ns.route("/data_collections/groups/session/<int:session_id>", endpoint="legacy_header_session_groups")
class LegacyHeaderSessionGroups(AuthenticatedResource):
    """The data collection groups of a session."""

    @ns.doc(params=PAGING_DOC)
    @ns.response(200, "Group rows (v_datacollection_summary keys and aggregates)")
    @document_errors(ns, ERRORS)
    def get(self, session_id):
        """List the data collection groups of a session, newest first."""
        limit, offset = page()
        return groups.session_group_rows(current_user(), None, [session_id], limit=limit, offset=offset)


def _em_rows(fetch, proposal, key):
    """Answer the rows of a legacy EM fetch; a proposal path value naming no known proposal is ignored."""
    user = current_user()
    limit, offset = page()
    proposal_id = readable_proposal_id(user, proposal, "session") if proposal is not None else None
    return fetch(user, proposal_id, key, limit, offset)[1]


@em_ns.route("/em/session/<int:session_id>/stats", endpoint="legacy_header_em_session_stats")
class LegacyHeaderSessionStats(AuthenticatedResource):
    """EM statistics rows of a session."""

    @em_ns.doc(params=PAGING_DOC)
    @em_ns.response(200, "Stats rows (v_em_stats keys)")
    @document_errors(em_ns, EM_ERRORS)
    def get(self, session_id):
        """List the motion correction and CTF values of every processed movie of a session."""
        return _em_rows(legacy_rows.session_stats_rows, None, session_id)


@em_ns.route("/em/session/<int:session_id>/classification", endpoint="legacy_header_em_classification")
class LegacyHeaderClassification(AuthenticatedResource):
    """The particle classes of a session."""

    @em_ns.doc(params=PAGING_DOC)
    @em_ns.response(200, "Classification rows (v_em_classification keys); other query parameters are ignored")
    @document_errors(em_ns, EM_ERRORS)
    def get(self, session_id):
        """List the 2D/3D classes of the particles picked in a session."""
        return _em_rows(legacy_rows.classification_rows, None, session_id)


@em_ns.route("/em/proposal/<string:proposal_id>/session/<int:session_id>/data_collections/groups",
             endpoint="legacy_header_em_session_groups")
class LegacyHeaderSessionGroupsWithStats(AuthenticatedResource):
    """The data collection groups of a session, with their EM counts."""

    @em_ns.doc(params=PAGING_DOC)
    @em_ns.response(200, "Group rows, each with its stats list")
    @document_errors(em_ns, EM_ERRORS)
    def get(self, proposal_id, session_id):
        """List the data collection groups of a session with the EM counts of their collections."""
        return _em_rows(legacy_rows.group_rows_with_stats, proposal_id, session_id)


@em_ns.route("/em/proposal/<string:proposal_id>/datacollection/<int:datacollection_id>/movies",
             endpoint="legacy_header_em_movies")
class LegacyHeaderMovies(AuthenticatedResource):
    """The movies of a data collection."""

    @em_ns.doc(params=PAGING_DOC)
    @em_ns.response(200, "Movie rows (v_em_movie keys)")
    @document_errors(em_ns, EM_ERRORS)
    def get(self, proposal_id, datacollection_id):
        """List the movies of a data collection with their motion correction and CTF values."""
        return _em_rows(legacy_rows.movie_rows, proposal_id, datacollection_id)


def _image_route(suffix, image, summary, endpoint):
    """Add ``GET /em/proposal/{proposal_id}/movie/{movie_id}/{suffix}``: an image of a movie."""

    def get(self, proposal_id, movie_id):
        user = current_user()
        return send_data_file(movie_file(user, movie_id, image, None,
                                         readable_proposal_id(user, proposal_id, "session")))

    get.__doc__ = summary
    get = document_errors(em_ns, EM_ERRORS)(em_ns.response(200, "The image")(get))
    resource = type(f"LegacyHeaderMovie_{endpoint}", (AuthenticatedResource,), {"__doc__": summary, "get": get})
    em_ns.route(f"/em/proposal/<string:proposal_id>/movie/<int:movie_id>/{suffix}",
                endpoint=f"legacy_header_em_{endpoint}")(resource)


_image_route("thumbnail", "micrograph", "Get the micrograph snapshot of a movie.", "thumbnail")
_image_route("thumbnail/motioncorrection", "micrograph", "Get the motion-corrected micrograph of a movie.",
             "mc_thumbnail")
_image_route("thumbnail/ctf", "ctf", "Get the CTF spectrum image of a movie.", "ctf_thumbnail")
_image_route("plot/motioncorrectiondrift", "drift", "Get the drift plot of a movie.", "drift")


def _stats_routes(prefix, name):
    """Add the data collection and group statistics under ``prefix`` (py-ispyb had them twice)."""

    def collections(self, proposal_id, data_collections_ids):
        ids = stats.parse_id_list(data_collections_ids, current_app.config["PAGINATION_MAX_LIMIT"])
        return stats.collection_statistics(current_user(), ids)

    def group(self, proposal_id, data_collections_group_id):
        return stats.group_statistics(current_user(), data_collections_group_id)

    collections.__doc__ = "Get the EM statistics of each of the given data collections (comma-separated ids)."
    group.__doc__ = "Get the EM statistics of a data collection group."
    for path, func, label in (
            ("data_collections/<string:data_collections_ids>/stats", collections, "collection"),
            ("data_collections_group/<int:data_collections_group_id>/stats", group, "group")):
        get = document_errors(em_ns, EM_ERRORS)(em_ns.response(200, "Statistics")(func))
        resource = type(f"LegacyHeaderStats_{name}_{label}", (AuthenticatedResource,),
                        {"__doc__": func.__doc__, "get": get})
        em_ns.route(f"{prefix}/proposal/<string:proposal_id>/{path}",
                    endpoint=f"legacy_header_{name}_{label}_stats")(resource)


_stats_routes("", "plain")
_stats_routes("/em", "em")
