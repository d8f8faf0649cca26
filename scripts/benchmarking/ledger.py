# SPDX-License-Identifier: LGPL-3.0-or-later
"""Concurrent writers that record every answer (a ledger) and check it against the database afterwards.

Used by the soak script (``scripts/soak.py``) and the database fault tests.

Each write creates, updates or deletes a Protein with a unique acronym, so the database can
say afterwards whether the write landed: a 2xx must have landed, a 4xx or a 503 saying
"nothing was changed" must not, and only a 503 saying the outcome is unknown may go either way.
"""

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

PROPOSAL = 37027
WRITE_PERMISSIONS = "all_proposals,all_sessions,write_proposals,write_samples"
UNKNOWN_OUTCOME = "may or may not"


@dataclass
class Answer:
    """One request and its answer."""

    method: str
    path: str
    status: int  # 0: no HTTP answer at all (connection refused or dropped)
    body: object
    headers: dict
    seconds: float
    acronym: str = None
    finished: float = field(default_factory=time.monotonic)

    @property
    def outcome_unknown(self):
        """True for the 503 that says the write may or may not have landed."""
        return self.status == 503 and UNKNOWN_OUTCOME in str((self.body or {}).get("message", ""))


def request(base, method, path, body=None, token=None, timeout=60):
    """Send one request; return an :class:`Answer` (status 0 when no HTTP answer came)."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            raw, status, headers = response.read(), response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        raw, status, headers = error.read(), error.code, dict(error.headers)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
        return Answer(method, path, 0, {"error": str(error)}, {}, time.monotonic() - start)
    try:
        parsed = json.loads(raw) if raw else None
    except ValueError:
        parsed = {"not_json": raw[:200].decode(errors="replace")}
    return Answer(method, path, status, parsed, headers, time.monotonic() - start)


def login(base, username="ledger", permissions=WRITE_PERMISSIONS):
    """Return a token from the Dummy plugin."""
    answer = request(base, "POST", "/ispyb/api/v1/auth/login",
                     {"plugin": "dummy", "username": username, "password": permissions})
    assert answer.status == 200, answer
    return answer.body["token"]


@dataclass
class Ledger:
    """Concurrent writers of Protein rows and the record of every answer."""

    base: str
    token: str
    run_id: str
    answers: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    counter: itertools.count = field(default_factory=itertools.count)

    def record(self, answer):
        """Keep an answer."""
        with self.lock:
            self.answers.append(answer)

    def create(self):
        """POST one protein with a unique acronym; return the answer."""
        acronym = f"{self.run_id}-{next(self.counter)}"
        answer = request(self.base, "POST", "/ispyb/api/v1/samples/proteins",
                         {"proposalId": PROPOSAL, "acronym": acronym, "name": "ledger"}, self.token)
        answer.acronym = acronym
        self.record(answer)
        return answer

    def update(self, protein_id, acronym):
        """PATCH a created protein's name to a unique value; return the answer."""
        answer = request(self.base, "PATCH", f"/ispyb/api/v1/samples/proteins/{protein_id}",
                         {"name": f"{acronym}-updated"}, self.token)
        answer.acronym = acronym
        self.record(answer)
        return answer

    def delete(self, protein_id, acronym):
        """DELETE a created protein; return the answer."""
        answer = request(self.base, "DELETE", f"/ispyb/api/v1/samples/proteins/{protein_id}", None, self.token)
        answer.acronym = acronym
        self.record(answer)
        return answer

    def writer(self, stop, cycle=True):
        """Create, update and delete proteins until ``stop`` is set (each step only after the previous landed)."""
        while not stop.is_set():
            created = self.create()
            if not cycle or created.status != 201:
                continue
            key = created.body["proteinId"]
            updated = self.update(key, created.acronym)
            if updated.status == 200 and next(self.counter) % 2 == 0:
                self.delete(key, created.acronym)

    def run(self, threads, stop):
        """Start ``threads`` writers; return them (join after setting ``stop``)."""
        workers = [threading.Thread(target=self.writer, args=(stop,), daemon=True) for _ in range(threads)]
        for worker in workers:
            worker.start()
        return workers

    def problems(self, rows):
        """Compare the ledger with ``rows`` (``{acronym: (proteinId, name)}`` of this run); return the mismatches."""
        found = []
        final = {}
        for answer in self.answers:
            if answer.status >= 500 and answer.status != 503:
                found.append(f"{answer.method} {answer.path}: {answer.status} {answer.body}")
            if answer.status == 0:
                found.append(f"{answer.method} {answer.path}: no HTTP answer ({answer.body})")
            if not isinstance(answer.body, dict) and answer.status not in (204,):
                found.append(f"{answer.method} {answer.path}: {answer.status} without a JSON body")
            if answer.status == 503 and "Retry-After" not in answer.headers:
                found.append(f"{answer.method} {answer.path}: 503 without Retry-After")
            final.setdefault(answer.acronym, []).append(answer)
        for acronym, answers in final.items():
            found.extend(check_history(acronym, answers, rows.get(acronym)))
        for acronym in rows:
            if acronym not in final:
                found.append(f"{acronym}: in the database but never requested")
        return found

    def rows_in(self, connection):
        """``{acronym: (proteinId, name)}`` of this run's proteins, read through a DB-API ``connection``."""
        cursor = connection.cursor()
        cursor.execute("SELECT acronym, proteinId, name FROM Protein WHERE acronym LIKE %s", (f"{self.run_id}-%",))
        return {acronym: (key, name) for acronym, key, name in cursor.fetchall()}

    def counts(self):
        """Answers per status."""
        result = {}
        for answer in self.answers:
            result[answer.status] = result.get(answer.status, 0) + 1
        return dict(sorted(result.items()))


def check_history(acronym, answers, row):
    """Check the create/update/delete answers of one protein against its row (None when absent)."""
    problems = []
    create = answers[0]
    if create.status == 201:
        deleted = [a for a in answers if a.method == "DELETE" and a.status == 204]
        unsure_delete = [a for a in answers if a.method == "DELETE" and a.outcome_unknown]
        if deleted and row is not None:
            problems.append(f"{acronym}: delete answered 204 but the row is still there")
        if not deleted and not unsure_delete and row is None:
            problems.append(f"{acronym}: created (201) but lost")
        if row is not None and row[0] != create.body["proteinId"]:
            problems.append(f"{acronym}: 201 named id {create.body['proteinId']}, the row has {row[0]}")
        updates = [a for a in answers if a.method == "PATCH"]
        if row is not None and updates:
            last = updates[-1]
            updated = row[1] == f"{acronym}-updated"
            if last.status == 200 and not updated:
                problems.append(f"{acronym}: update answered 200 but not applied")
            if last.status != 200 and not last.outcome_unknown and updated:
                problems.append(f"{acronym}: update answered {last.status} but applied (phantom)")
    elif create.outcome_unknown:
        pass
    elif row is not None:
        problems.append(f"{acronym}: create answered {create.status} but the row exists (phantom)")
    return problems
