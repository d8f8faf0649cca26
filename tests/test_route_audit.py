# SPDX-License-Identifier: LGPL-3.0-or-later
"""Audit of every GET route in the spec: no server error for any caller or id, no data leak to a stranger.

Routes added later are audited automatically (they are read from swagger.json).
"""

import json

from tests.support.spec_paths import filled_paths

API = "/ispyb/api/v1"
PATH_VALUES = {
    "proposal_id": ["37027", "cm14451", "141666", "999999", "no-such-name"],
    "proposal": ["cm14451", "37027", "cm1", "zz9"],
    "session_id": ["55167", "339525", "1"],
    "login": ["boaty", "nobody"],
}
ID_VALUES = ["1", "55167", "1066786", "999999999"]
OWNER_MARKERS = ("37027", "cm14451", "McBoatface", '"boaty"')
MAX_COMBINATIONS = 12


def route_urls(path, token):
    """Yield concrete URLs of a templated path."""
    yield from filled_paths(path, lambda name: [token] if name == "token" else PATH_VALUES.get(name, ID_VALUES),
                            MAX_COMBINATIONS)


def test_no_get_route_fails_or_leaks(client, auth):
    spec = client.get(f"{API}/swagger.json").get_json()
    callers = {"admin": ("admin",), "owner": ("own_proposals", "own_sessions"),
               "stranger": ("own_proposals", "own_sessions")}
    logins = {"admin": "auditor", "owner": "boaty", "stranger": "stranger"}
    problems = []
    for path, operations in spec["paths"].items():
        if "get" not in operations:
            continue
        for caller, permissions in callers.items():
            token = auth.token(logins[caller], permissions)
            for url in route_urls(path, token):
                response = client.get(API + url, headers={"Authorization": f"Bearer {token}"})
                shown = url.replace(token, "<token>")
                if response.status_code == 500 or "Traceback" in response.get_data(as_text=True):
                    problems.append(f"{caller} GET {shown}: {response.status_code}")
                if caller == "stranger" and response.status_code == 200 and response.is_json:
                    body = json.dumps(response.get_json())
                    if any(marker in body for marker in OWNER_MARKERS):
                        problems.append(f"stranger GET {shown} sees proposal 37027 data")
    assert not problems, "\n".join(problems[:20])
