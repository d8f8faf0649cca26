# SPDX-License-Identifier: LGPL-3.0-or-later
"""Import of user-office proposal documents: create or update rows matched by natural keys.

Keys: proposal code and number, person login, laboratory name/city/country, session visit
number (within the proposal), session participant (session and person), proposal member,
lab contact (proposal and person), protein acronym (within the proposal). Only values that differ
are written, so importing the same document twice changes nothing; nothing is ever deleted.
All documents of one import are written in one transaction: all or nothing. Values for columns
the site's schema lacks are skipped and reported in ``ignored``.
"""

import logging

from sqlalchemy import and_, insert, select, update

from pyispyb.kernel.exceptions import NotFound, ValidationFailed
from pyispyb.kernel.data import db, schema_info, transaction
from pyispyb.kernel.user_office import user_office
from pyispyb.models import (BLSession, LabContact, Laboratory, Person, Proposal, ProposalHasPerson, Protein,
                                 SessionHasPerson)
from pyispyb.core.services.user_office_document import checked_document, proposal_name

log = logging.getLogger(__name__)

TABLES = (Proposal, Person, Laboratory, ProposalHasPerson, BLSession, SessionHasPerson, LabContact, Protein)
PERSON_FIELDS = ("login", "givenName", "familyName", "title", "emailAddress", "phoneNumber")
LAB_FIELDS = ("name", "address", "city", "postcode", "country", "organization")
PROPOSAL_FIELDS = ("proposalCode", "proposalNumber", "title", "proposalType", "state", "startDate", "endDate")
SESSION_FIELDS = ("visit_number", "beamLineName", "startDate", "endDate", "scheduled", "nbShifts", "comments")
CONTACT_FIELDS = ("cardName", "defaultCourrierCompany", "courierAccount", "billingReference",
                  "dewarAvgCustomsValue", "dewarAvgTransportValue")
PROTEIN_FIELDS = ("acronym", "name", "description", "sequence", "molecularMass", "proteinType", "safetyLevel")
LOCAL_CONTACT_ROLES = ("Local Contact", "Local Contact 2")


def _pick(item, fields):
    return {name: (int(item[name]) if isinstance(item[name], bool) else item[name])
            for name in fields if name in item}


def _rows(model, *where):
    info = schema_info()
    table = model.__table__
    columns = [c for c in table.columns if info.has_column(table.name, c.name)]
    return [dict(row) for row in db.session.execute(select(*columns).where(*where)).mappings()]


def _by_key(rows, key_of):
    """Index rows by a natural key; when several rows share it, the oldest (lowest primary key) wins."""
    indexed = {}
    for row in sorted(rows, key=lambda r: list(r.values())[0]):
        indexed.setdefault(key_of(row), row)
    return indexed


