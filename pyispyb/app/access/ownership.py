# SPDX-License-Identifier: LGPL-3.0-or-later
"""The caller's own proposals and sessions, read once per request."""

from sqlalchemy import select, union

from pyispyb.app.extensions.db import db, schema_info
from pyispyb.core import models as m

def _person_ids(user):
    return select(m.Person.personId).where(m.Person.login == user.username)


def _owned_proposals(persons):
    """Selects of the proposals whose person, or a ProposalHasPerson member, is in ``persons``."""
    parts = [select(m.Proposal.proposalId).where(m.Proposal.personId.in_(persons))]
    if schema_info().has_table("ProposalHasPerson"):
        parts.append(select(m.ProposalHasPerson.proposalId).where(m.ProposalHasPerson.personId.in_(persons)))
    return parts


def user_proposal_ids(user):
    """Return the ids of the proposals the user owns or takes part in (cached per request)."""
    if "proposal_ids" not in user.cache:
        persons = _person_ids(user)
        parts = _owned_proposals(persons) + [
            select(m.BLSession.proposalId)
            .join(m.SessionHasPerson, m.SessionHasPerson.sessionId == m.BLSession.sessionId)
            .where(m.SessionHasPerson.personId.in_(persons))]
        user.cache["proposal_ids"] = frozenset(db.session.execute(union(*parts)).scalars())
    return user.cache["proposal_ids"]


def user_session_ids(user):
    """Return the ids of the sessions the user takes part in or whose proposal he owns (cached).

    One UNION of index lookups: an ``IN (SELECT ... UNION ...)`` subquery would make
    MariaDB scan the whole BLSession index instead.
    """
    if "session_ids" not in user.cache:
        persons = _person_ids(user)
        parts = [select(m.SessionHasPerson.sessionId).where(m.SessionHasPerson.personId.in_(persons))]
        parts += [select(m.BLSession.sessionId).where(m.BLSession.proposalId.in_(owned))
                  for owned in _owned_proposals(persons)]
        user.cache["session_ids"] = frozenset(db.session.execute(union(*parts)).scalars())
    return user.cache["session_ids"]
