# SPDX-License-Identifier: LGPL-3.0-or-later
"""Permission matrix: every route of the Swagger spec refuses anonymous and forged callers; item routes by role.

The anonymous check discovers the routes from ``swagger.json``, so routes added later are
covered without editing this file. The role matrix is data: add a line to :data:`MATRIX`
for a new item route.
"""

import re
import time

import jwt
import pytest

from tests.conftest import TEST_SECRET

API = "/ispyb/api/v1"
PUBLIC = {("post", "/auth/login"), ("post", "/legacy/authenticate"), ("get", "/health")}
SAMPLE_VALUES = {"integer": "1", "number": "1", "string": "x"}
READ = ("own_proposals", "own_sessions")

#: role -> (login, permissions/groups given to the Dummy plugin)
ROLES = {
    "owner": ("boaty", READ),  # Proposal.personId of 37027, in two of its sessions
    "coinvestigator": ("coi", READ),  # in Session_has_Person for session 55167 only
    "stranger": ("stranger", READ),  # a Person with no proposal and no session
    "admin": ("chief", ("admin",)),  # ADMIN_GROUPS
    "no_permissions": ("boaty", ()),
}
#: (method, path, body, expected status per role); a list answers (200, total)
MATRIX = [
    ("get", "/proposals", None, dict(owner=(200, 1), coinvestigator=(200, 1), stranger=(200, 0), admin=(200, 2),
                                     no_permissions=403)),
    ("get", "/proposals/37027", None, dict(owner=200, coinvestigator=200, stranger=403, admin=200,
                                           no_permissions=403)),
    ("get", "/proposals/cm14451", None, dict(owner=200, coinvestigator=200, stranger=403, admin=200,
                                             no_permissions=403)),
    ("get", "/proposals/141666", None, dict(owner=403, coinvestigator=403, stranger=403, admin=200,
                                            no_permissions=403)),
    ("get", "/proposals/999999", None, dict(owner=404, coinvestigator=404, stranger=404, admin=404,
                                            no_permissions=403)),
    ("patch", "/proposals/37027", {"title": "renamed"}, dict(owner=403, coinvestigator=403, stranger=403, admin=200,
                                                             no_permissions=403)),
    ("get", "/sessions", None, dict(owner=(200, 3), coinvestigator=(200, 1), stranger=(200, 0), admin=(200, 6),
                                    no_permissions=403)),
    ("get", "/sessions/55167", None, dict(owner=200, coinvestigator=200, stranger=403, admin=200,
                                          no_permissions=403)),
    ("get", "/sessions/339535", None, dict(owner=200, coinvestigator=403, stranger=403, admin=200,
                                           no_permissions=403)),
    ("get", "/sessions/339525", None, dict(owner=403, coinvestigator=403, stranger=403, admin=200,
                                           no_permissions=403)),
    ("patch", "/sessions/55167", {"comments": "noted"}, dict(owner=403, coinvestigator=403, stranger=403, admin=200,
                                                            no_permissions=403)),
    ("get", "/auth/me", None, dict(owner=200, coinvestigator=200, stranger=200, admin=200, no_permissions=200)),
]
#: proposals each role's /auth/me lists
MY_PROPOSALS = dict(owner=[37027], coinvestigator=[37027], stranger=[], admin=[], no_permissions=[])
INTERNALS = re.compile(r"Traceback|SELECT |sqlalchemy|pymysql|MySQLdb|sqlite3|\.py\b|File \"", re.IGNORECASE)


def spec_operations(app):
    """Return ``[(method, path template, parameters)]`` of every operation in the Swagger spec."""
    spec = app.test_client().get(f"{API}/swagger.json").get_json()
    operations = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method != "parameters":
                operations.append((method, path, shared + operation.get("parameters", [])))
    return operations


def concrete_path(path, parameters, token):
    """Fill the path template: the ``token`` parameter gets ``token``, others a value of their type."""
    types = {p["name"]: p.get("type", "string") for p in parameters if p.get("in") == "path"}
    return re.sub(r"{(\w+)}", lambda m: token if m.group(1) == "token" else SAMPLE_VALUES[types.get(m.group(1),
                                                                                                      "string")], path)


