# SPDX-License-Identifier: LGPL-3.0-or-later
"""An attacker with an ordinary account tries every operation of the spec against a victim proposal.

The victim and the attacker each have every kind of row (``tests/support/attack_world.py``); every
text column and every file of the victim holds a marker. The attacker holds ``own_proposals``,
``own_sessions``, every ``write_*`` permission and ``em_admin`` — nothing ``all_*`` or ``admin_*``.
The operations are read from swagger.json; path parameters are filled with the victim's ids, the
attacker's, and the attacker's proposal with the victim's other ids. Writes carry the victim's ids
in every reference field and the victim's files (plain, ``..`` through the attacker's folder, doubled
slash, symbolic link in the attacker's folder) in every path field. The test fails when a response
carries the victim's marker or a row of the victim (or a shared row it uses) changed.
"""

import io
import os
import zipfile

import pytest

from pyispyb.kernel.access.file_paths import FILE_NAME_PATTERN
from pyispyb.kernel.auth import permissions
from tests.support.attack_world import Builder, Side, build_side, rows_naming, shared_rows, snapshot
from tests.support.spec_paths import filled_paths

API = "/ispyb/api/v1"
API_2X = "/v2/ispyb/api/v1"  # the py-ispyb 2.x API of current MXCuBE clients (API_2X_ROOT)
VICTIM, ATTACKER = "VICTIMX7Q", "ATTACKX3Z"
ATTACKER_PERMISSIONS = tuple(sorted({"own_proposals", "own_sessions", "em_admin"}
                                    | {p for p in vars(permissions).values()
                                       if isinstance(p, str) and p.startswith("write_")}))
OWNER_PERMISSIONS = ("own_proposals", "own_sessions")
PROPOSAL_PARAMS = {"proposal", "proposal_id", "proposal_code", "proposal_number", "token"}
ALIASES = {"dc": "datacollectionid", "datacollectionplanid": "diffractionplanid",
           "firstexperimentid": "sessionid", "ownerid": "personid", "blsampletypeid": "crystalid"}
MAX_PER_MODE = 6


def norm(name):
    """``data_collection_id`` / ``dataCollectionId`` -> ``datacollectionid``."""
    text = name.replace("_", "").lower()
    return ALIASES.get(text.removesuffix("ids").removesuffix("id"), text.removesuffix("s"))


def id_columns(name, ids):
    """The id columns of ``ids`` a parameter or field called ``name`` may stand for."""
    wanted = norm(name)
    if not wanted.endswith("id"):
        return []
    exact = [c for c in ids if norm(c) == wanted]
    if exact:
        return exact
    return [c for c in ids if norm(c).endswith(wanted) or (wanted.endswith(norm(c)) and len(norm(c)) > 4)]


@pytest.fixture
def attack(app, db_transaction, client, auth, tmp_path, monkeypatch):
    """The two proposals, their files under FILE_ROOTS, and the callers' tokens."""
    root = tmp_path / "files"
    monkeypatch.setitem(app.config, "FILE_ROOTS", [str(root)])
    monkeypatch.setitem(app.config, "PATH_MAP", {})
    monkeypatch.setitem(app.config, "UPLOAD_FOLDER", str(tmp_path / "upload"))
    builder = Builder(db_transaction)
    neutral = Side("shared", "NEUTRAL", str(root / "shared"))
    victim = Side("victim", VICTIM, str(root / "victim"))
    attacker = Side("attacker", ATTACKER, str(root / "attacker"))
    shared = shared_rows(builder, neutral)
    victim.main = build_side(builder, victim, 7001, shared)
    attacker.main = build_side(builder, attacker, 7002, shared)
    for name, key in shared.items():
        victim.ids.setdefault(name, []).append(key)
    os.symlink(victim.files[0], os.path.join(attacker.folder, "link-to-victim.txt"))
    return {"victim": victim, "attacker": attacker, "neutral": neutral, "builder": builder,
            "attacker_token": auth.token("attacker", ATTACKER_PERMISSIONS),
            "victim_token": auth.token("victim", OWNER_PERMISSIONS),
            "specs": {root: client.get(f"{root}/swagger.json").get_json() for root in (API, API_2X)}}


