# SPDX-License-Identifier: LGPL-3.0-or-later
"""Proposal rows (``Proposal_*`` keys) and the Java proposal description (``info/get``)."""

from sqlalchemy import select

from pyispyb.kernel.access import restrict
from pyispyb.kernel.data.queries import attach_parent, fetch_dicts
from pyispyb import models as m
from pyispyb.legacy.services.common import source_column
from pyispyb.legacy.services.group_columns import prefixed
from pyispyb.legacy.services.samples import crystal_vos, protein_vos

PROPOSAL_COLUMNS = prefixed("Proposal", [
    "proposalId", "personId", "title", "proposalCode", "proposalNumber", "proposalType"])

#: ``Proposal3VO`` keys and their columns.
PROPOSAL_VO = [
    ("proposalId", "proposalId"), ("title", "title"), ("code", "proposalCode"), ("number", "proposalNumber"),
    ("type", "proposalType"), ("externalId", "externalId"), ("timeStamp", "bltimeStamp"),
]

#: ``LabContact3VO`` keys and their columns (``personVO`` is attached).
LAB_CONTACT_VO = [
    ("labContactId", "labContactId"), ("cardName", "cardName"),
    ("defaultCourrierCompany", "defaultCourrierCompany"), ("courierAccount", "courierAccount"),
    ("billingReference", "billingReference"), ("dewarAvgCustomsValue", "dewarAvgCustomsValue"),
    ("dewarAvgTransportValue", "dewarAvgTransportValue"),
]
PERSON_VO = ["personId", "familyName", "givenName", "title", "emailAddress", "phoneNumber", "login"]

#: SAXS collections of the Java description; the ISPyB MX schema has no such tables.
EMPTY_COLLECTIONS = ("ligands", "macromolecules", "buffers", "stockSolutions", "plateTypes")


def proposal_rows(user, where=(), *, limit=None, offset=0):
    """Return ``Proposal_*`` rows of the proposals the user may see, by id."""
    stmt = restrict(select(*[source_column(table, name, key) for key, table, name in PROPOSAL_COLUMNS])
                    .where(*where).order_by(m.Proposal.proposalId), user, m.Proposal)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return fetch_dicts(stmt)


def _lab_contacts(proposal_id):
    names = sorted({name for _key, name in LAB_CONTACT_VO} | {"personId"})
    stmt = (select(*[source_column("LabContact", name) for name in names])
            .where(m.LabContact.proposalId == proposal_id).order_by(m.LabContact.labContactId))
    rows = fetch_dicts(stmt)
    persons = [source_column("Person", name) for name in PERSON_VO]
    attach_parent(rows, key="personId", column=m.Person.personId, name="personVO", columns=persons)
    return [{**{key: row[name] for key, name in LAB_CONTACT_VO}, "personVO": row["personVO"]} for row in rows]


def proposal_description(user, proposal_id):
    """Return the Java ``info/get`` answer: a list with one description of the proposal."""
    stmt = restrict(select(*[source_column("Proposal", name) for _key, name in PROPOSAL_VO])
                    .where(m.Proposal.proposalId == proposal_id), user, m.Proposal)
    rows = fetch_dicts(stmt)
    if not rows:
        return []
    description = {
        "proposal": [{key: rows[0][name] for key, name in PROPOSAL_VO}],
        "proteins": protein_vos(user, proposal_id),
        "crystals": crystal_vos(user, proposal_id),
        "labcontacts": _lab_contacts(proposal_id),
    }
    description.update({name: [] for name in EMPTY_COLLECTIONS})
    return [description]
