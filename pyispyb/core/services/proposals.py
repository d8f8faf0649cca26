# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proposals: name resolution, the CRUD specification and the proposal's info.

Creating and deleting proposals needs ``admin_proposals`` (deleting one cascades, in the
ISPyB schema, to its sessions, shipments, proteins and all they hold).
"""

from sqlalchemy import and_, func, or_, select

from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.data.related import readable_clauses, visible_row_with_parents
from pyispyb.kernel.exceptions import Conflict, NotFound
from pyispyb.kernel.auth.permissions import ADMIN_PROPOSALS, WRITE_PROPOSALS
from pyispyb.kernel.data import db
from pyispyb.kernel.data.joins import Parent
from pyispyb.kernel.data.queries import attach_children
from pyispyb.kernel.data.values import is_integer_text
from pyispyb.models import BLSession, LabContact, Person, Proposal, Protein
from pyispyb.core.services.contacts import PERSON_SUMMARY
from pyispyb.core.schemas.proposals import PROPOSAL



def unique_proposal_name(_user, values, existing):
    """Refuse (409) a proposal code and number that, joined, name another proposal (a name must mean one proposal)."""
    if "proposalCode" not in values and "proposalNumber" not in values:
        return values
    merged = {**(existing or {}), **values}
    name = f"{merged.get('proposalCode') or ''}{merged.get('proposalNumber') or ''}".lower()
    if not name:
        return values
    joined = func.lower(func.coalesce(Proposal.proposalCode, "").concat(func.coalesce(Proposal.proposalNumber, "")))
    stmt = select(Proposal.proposalId).where(joined == name)
    if existing:
        stmt = stmt.where(Proposal.proposalId != existing["proposalId"])
    other = db.session.execute(stmt.limit(1)).scalar()
    if other is not None:
        raise Conflict(f"proposalCode, proposalNumber: another proposal is already named {name}")
    return values


SPEC = CrudSpec(PROPOSAL, WRITE_PROPOSALS, label="proposal", hooks={"before_write": unique_proposal_name},
                create_permission=ADMIN_PROPOSALS, delete_permission=ADMIN_PROPOSALS)

def name_candidates(name):
    """Return the (code, number) splits a proposal name such as ``cm14451`` may stand for."""
    return [(name[:i], name[i:]) for i in range(1, len(name)) if is_integer_text(name[i:]) and name[:i][0].isalpha()]


def name_clause(name):
    """Return a WHERE clause matching a proposal name (code + number, case-insensitive)."""
    candidates = name_candidates(name)
    if not candidates:
        return None
    code = Proposal.proposalCode
    if db.engine.dialect.name == "sqlite":
        code = func.upper(code)
    return or_(*[and_(code == c.upper(), Proposal.proposalNumber == n) for c, n in candidates])


def find_proposal_id(value, existing=False):
    """Return the id of the proposal that ``value`` names, or None: the one proposal resolver of every API.

    The rule: decimal digits (``37027``, surrounding blanks ignored) are an id; anything else is a
    name, a code followed by a number in any case (``cm14451``, ``CM14451``), looked up (the lowest
    id if several proposals match). An id is returned without a query (reading the proposal's rows
    then answers 404) unless ``existing`` is true: then it is looked up too, and None also means
    that no proposal has that id. One query at most.
    """
    text = str(value).strip()
    if is_integer_text(text) and int(text) >= 0:
        if not existing:
            return int(text)
        clause = Proposal.proposalId == int(text)
    else:
        clause = name_clause(text)
    if clause is None:
        return None
    return db.session.execute(select(Proposal.proposalId).where(clause).order_by(Proposal.proposalId).limit(1)).scalar()


def resolve_proposal_id(value):
    """Return the id of the proposal ``value`` names (see :func:`find_proposal_id`); 404 for an unknown name."""
    proposal_id = find_proposal_id(value)
    if proposal_id is None:
        raise NotFound(f"proposal {value} not found")
    return proposal_id


def proposal_info(user, value):
    """Return a proposal (id or name) with its person, the sessions the caller may see, lab contacts, proteins."""
    proposal_id = resolve_proposal_id(value)
    row = visible_row_with_parents(user, SPEC, proposal_id, [
        Parent("person", Person, "personId", columns=PERSON_SUMMARY)])
    rows = [row]
    attach_children(rows, key="proposalId", column=BLSession.proposalId, name="sessions",
                    clauses=readable_clauses(user, BLSession))
    attach_children(rows, key="proposalId", column=LabContact.proposalId, name="lab_contacts")
    attach_children(rows, key="proposalId", column=Protein.proposalId, name="proteins")
    return row