def forged_token():
    """A well-formed token signed with another key."""
    now = int(time.time())
    claims = {"username": "boaty", "groups": ["admin"], "permissions": ["all_proposals"], "iat": now,
              "exp": now + 600, "iss": "pyispyb", "jti": "f" * 32}
    return jwt.encode(claims, TEST_SECRET[::-1], algorithm="HS256")


@pytest.mark.parametrize("credential", ["none", "forged", "expired"])
def test_every_route_refuses_callers_without_a_valid_token(app, client, credential):
    expired = jwt.encode({"username": "boaty", "iat": 1, "exp": 2, "iss": "pyispyb", "jti": "e" * 32}, TEST_SECRET,
                         algorithm="HS256")
    token = {"none": None, "forged": forged_token(), "expired": expired}[credential]
    checked = []
    for method, path, parameters in spec_operations(app):
        if (method, path) in PUBLIC:
            continue
        url = API + concrete_path(path, parameters, token or "no-token")
        headers = {"Authorization": f"Bearer {token}"} if token and "{token}" not in path else {}
        response = client.open(url, method=method.upper(), headers=headers, json={} if method != "get" else None)
        assert response.status_code == 401, f"{method.upper()} {path} answered {response.status_code}"
        assert set(response.get_json()) == {"message"}
        checked.append(path)
    assert {"/proposals", "/sessions/{session_id}", "/auth/me", "/auth/logout"} <= set(checked)


def test_every_served_route_is_in_the_swagger_spec(app):
    documented = {re.sub(r"{\w+}", "{}", API + path) for _, path, _ in spec_operations(app)}
    served = {re.sub(r"<(?:\w+:)?\w+>", "{}", rule.rule) for rule in app.url_map.iter_rules()
              if rule.rule.startswith(API) and rule.endpoint not in ("api.doc", "api.specs", "api.openapi", "api.root")}
    assert served <= documented, f"routes missing from Swagger: {sorted(served - documented)}"


@pytest.fixture
def role_headers(auth, directory):
    """Authorization headers of each role (the persons they need are created in the test's transaction)."""
    directory.person("stranger", familyName="Stranger")
    directory.session_participant("coi", 55167)
    return {role: auth.headers(login, names) for role, (login, names) in ROLES.items()}


@pytest.mark.parametrize("method, path, body, expectations", MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX])
def test_item_routes_by_role(client, role_headers, method, path, body, expectations):
    for role, expected in expectations.items():
        response = client.open(API + path, method=method.upper(), headers=role_headers[role], json=body)
        status, total = expected if isinstance(expected, tuple) else (expected, None)
        payload = response.get_json()
        assert response.status_code == status, f"{role}: {method.upper()} {path} -> {payload}"
        if total is not None:
            assert payload["data"]["total"] == total == len(payload["data"]["rows"]), role
        if status >= 400:
            assert payload["message"] and not INTERNALS.search(payload["message"]), payload


def test_me_lists_each_roles_person_groups_and_proposals(client, role_headers):
    for role, proposals in MY_PROPOSALS.items():
        body = client.get(f"{API}/auth/me", headers=role_headers[role]).get_json()
        assert [p["proposalId"] for p in body["proposals"]["rows"]] == proposals, role
        assert body["proposals"]["total"] == len(proposals)
        assert body["groups"] == list(ROLES[role][1])
        assert body["is_admin"] is (role == "admin")
    owner = client.get(f"{API}/auth/me", headers=role_headers["owner"]).get_json()
    assert owner["person"]["personId"] == 1 and owner["username"] == "boaty"
    assert owner["proposals"]["rows"][0]["proposalCode"] == "cm"
    assert client.get(f"{API}/auth/me", headers=role_headers["admin"]).get_json()["person"] is None


def test_refusals_name_the_permission_or_the_object(client, role_headers):
    messages = {
        ("no_permissions", "/proposals"): "needs one of the permissions all_proposals, own_proposals",
        ("stranger", "/proposals/37027"): "may not access Proposal 37027",
        ("coinvestigator", "/sessions/339535"): "may not access BLSession 339535",
        ("owner", "/sessions/339525"): "may not access BLSession 339525",
    }
    for (role, path), fragment in messages.items():
        assert fragment in client.get(API + path, headers=role_headers[role]).get_json()["message"]


def test_me_runs_a_bounded_number_of_queries(client, role_headers, count_queries):
    with count_queries() as counted:
        assert client.get(f"{API}/auth/me", headers=role_headers["owner"]).status_code == 200
    assert counted.count <= 3
