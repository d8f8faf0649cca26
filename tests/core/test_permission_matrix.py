# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every core route × method × caller -> status: the owner of proposal 37027, a stranger, an admin
and an authenticated user without permissions.

``{own.kind}`` in a path or body is a row of 37027, ``{foreign.kind}`` one of 141666 (see world.py).
"""

import re

import pytest

from tests.core.world import API

OWNED_LIST = (200, 200, 200, 403)  # a stranger's list is empty, not refused
OWNED_READ = (200, 403, 200, 403)
FOREIGN_READ = (403, 403, 200, 403)
OWNED_WRITE = (200, 403, 200, 403)
OWNED_CREATE = (201, 403, 201, 403)
OWNED_DELETE = (204, 403, 204, 403)
ADMIN_CREATE = (403, 403, 201, 403)
ADMIN_DELETE = (403, 403, 204, 403)
SHARED_READ = (200, 200, 200, 200)
SHARED_CREATE = (201, 201, 201, 403)
SHARED_WRITE = (200, 200, 200, 403)
SHARED_DELETE = (204, 204, 204, 403)


def crud(url, kind, body, *, create=OWNED_CREATE, delete=OWNED_DELETE, delete_kind=None, put=None,
         patch=None, methods="GET POST PUT PATCH DELETE"):
    """The matrix rows of a CRUD collection of owned rows."""
    item, foreign = f"{url}/{{own.{kind}}}", f"{url}/{{foreign.{kind}}}"
    rows = [("GET", url, None, OWNED_LIST), ("GET", item, None, OWNED_READ), ("GET", foreign, None, FOREIGN_READ)]
    if "POST" in methods:
        rows.append(("POST", url, body, create))
    if "PUT" in methods:
        rows.append(("PUT", item, put or body, OWNED_WRITE))
    if "PATCH" in methods:
        rows.append(("PATCH", item, patch or {}, OWNED_WRITE))
    if "DELETE" in methods:
        rows.append(("DELETE", f"{url}/{{own.{delete_kind or 'spare_' + kind}}}", None, delete))
    return rows


def shared(url, kind, body, write=None):
    """The matrix rows of a CRUD collection of reference data (``write``: statuses of changes, if not SHARED_WRITE)."""
    write = write or SHARED_WRITE
    return [("GET", url, None, SHARED_READ), ("GET", f"{url}/{{own.{kind}}}", None, SHARED_READ),
            ("POST", url, body, SHARED_CREATE), ("PATCH", f"{url}/{{own.{kind}}}", body, write),
            ("PUT", f"{url}/{{own.{kind}}}", body, write),
            ("DELETE", f"{url}/{{own.spare_{kind}}}", None, SHARED_DELETE)]


PROPOSAL = {"personId": 1, "proposalCode": "mx", "proposalNumber": "999", "title": "t"}
MATRIX = [
    *crud("/proposals", "proposal", PROPOSAL, create=ADMIN_CREATE, delete=ADMIN_DELETE,
          put={**PROPOSAL, "proposalCode": "cm", "proposalNumber": "14451"}, patch={"title": "renamed"}),
    ("GET", "/proposals/{own.proposal}/info", None, OWNED_READ),
    ("GET", "/proposals/{foreign.proposal}/info", None, FOREIGN_READ),
    *crud("/sessions", "session", {"proposalId": 37027, "visit_number": 901}, delete=ADMIN_DELETE,
          put={"proposalId": 37027, "comments": "c"}, patch={"comments": "c"}),
    ("GET", "/sessions/{own.session}/info", None, OWNED_READ),
    ("GET", "/sessions/{foreign.session}/info", None, FOREIGN_READ),
    ("GET", "/sessions/date?start_date=20160101&end_date=20161231", None, OWNED_LIST),
    ("GET", "/sessions/date/20160101/20161231", None, OWNED_LIST),
    ("GET", "/sessions/proposal/{own.proposal}", None, OWNED_READ),
    ("GET", "/sessions/proposal/{foreign.proposal}", None, FOREIGN_READ),
    *shared("/sessions/beam_calendars", "beam_calendar",
            {"run": "r1", "beamStatus": "User", "startDate": "2026-01-01T00:00:00", "endDate": "2026-02-01T00:00:00"}),
    *crud("/contacts/persons", "person", {"login": "newbie", "familyName": "New"}, create=ADMIN_CREATE,
          delete=ADMIN_DELETE, put={"login": "boaty", "familyName": "McBoatface"}, patch={"phoneNumber": "555"}),
    ("GET", "/contacts/persons/boaty/info", None, OWNED_READ),
    *crud("/contacts/lab_contacts", "lab_contact", {"personId": 1, "proposalId": 37027, "cardName": "new card"},
          delete_kind="lab_contact", patch={"courierAccount": "42"}),
    *crud("/contacts/labs", "laboratory", {"name": "New lab"}, create=ADMIN_CREATE, delete=ADMIN_DELETE),
    *crud("/shipments", "shipment", {"proposalId": 37027, "shippingName": "new"}),
    ("GET", "/shipments/{own.shipment}/info", None, OWNED_READ),
    ("GET", "/shipments/{foreign.shipment}/info", None, FOREIGN_READ),
    *crud("/dewars", "dewar", {"shippingId": 6988, "code": "new"}),
    *crud("/containers", "container", {"dewarId": 8287, "code": "new"}),
    *crud("/samples", "sample", {"containerId": 33049, "name": "new"}),
    *crud("/samples/crystals", "crystal", {"proteinId": 121393, "name": "new"}),
    *crud("/samples/proteins", "protein", {"proposalId": 37027, "acronym": "new"}),
    *crud("/samples/diffraction_plans", "diffraction_plan", {"comments": "new"}, create=SHARED_CREATE,
          delete=SHARED_DELETE),
    *crud("/data_collections", "data_collection", {"dataCollectionGroupId": "{own.data_collection_group}"},
          methods="GET POST"),
    *crud("/data_collections/groups", "data_collection_group", {"sessionId": 55167}, methods="GET POST"),
    ("GET", "/data_collections/groups/session/{own.session}", None, OWNED_READ),
    ("GET", "/data_collections/groups/session/{foreign.session}", None, FOREIGN_READ),
    *crud("/autoproc", "autoproc", {"autoProcProgramId": "{own.program}"}, methods="GET POST"),
    *crud("/autoproc/programs", "program", {"processingJobId": 5, "processingPrograms": "xia2"}, methods="GET POST"),
    *crud("/autoproc/programs/attachments", "attachment",
          {"autoProcProgramId": "{own.program}", "fileType": "Log"}, methods="GET POST"),
    ("GET", "/autoproc/programs/{own.program}/attachments", None, OWNED_READ),
    ("GET", "/autoproc/programs/{foreign.program}/attachments", None, FOREIGN_READ),
    *crud("/autoproc/status", "status",
          {"autoProcIntegrationId": "{own.integration}", "step": "Scaling", "status": "Successful"},
          methods="GET POST"),
    *crud("/autoproc/integrations", "integration", None, methods="GET"),
    *crud("/autoproc/scaling_statistics", "scaling_statistics", None, methods="GET"),
    # set-up 1 is used by sessions of 37027: the stranger may not change what they use
    *shared("/beamline/setups", "beamline_setup", {"beamlineName": "i03"}, write=(200, 403, 200, 403)),
    *shared("/beamline/detectors", "detector", {"detectorModel": "Eiger"}),
    *crud("/beamline/robot_actions", "robot_action", {"blsessionId": 55167, "actionType": "LOAD"},
          delete_kind="robot_action", patch={"status": "ERROR"}),
    ("GET", "/schemas/available_names", None, SHARED_READ),
    ("GET", "/schemas/dewar", None, SHARED_READ),
]
USERS = ("owner", "stranger", "admin", "noperm")
CASES = [pytest.param(method, path, body, user, statuses[i], id=f"{method} {path} {user}")
         for method, path, body, statuses in MATRIX for i, user in enumerate(USERS)]
PLACEHOLDER = re.compile(r"\{(own|foreign)\.(\w+)\}")


def fill(value, world):
    """Replace ``{own.kind}`` / ``{foreign.kind}`` placeholders with ids from the world."""
    if isinstance(value, dict):
        return {k: fill(v, world) for k, v in value.items()}
    if not isinstance(value, str):
        return value
    whole = PLACEHOLDER.fullmatch(value)
    if whole:
        return getattr(world, whole.group(1))(whole.group(2))
    return PLACEHOLDER.sub(lambda found: str(getattr(world, found.group(1))(found.group(2))), value)


@pytest.mark.parametrize("method, path, body, user, status", CASES)
def test_route_answers_each_caller_as_the_rules_say(client, world, as_user, method, path, body, user, status):
    url = API + fill(path, world)
    response = client.open(url, method=method, json=fill(body, world) if body is not None else None,
                           headers=as_user(user))
    assert response.status_code == status, (url, response.get_json())


@pytest.mark.parametrize("method, path", sorted({(m, p) for m, p, _b, _s in MATRIX}))
def test_route_needs_a_token(client, world, method, path):
    response = client.open(API + fill(path, world), method=method, json={})
    assert response.status_code == 401
    assert response.get_json()["message"]
