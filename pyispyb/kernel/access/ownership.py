# SPDX-License-Identifier: LGPL-3.0-or-later
"""The caller's own proposals and sessions: a subquery folded into the statement that reads the rows.

:func:`owned_ids` is the select of the ids of the caller's proposals or sessions, by his
login: a visibility clause ``column IN (owned_ids(...))`` costs no statement of its own.
:func:`user_proposal_ids` and :func:`user_session_ids` read the ids themselves (once per
request, in one statement) for the few callers that need them as values.
"""

from functools import lru_cache

from sqlalchemy import bindparam, literal_column, select, union

from pyispyb.kernel.data import db, schema_info
from pyispyb.kernel.data.prepared import OWNER_LOGIN
from pyispyb import models as m

PROPOSAL, SESSION = "p", "s"
_STATEMENTS = {}  # built once per kind of schema (with or without ProposalHasPerson)


def tag(kind):
    """The constant first column of an ownership select (a literal in the SQL, not a parameter)."""
    return literal_column(f"'{kind}'").label("kind")


def _owned_proposals(persons, tagged=False):
    """Selects of the proposals whose person, or a ProposalHasPerson member, is in ``persons``."""
    kind = [tag(PROPOSAL)] if tagged else []
    parts = [select(*kind, m.Proposal.proposalId).where(m.Proposal.personId.in_(persons))]
    if schema_info().has_table("ProposalHasPerson"):
        parts.append(select(*kind, m.ProposalHasPerson.proposalId)
                     .where(m.ProposalHasPerson.personId.in_(persons)))
    return parts


def ownership_statement():
    """One UNION of index lookups: ``(kind, id)`` of the proposals and sessions of the person ``:login``.

    Proposals: those the person owns, is a member of, or has a session of. Sessions: those
    the person takes part in, and every session of the proposals the person owns or is a
    member of. Separate selects rather than ``IN (SELECT ... UNION ...)``, which made
    MariaDB scan the whole BLSession index.
    """
    key = schema_info().has_table("ProposalHasPerson")
    if key not in _STATEMENTS:
        persons = select(m.Person.personId).where(m.Person.login == bindparam("login"))
        parts = _owned_proposals(persons, tagged=True) + [
            select(tag(PROPOSAL), m.BLSession.proposalId)
            .join(m.SessionHasPerson, m.SessionHasPerson.sessionId == m.BLSession.sessionId)
            .where(m.SessionHasPerson.personId.in_(persons)),
            select(tag(SESSION), m.SessionHasPerson.sessionId).where(m.SessionHasPerson.personId.in_(persons))]
        parts += [select(tag(SESSION), m.BLSession.sessionId).where(m.BLSession.proposalId.in_(owned))
                  for owned in _owned_proposals(persons)]
        _STATEMENTS[key] = union(*parts)
    return _STATEMENTS[key]


def _owned_parts(kind, persons):
    """The selects of the ids of ``kind`` ("p" proposals, "s" sessions) of the persons ``persons``."""
    if kind == PROPOSAL:
        return _owned_proposals(persons) + [
            select(m.BLSession.proposalId)
            .join(m.SessionHasPerson, m.SessionHasPerson.sessionId == m.BLSession.sessionId)
            .where(m.SessionHasPerson.personId.in_(persons))]
    return [select(m.SessionHasPerson.sessionId).where(m.SessionHasPerson.personId.in_(persons))] + [
        select(m.BLSession.sessionId).where(m.BLSession.proposalId.in_(owned)) for owned in _owned_proposals(persons)]


def owned_ids(user, kind):
    """The select of the ids of the proposals (``kind`` "proposal") or sessions ("session") that are the user's.

    Meant for ``column IN (owned_ids(user, kind))``: the UNION sits in a derived table, which
    MariaDB materialises once and joins (a bare UNION under IN is re-run for every row).
    """
    return _owned_select(PROPOSAL if kind == "proposal" else SESSION,
                         schema_info().has_table("ProposalHasPerson"), user.username)


OWNED_SELECTS_KEPT = 256  # logins whose ownership subqueries a worker keeps built


@lru_cache(maxsize=OWNED_SELECTS_KEPT)
def _owned_select(kind, with_members, login):
    """Build the select of :func:`owned_ids` once per login and schema (statements are immutable)."""
    persons = select(m.Person.personId).where(m.Person.login == bindparam(OWNER_LOGIN, login))
    owned = union(*_owned_parts(kind, persons)).subquery("owned")
    return select(owned.c[0])


def caller_login(user):
    """The caller's login as the bind parameter of ownership clauses (a prepared statement gets each caller's)."""
    return bindparam(OWNER_LOGIN, user.username)


def _read_ownership(user):
    if "proposal_ids" not in user.cache:
        proposals, sessions = set(), set()
        for kind, key in db.session.execute(ownership_statement(), {"login": user.username}):
            (proposals if kind == PROPOSAL else sessions).add(key)
        user.cache["proposal_ids"], user.cache["session_ids"] = frozenset(proposals), frozenset(sessions)
    return user.cache


def user_proposal_ids(user):
    """Return the ids of the proposals the user owns or takes part in (read once per request)."""
    return _read_ownership(user)["proposal_ids"]


def user_session_ids(user):
    """Return the ids of the sessions the user takes part in or whose proposal he owns (read once per request)."""
    return _read_ownership(user)["session_ids"]
