# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy API fixtures: URLs with the token in the path, users of the reference data."""

import pytest

LEGACY = "/ispyb/api/v1/legacy"
OWNER = ("own_proposals", "own_sessions")
MANAGER = ("all_proposals", "all_sessions")


class Legacy:
    """Build legacy URLs (``/legacy/{token}/...``) and call them."""

    def __init__(self, client, auth):
        self.client = client
        self.auth = auth

    def url(self, path, user="boaty", permissions=OWNER):
        """Return the URL of ``path`` with ``user``'s token in it."""
        return f"{LEGACY}/{self.auth.token(user, permissions)}{path}"

    def get(self, path, user="boaty", permissions=OWNER, **kwargs):
        """GET ``path`` as ``user``."""
        return self.client.get(self.url(path, user, permissions), **kwargs)

    def rows(self, path, user="boaty", permissions=OWNER):
        """GET ``path`` and return its JSON body, checking it answered 200."""
        response = self.get(path, user, permissions)
        assert response.status_code == 200, response.get_json()
        return response.get_json()


@pytest.fixture
def legacy(client, auth):
    """Legacy URL helper for the test's client."""
    return Legacy(client, auth)
