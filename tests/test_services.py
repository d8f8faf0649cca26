# SPDX-License-Identifier: LGPL-3.0-or-later
"""SERVICES and LEGACY_API decide which routes exist: a disabled service has no route and nothing in Swagger."""

import pytest

from pyispyb import create_app
from tests.conftest import app_settings


def spec_paths(app):
    return set(app.test_client().get("/ispyb/api/v1/swagger.json").get_json()["paths"])


@pytest.mark.parametrize("services, em, ssx", [(["core"], False, False), (["core", "em"], True, False),
                                               (["core", "ssx"], False, True)])
def test_only_enabled_services_are_served(database, services, em, ssx):
    app = create_app(run_mode="test", overrides=app_settings(database, SERVICES=services))
    paths = spec_paths(app)
    assert any(p.startswith("/em/") for p in paths) is em
    assert any("/em/" in p and p.startswith("/legacy/") for p in paths) is em
    assert any(p.startswith("/ssx/") for p in paths) is ssx
    assert "/proposals" in paths
    client = app.test_client()
    assert client.get("/ispyb/api/v1/em/movies").status_code == (401 if em else 404)
    assert client.get("/ispyb/api/v1/ssx/data_collections").status_code == (401 if ssx else 404)


def test_legacy_em_routes_follow_legacy_api(database):
    app = create_app(run_mode="test", overrides=app_settings(database, LEGACY_API=False))
    paths = spec_paths(app)
    assert any(p.startswith("/em/") for p in paths)
    assert not any(p.startswith("/legacy/") for p in paths)
