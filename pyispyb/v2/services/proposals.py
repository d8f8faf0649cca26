# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proposals and the caller, in the shapes of py-ispyb 2.x (``proposal`` = code + number)."""

from sqlalchemy import func, or_, select

from pyispyb.kernel import access
from pyispyb.kernel.auth.groups import find_person
from pyispyb.kernel.data.queries import fetch_dicts, present_columns
from pyispyb.models import Proposal


def proposal_name(row):
    """The name of a proposal row: its code and number (``mx20090662``)."""
    return f"{row.get('proposalCode') or ''}{row.get('proposalNumber') or ''}"


def with_names(rows):
    """Give each proposal row the 2.x keys ``proposal`` (its name) and ``type`` (its proposal type)."""
    for row in rows:
        row["proposal"] = proposal_name(row)
        row["type"] = row.get("proposalType") or ""
        row["title"] = row.get("title") or ""
    return rows


def name_clause(name):
    """Match a proposal by its name (code and number, any case)."""
    return func.lower(Proposal.proposalCode + Proposal.proposalNumber) == name.lower()


def list_proposals(user, *, proposal_id=None, search=None, limit, offset):
    """Return ``(total, rows)``: the proposals the user may read, newest first, by id or searched text."""
    clauses = access.visible_filter(user, Proposal)
    if proposal_id is not None:
        clauses.append(Proposal.proposalId == proposal_id)
    if search:
        text = search.strip()
        clauses.append(or_(name_clause(text), Proposal.title.contains(text, autoescape=True),
                           (Proposal.proposalCode + Proposal.proposalNumber).contains(text, autoescape=True)))
    total = fetch_dicts(select(func.count(Proposal.proposalId).label("n")).where(*clauses))[0]["n"]
    stmt = (select(*present_columns(Proposal)).where(*clauses).order_by(Proposal.proposalId.desc())
            .limit(limit).offset(offset))
    return total, with_names(fetch_dicts(stmt))


def current_user(user):
    """Describe the caller as 2.x clients read it: login, names, person id and permissions."""
    person = find_person(user.username) or {}
    return {
        "login": user.username,
        "personId": person.get("personId"),
        "givenName": person.get("givenName"),
        "familyName": person.get("familyName"),
        "emailAddress": person.get("emailAddress"),
        "Permissions": sorted(user.permissions),
        "permissions": sorted(user.permissions),
        "groups": list(user.groups),
        "beamLineGroups": [],
        "beamLines": [],
    }