def path_values(name, side, token, spec_param):
    """Values to try for a path parameter, taken from one side."""
    proposal = f"{side.name[:2]}{7001 if side.name == 'victim' else 7002}"
    special = {"token": [token], "proposal": [proposal, str(side.main["proposal"])],
               "proposal_id": [str(side.main["proposal"]), proposal], "proposal_code": [side.name[:2]],
               "proposal_number": [proposal[2:]], "login": [side.name], "name": [proposal],
               "acronyms": [f"{side.name[:3]}P"], "index": ["1"], "snapshot_index": ["1"],
               "start": ["20260101"], "end": ["20261231"], "start_date": ["2026-01-01"], "end_date": ["2026-12-31"],
               "beamlines": ["i99"], "operator": ["i99"]}
    if name in special:
        return special[name]
    columns = id_columns(name, side.ids)
    if columns:
        return [str(key) for column in columns for key in side.ids[column]]
    enum = (spec_param or {}).get("enum")
    return [str(enum[0])] if enum else ["1"]


def urls(path, spec_params, attack, mode):
    """Concrete paths: ``victim`` ids, ``attacker`` ids, or ``mixed`` (attacker proposal, victim ids)."""
    def choices_of(name):
        side = attack["attacker"] if mode == "attacker" or (mode == "mixed" and name in PROPOSAL_PARAMS) \
            else attack["victim"]
        return path_values(name, side, attack["attacker_token"], spec_params.get(name))

    yield from filled_paths(path, choices_of, MAX_PER_MODE)


def leaked(response, marker):
    """True when the response's bytes (or the files of a ZIP it is) carry the marker."""
    data = response.get_data()
    if marker.encode() in data:
        return True
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return any(marker.encode() in archive.read(name) for name in archive.namelist())
        except zipfile.BadZipFile:
            return False
    return False


def operations(spec):
    """``(path, method, parameters by name, body schema)`` of every operation of the spec."""
    for path, item in spec["paths"].items():
        shared_params = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            params = {p["name"]: p for p in shared_params + operation.get("parameters", [])}
            body = next((p.get("schema") for p in params.values() if p.get("in") == "body"), None)
            yield path, method, params, resolve(spec, body)


