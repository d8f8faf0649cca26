# SPDX-License-Identifier: LGPL-3.0-or-later
"""Production mode: the Dummy plugin is refused however it is named; real plugins start."""

import pytest

from pyispyb import create_app
from pyispyb.kernel.auth import DummyAuthentication
from pyispyb.config import ConfigError
from tests.auth.conftest import LDAP_MODULE, ldap_config, plugin_entry

STRONG = "a-production-secret-key-with-plenty-of-entropy-0123456789"


class RenamedDummy(DummyAuthentication):
    """The Dummy plugin under another name (a site's copy, or a careless subclass)."""


def prod_app(tmp_path, plugins):
    return create_app(run_mode="prod", overrides={"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/prod.sqlite",
                                                  "SECRET_KEY": STRONG, "AUTH": plugins,
                                                  "TEMP_FOLDER": str(tmp_path / "temp")})


@pytest.mark.parametrize("module, cls", [
    ("pyispyb.kernel.auth.DummyAuthentication", "DummyAuthentication"),
    ("pyispyb.kernel.auth.plugins.dummy", "DummyAuthentication"),
    ("pyispyb.app.extensions.auth.DummyAuthentication", "DummyAuthentication"),  # py-ispyb 1.x path
    ("pyispyb.app.extensions.auth.plugins.dummy", "DummyAuthentication"),
    (__name__, "RenamedDummy"),
])
def test_prod_refuses_the_dummy_plugin_however_it_is_named(tmp_path, module, cls):
    with pytest.raises(ConfigError, match="prod mode refuses the Dummy authentication plugin"):
        prod_app(tmp_path, [plugin_entry("dev", module, cls, {})])


def test_prod_starts_with_an_ldap_plugin_and_refuses_dummy_logins(tmp_path):
    app = prod_app(tmp_path, [plugin_entry("ldap", LDAP_MODULE, "LdapAuthentication",
                                           ldap_config("ldaps://ldap.example.org"))])
    response = app.test_client().post("/ispyb/api/v1/auth/login",
                                      json={"plugin": "dummy", "username": "boaty", "password": "all_proposals"})
    assert response.status_code == 401
    assert response.get_json() == {"message": "unknown authentication plugin 'dummy'"}
