# SPDX-License-Identifier: LGPL-3.0-or-later
"""User-office proposal documents: validation against the published JSON Schema and the cross-references.

The schema is ``static/user_office_proposal.schema.json`` (JSON Schema draft-07). A document that
fails it, or names a person it does not define, is refused with every problem listed by its
JSON path (422); nothing is written.
"""

import json
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources

from jsonschema import Draft7Validator

from pyispyb.kernel.exceptions import ValidationFailed

SCHEMA_FILE = "user_office_proposal.schema.json"
MAX_REPORTED_ERRORS = 50
DATE_FIELDS = ("startDate", "endDate")


@lru_cache(maxsize=1)
def document_schema():
    """Return the published JSON Schema of a proposal document."""
    return json.loads(resources.files("pyispyb.static").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def _pointer(path):
    return "/" + "/".join(str(part) for part in path)


def _schema_errors(document):
    validator = Draft7Validator(document_schema())
    errors = {}
    for error in sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
        errors.setdefault(_pointer(error.absolute_path), []).append(error.message)
    return errors


def _duplicates(items, key):
    seen, repeated = set(), []
    for index, item in enumerate(items):
        value = item.get(key)
        if value in seen:
            repeated.append((index, value))
        seen.add(value)
    return repeated


def _reference_errors(document):
    """Check what the schema cannot: unique natural keys and logins that name a defined person."""
    errors = {}

    def add(path, message):
        errors.setdefault(_pointer(path), []).append(message)

    persons = document.get("persons", [])
    logins = {person["login"] for person in persons}

    def known(path, login):
        if login not in logins:
            add(path, f"person {login!r} is not one of the document's persons")

    for name, key in (("persons", "login"), ("sessions", "visit_number"), ("labContacts", "login"),
                      ("labContacts", "cardName"), ("proteins", "acronym")):
        for index, value in _duplicates(document.get(name, []), key):
            add([name, index, key], f"{value!r} appears more than once")
    known(["proposal", "principalInvestigator"], document["proposal"]["principalInvestigator"])
    for index, session in enumerate(document.get("sessions", [])):
        participants = [p["login"] for p in session.get("participants", [])]
        for position, login in enumerate(participants):
            known(["sessions", index, "participants", position, "login"], login)
        for position, login in enumerate(session.get("localContacts", [])):
            known(["sessions", index, "localContacts", position], login)
            if login in participants or session["localContacts"].index(login) != position:
                add(["sessions", index, "localContacts", position], f"person {login!r} is listed twice in the session")
        for position, login in _duplicates(session.get("participants", []), "login"):
            add(["sessions", index, "participants", position, "login"], f"person {login!r} is listed twice")
    for index, contact in enumerate(document.get("labContacts", [])):
        known(["labContacts", index, "login"], contact["login"])
    return errors


def parse_datetime(text):
    """Return a naive UTC datetime, to the second, from an ISO 8601 date or date-time (a zone becomes UTC)."""
    value = datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.replace(microsecond=0)


def _date_errors(document):
    errors = {}
    places = [(["proposal"], document["proposal"])]
    places += [(["sessions", i], session) for i, session in enumerate(document.get("sessions", []))]
    for path, item in places:
        for field in DATE_FIELDS:
            if item.get(field):
                try:
                    item[field] = parse_datetime(item[field])
                except ValueError:
                    errors[_pointer([*path, field])] = [f"{item[field]!r} is not a valid date"]
    return errors


def checked_document(document, source="document"):
    """Return the document with its dates parsed, or raise :class:`ValidationFailed` listing every problem."""
    if not isinstance(document, dict):
        raise ValidationFailed(f"{source}: a proposal document must be a JSON object",
                               errors={source: ["Not an object."]})
    errors = _schema_errors(document)
    if not errors:
        document = json.loads(json.dumps(document))
        errors = _reference_errors(document) or _date_errors(document)
    if errors:
        limited = dict(list(errors.items())[:MAX_REPORTED_ERRORS])
        prefixed = limited if source == "document" else {f"{source}:{path}": msgs for path, msgs in limited.items()}
        raise ValidationFailed(f"{source} is not a valid proposal document ({len(errors)} problems: "
                               f"{', '.join(list(limited)[:5])})", errors=prefixed)
    return document


def proposal_name(document):
    """Return the proposal name of a document (code + number)."""
    return f"{document['proposal']['proposalCode']}{document['proposal']['proposalNumber']}"