def resolve(spec, schema):
    """Follow a ``$ref`` of the spec to its definition."""
    while schema and "$ref" in schema:
        schema = spec["definitions"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def plain_value(name, prop, attacker):
    """A harmless value of a body field; references point to the attacker's own rows."""
    columns = id_columns(name, attacker.ids)
    kind = prop.get("type")
    if columns and kind in ("integer", None):
        return attacker.ids[columns[0]][0]
    if prop.get("enum"):
        return prop["enum"][0]
    if kind == "string":
        return "2026-06-01T09:00:00" if prop.get("format") in ("date-time", "date") else "attack"
    return {"integer": 1, "number": 1.0, "boolean": False, "array": [], "object": {}}.get(kind)


def base_body(schema, attacker, references=True):
    """A body with every required field (and every reference field) set, to the attacker's own rows."""
    properties = (schema or {}).get("properties", {})
    body = {}
    for name, prop in properties.items():
        prop = prop or {}
        if name in (schema.get("required") or []) or (references and id_columns(name, attacker.ids)):
            value = plain_value(name, prop, attacker)
            if value is not None:
                body[name] = value
    return body


def path_variants(victim_file, attacker):
    """The victim's file as written by an attacker: plain, through his folder, doubled slash, symlink."""
    own = attacker.folder
    relative = os.path.relpath(victim_file, own)
    return [victim_file, os.path.join(own, relative), victim_file.replace("/", "//", 2),
            os.path.join(own, "link-to-victim.txt")]


def write_bodies(schema, attack, method):
    """Bodies of a write: each reference field pointing to a victim row, each path field naming a victim file.

    Creations carry every reference (to the attacker's rows, but the one attacked); changes carry only
    the required fields, so that a reference or path accepted by a change stays for the later reads.
    """
    victim, attacker = attack["victim"], attack["attacker"]
    base = base_body(schema, attacker, references=method == "post")
    yield base
    for name, prop in ((schema or {}).get("properties") or {}).items():
        columns = id_columns(name, victim.ids)
        if columns and (prop or {}).get("type") in ("integer", None):
            for column in columns:
                yield {**base, name: victim.ids[column][0]}
        if (prop or {}).get("type") == "string" and FILE_NAME_PATTERN.search(name) and "type" not in name.lower():
            for variant in path_variants(victim.files[0], attacker):
                yield {**base, name: variant}


class Findings:
    """Collects what succeeded; compares the victim's rows with their snapshot after each write."""

    def __init__(self, attack):
        self.attack = attack
        self.problems = []
        self.requests = 0
        self.before = self._snapshot()

    def _snapshot(self):
        builder = self.attack["builder"]
        return {**snapshot(builder, self.attack["victim"]), **snapshot(builder, self.attack["neutral"])}

    def check(self, what, response, wrote):
        """Record a leak in the response, and (after a write) any change of the victim's rows."""
        self.requests += 1
        if leaked(response, VICTIM):
            self.problems.append(f"{what}: {response.status_code} carries the victim's marker")
        if response.status_code == 500:  # 501 (not on this schema) and 503 (tool missing) are answers
            self.problems.append(f"{what}: {response.status_code}")
        if wrote:
            after = self._snapshot()
            changed = [key for key, row in after.items() if row != self.before.get(key)]
            if changed:
                self.problems.append(f"{what}: {response.status_code} changed victim rows {changed[:3]}")
                self.before = after


def hide(text, attack):
    """A URL or body as shown in a failure (no token)."""
    return str(text).replace(attack["attacker_token"], "<token>")


def sweep_reads(client, attack, findings, modes):
    """GET every read operation of both roots with the given modes of path values (query filters: victim ids)."""
    headers = {"Authorization": f"Bearer {attack['attacker_token']}"}
    for root, spec in attack["specs"].items():
        for path, method, params, _body in operations(spec):
            if method != "get":
                continue
            for mode in modes:
                for url in urls(path, params, attack, mode):
                    response = client.get(root + url, headers=headers)
                    findings.check(f"GET {root}{hide(url, attack)}", response, wrote=False)
                    for name, param in params.items():
                        if param.get("in") != "query":
                            continue
                        columns = id_columns(name, attack["victim"].ids)
                        if columns:
                            query = {name: attack["victim"].ids[columns[0]][0]}
                            response = client.get(root + url, headers=headers, query_string=query)
                            findings.check(f"GET {root}{hide(url, attack)}?{query}", response, wrote=False)


def spec_operations(attack, methods):
    """``(root, path, method, parameters, body schema)`` of the operations of both roots with these methods."""
    for root, spec in attack["specs"].items():
        for path, method, params, schema in operations(spec):
            if method in methods:
                yield root, path, method, params, schema


def test_the_attacker_reaches_nothing_of_the_victim(client, attack):
    findings = Findings(attack)
    headers = {"Authorization": f"Bearer {attack['attacker_token']}"}
    naming_before = rows_naming(attack["builder"], "victim")
    sweep_reads(client, attack, findings, ("victim", "mixed", "attacker"))
    for root, path, method, params, schema in spec_operations(attack, ("post", "put", "patch")):
        if path.startswith("/auth/"):  # not /auth/logout: it would end the attacker's token
            continue
        for mode in ("attacker", "victim", "mixed"):
            for url in urls(path, params, attack, mode):
                for body in write_bodies(schema, attack, method):
                    response = client.open(root + url, method=method.upper(), json=body, headers=headers)
                    findings.check(f"{method.upper()} {root}{hide(url, attack)} {hide(body, attack)}", response,
                                   wrote=True)
    # a path to the victim's files stored anywhere is a success, even where no route serves it yet
    findings.problems += [f"a write stored a path to the victim's files: {where}"
                          for where in sorted(rows_naming(attack["builder"], "victim") - naming_before)]
    sweep_reads(client, attack, findings, ("attacker",))  # files of the attacker's rows after the path writes
    for root, path, _method, params, _schema in spec_operations(attack, ("delete",)):
        for mode in ("victim", "mixed"):
            for url in urls(path, params, attack, mode):
                response = client.delete(root + url, headers=headers)
                findings.check(f"DELETE {root}{hide(url, attack)}", response, wrote=True)
    assert findings.requests > 1000
    assert not findings.problems, f"{len(findings.problems)} attacks succeeded:\n" + "\n".join(findings.problems[:40])


def test_the_victim_still_reads_his_own_rows_and_files(client, attack):
    headers = {"Authorization": f"Bearer {attack['victim_token']}"}
    seen, files = 0, set()
    for path, method, params, _body in operations(attack["specs"][API]):
        if method != "get":
            continue
        for url in urls(path, {**params}, {**attack, "attacker_token": attack["victim_token"],
                                            "attacker": attack["victim"]}, "attacker"):
            response = client.get(API + url, headers=headers)
            if response.status_code == 200 and leaked(response, VICTIM):
                seen += 1
                if not response.is_json:
                    files.add(path)
    assert seen > 40
    assert {p for p in files if "legacy" not in p} >= {
        "/data_collections/{data_collection_id}/snapshot/{snapshot_index}",
        "/data_collections/{data_collection_id}/wilson_plot",
        "/samples/crystals/{crystal_id}/pdb",
        "/autoproc/programs/attachments/{attachment_id}/download",
        "/autoproc/programs/{program_id}/attachments/download",
    }, sorted(files)