class ImportRun:
    """One transaction's worth of imported documents, with the counts of rows it created and updated."""

    def __init__(self):
        self.created = {model.__tablename__: 0 for model in TABLES}
        self.updated = {model.__tablename__: 0 for model in TABLES}
        self.ignored = set()
        self.proposals = []

    def summary(self):
        """Return what the import did: proposals, created and updated rows per table, ignored fields."""
        return {"proposals": self.proposals, "created": self.created, "updated": self.updated,
                "ignored": sorted(self.ignored)}

    def _present(self, model, values):
        info, table = schema_info(), model.__table__.name
        for name in [n for n in values if not info.has_column(table, n)]:
            self.ignored.add(f"{table}.{name}")
            del values[name]
        return values

    def upsert(self, model, existing, values):
        """Insert ``values`` when ``existing`` is None, else update the columns that differ; return the key value."""
        table = model.__table__
        values = self._present(model, dict(values))
        if existing is None:
            result = db.session.execute(insert(table).values(**values))
            self.created[table.name] += 1
            return result.inserted_primary_key[0] if result.inserted_primary_key else None
        changed = {name: value for name, value in values.items() if existing.get(name) != value}
        key_columns = list(table.primary_key.columns)
        if changed:
            where = and_(*[column == existing[column.name] for column in key_columns])
            db.session.execute(update(table).where(where).values(**changed))
            self.updated[table.name] += 1
            existing.update(changed)
        return existing[key_columns[0].name]

    def import_document(self, document):
        """Write one checked document."""
        persons = self._persons(document.get("persons", []))
        proposal = document["proposal"]
        found = _rows(Proposal, Proposal.proposalCode == proposal["proposalCode"],
                      Proposal.proposalNumber == proposal["proposalNumber"])
        values = {**_pick(proposal, PROPOSAL_FIELDS), "personId": persons[proposal["principalInvestigator"]]}
        proposal_id = self.upsert(Proposal, found[0] if found else None, values)
        self._members(proposal_id, document.get("persons", []), persons)
        self._sessions(proposal_id, document.get("sessions", []), persons)
        self._keyed(LabContact, proposal_id, document.get("labContacts", []), CONTACT_FIELDS,
                    lambda item: persons[item["login"]], "personId")
        self._keyed(Protein, proposal_id, document.get("proteins", []), PROTEIN_FIELDS, lambda item: item["acronym"],
                    "acronym")
        self.proposals.append(proposal_name(document))

    def _persons(self, persons):
        labs = self._laboratories([p["laboratory"] for p in persons if p.get("laboratory")])
        rows = _rows(Person, Person.login.in_([p["login"] for p in persons]))
        existing = _by_key(rows, lambda row: row["login"].lower())  # MariaDB compares logins without case
        ids = {}
        for person in persons:
            values = _pick(person, PERSON_FIELDS)
            if person.get("laboratory"):
                values["laboratoryId"] = labs[_lab_key(person["laboratory"])]
            ids[person["login"]] = self.upsert(Person, existing.get(person["login"].lower()), values)
        return ids

    def _laboratories(self, laboratories):
        rows = _rows(Laboratory, Laboratory.name.in_(sorted({lab["name"] for lab in laboratories})))
        existing = _by_key(rows, _lab_key)
        ids = {}
        for lab in laboratories:
            key = _lab_key(lab)
            if key not in ids:
                ids[key] = self.upsert(Laboratory, existing.get(key), _pick(lab, LAB_FIELDS))
        return ids

    def _members(self, proposal_id, persons, ids):
        members = [p for p in persons if p.get("proposalRole")]
        if not members or not schema_info().has_table(ProposalHasPerson.__tablename__):
            return
        existing = _by_key(_rows(ProposalHasPerson, ProposalHasPerson.proposalId == proposal_id),
                           lambda row: row["personId"])
        for person in members:
            person_id = ids[person["login"]]
            self.upsert(ProposalHasPerson, existing.get(person_id),
                        {"proposalId": proposal_id, "personId": person_id, "role": person["proposalRole"]})

    def _sessions(self, proposal_id, sessions, persons):
        existing = _by_key(_rows(BLSession, BLSession.proposalId == proposal_id), lambda row: row["visit_number"])
        session_ids = {}
        for session in sessions:
            values = {**_pick(session, SESSION_FIELDS), "proposalId": proposal_id}
            session_ids[session["visit_number"]] = self.upsert(BLSession, existing.get(session["visit_number"]), values)
        ids = sorted(session_ids.values())
        people = {(row["sessionId"], row["personId"]): row
                  for row in (_rows(SessionHasPerson, SessionHasPerson.sessionId.in_(ids)) if ids else [])}
        for session in sessions:
            session_id = session_ids[session["visit_number"]]
            entries = [(p["login"], _pick(p, ("role", "remote"))) for p in session.get("participants", [])]
            entries += [(login, {"role": LOCAL_CONTACT_ROLES[position]})
                        for position, login in enumerate(session.get("localContacts", []))]
            for login, values in entries:
                person_id = persons[login]
                self.upsert(SessionHasPerson, people.get((session_id, person_id)),
                            {"sessionId": session_id, "personId": person_id, **values})

    def _keyed(self, model, proposal_id, items, fields, key_of, key_column):
        existing = _by_key(_rows(model, model.proposalId == proposal_id), lambda row: row[key_column])
        for item in items:
            values = {**_pick(item, fields), "proposalId": proposal_id, key_column: key_of(item)}
            self.upsert(model, existing.get(key_of(item)), values)


def _lab_key(lab):
    return lab.get("name"), lab.get("city"), lab.get("country")


def import_documents(documents, progress=None):
    """Check every ``(source, document)``, then write them all in one transaction; return the summary.

    ``progress`` (a :class:`pyispyb.progress.Progress`) counts the documents written.
    """
    checked = [checked_document(document, source) for source, document in documents]
    if progress is not None:
        progress.total = len(checked)
    run = ImportRun()
    with transaction():
        for document in checked:
            run.import_document(document)
            if progress is not None:
                progress.advance(1)
    log.info("user office import: %s", run.summary())
    return run.summary()


def sync_all(progress=None):
    """Import every proposal document of the configured user office, all or nothing."""
    documents = []
    for found in user_office().proposal_documents():
        documents.append(found)
        if progress is not None:
            progress.set_stage(f"{len(documents):,} documents fetched")
    return import_documents(documents, progress)


def _office_document(code, number):
    found = user_office().proposal_document(code, number)
    if found is None:
        raise NotFound(f"the user office has no proposal {code}{number}")
    source, document = found
    named = (document.get("proposal") or {}) if isinstance(document, dict) else {}
    if (named.get("proposalCode"), named.get("proposalNumber")) not in ((code, number), (None, None)):
        raise ValidationFailed(f"{source} describes proposal {named.get('proposalCode')}{named.get('proposalNumber')}, "
                               f"not {code}{number}", errors={source: ["Another proposal."]})
    return found


def sync_proposals(proposals, progress=None):
    """Import the documents of ``[(code, number)]`` from the configured user office, all or nothing."""
    return import_documents([_office_document(code, number) for code, number in proposals], progress)


def import_document(document):
    """Import one proposal document given directly (e.g. posted by the user office)."""
    return import_documents([("document", document)])
