# SPDX-License-Identifier: LGPL-3.0-or-later
"""Fixtures of the authentication tests: a real slapd, a protocol-level Keycloak, an app using both.

``app`` is overridden here: the same test application as elsewhere, plus the LDAP plugins
(DN template, and search-then-bind with a service account) and the Keycloak plugins
(without and with Person creation). slapd is started once per session on ports chosen up
front; without slapd the LDAP tests are skipped, except with ``CI=true`` where that fails.
"""

import logging
from dataclasses import dataclass

import pytest
from sqlalchemy import insert, select

from tests.auth import fake_keycloak
from tests.auth.ldap_directory import GROUPS, PEOPLE, READER_DN, READER_PASSWORD, free_port, missing_binaries, \
    start_slapd
from tests.conftest import DUMMY_AUTH, IN_CI, app_settings

LDAP_MODULE = "pyispyb.kernel.auth.plugins.ldap"
KEYCLOAK_MODULE = "pyispyb.kernel.auth.plugins.keycloak"


@dataclass
class LdapPorts:
    """Where the test slapd listens (chosen before any app is built)."""

    port: int
    tls_port: int

    @property
    def uri(self):
        """Plain LDAP URI."""
        return f"ldap://127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def ldap_ports():
    """Ports for the test slapd."""
    return LdapPorts(free_port(), free_port())


@pytest.fixture(scope="session")
def slapd(ldap_ports, tmp_path_factory):
    """A running OpenLDAP server loaded with the test directory (stopped at the end of the session)."""
    missing = missing_binaries()
    if missing:
        message = f"OpenLDAP {', '.join(missing)} not installed (apt-get install slapd ldap-utils)"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    server = start_slapd(tmp_path_factory.mktemp("slapd"), ldap_ports.port, ldap_ports.tls_port)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def keycloak():
    """The protocol-level Keycloak server with three users."""
    realm = fake_keycloak.FakeKeycloak().start()
    realm.add_user("boaty", "boaty-kc", given_name="Boaty", family_name="McBoatface", email="boaty@example.org")
    realm.add_user("newcomer", "newcomer-kc", given_name="New", family_name="Comer", email="new@example.org")
    realm.add_user("stranger", "stranger-kc")
    yield realm
    realm.stop()


def ldap_config(uri, **changes):
    """Return the CONFIG of an LDAP plugin on the test directory (DN template mode)."""
    config = {"LDAP_URI": uri, "LDAP_USER_DN_TEMPLATE": f"uid={{username}},{PEOPLE}", "LDAP_GROUP_BASE": GROUPS,
              "LDAP_CONNECT_TIMEOUT": 3, "LDAP_RECEIVE_TIMEOUT": 3}
    config.update(changes)
    return {k: v for k, v in config.items() if v is not None}


def keycloak_config(realm, **changes):
    """Return the CONFIG of a Keycloak plugin on the test realm."""
    config = {"KEYCLOAK_SERVER_URL": realm.url, "KEYCLOAK_REALM_NAME": fake_keycloak.REALM,
              "KEYCLOAK_CLIENT_ID": fake_keycloak.CLIENT_ID, "KEYCLOAK_CLIENT_SECRET_KEY": fake_keycloak.CLIENT_SECRET,
              "KEYCLOAK_TIMEOUT": 3}
    config.update(changes)
    return config


def plugin_entry(name, module, cls, config):
    """Return one entry of the AUTH list."""
    return {name: {"ENABLED": True, "AUTH_MODULE": module, "AUTH_CLASS": cls, "CONFIG": config}}


@pytest.fixture(scope="session")
def app(database, ldap_ports, keycloak, tmp_path_factory):
    """The test application with the Dummy, LDAP and Keycloak plugins enabled."""
    from pyispyb import create_app

    plugins = DUMMY_AUTH + [
        plugin_entry("ldap", LDAP_MODULE, "LdapAuthentication", ldap_config(ldap_ports.uri)),
        plugin_entry("ldap_search", LDAP_MODULE, "LdapAuthentication", ldap_config(
            ldap_ports.uri, LDAP_USER_DN_TEMPLATE=None, LDAP_USER_SEARCH_BASE=PEOPLE, LDAP_BIND_DN=READER_DN,
            LDAP_BIND_PASSWORD=READER_PASSWORD, LDAP_DB_GROUPS=True, LDAP_DEFAULT_GROUPS=["ldap_users"])),
        plugin_entry("keycloak", KEYCLOAK_MODULE, "KeycloakDBGroupsAuthentication", keycloak_config(keycloak)),
        plugin_entry("keycloak_create", KEYCLOAK_MODULE, "KeycloakDBGroupsAuthentication",
                     keycloak_config(keycloak, KEYCLOAK_CREATE_PERSON=True)),
    ]
    temp_folder = str(tmp_path_factory.mktemp("temp"))
    return create_app(run_mode="test", overrides=app_settings(database, AUTH=plugins, TEMP_FOLDER=temp_folder))


class Directory:
    """Create persons, groups, permissions and memberships inside the test's transaction."""

    def __init__(self, connection):
        from pyispyb import models

        self.connection = connection
        self.m = models

    def _scalar(self, stmt):
        return self.connection.execute(stmt).scalar()

    def person(self, login, **values):
        """Return the id of the person with ``login``, creating it if needed."""
        m = self.m
        found = self._scalar(select(m.Person.personId).where(m.Person.login == login))
        if found is None:
            found = self.connection.execute(insert(m.Person).values(login=login, **values)).inserted_primary_key[0]
        return found

    def permission(self, name):
        """Return the id of the permission ``name``, creating it if needed."""
        m = self.m
        found = self._scalar(select(m.Permission.permissionId).where(m.Permission.type == name))
        if found is None:
            found = self.connection.execute(insert(m.Permission).values(type=name)).inserted_primary_key[0]
        return found

    def group(self, name, permissions=()):
        """Return the id of group ``name`` (created if needed) after granting it ``permissions``."""
        m = self.m
        group_id = self._scalar(select(m.UserGroup.userGroupId).where(m.UserGroup.name == name))
        if group_id is None:
            group_id = self.connection.execute(insert(m.UserGroup).values(name=name)).inserted_primary_key[0]
        for permission in permissions:
            self.connection.execute(insert(m.UserGroupHasPermission).values(
                userGroupId=group_id, permissionId=self.permission(permission)))
        return group_id

    def member(self, login, group):
        """Put the person ``login`` in ``group`` (both created if needed)."""
        self.connection.execute(insert(self.m.UserGroupHasPerson).values(
            userGroupId=self.group(group), personId=self.person(login)))

    def session_participant(self, login, session_id):
        """Add the person ``login`` to a session (``Session_has_Person``)."""
        self.connection.execute(insert(self.m.SessionHasPerson).values(
            sessionId=session_id, personId=self.person(login)))


@pytest.fixture
def directory(db_transaction):
    """Persons, groups and permissions in the test's transaction (rolled back afterwards)."""
    return Directory(db_transaction)


@pytest.fixture
def auth_log(caplog):
    """Capture the ``pyispyb`` logs (they do not propagate to the root logger) at INFO level."""
    logger = logging.getLogger("pyispyb")
    levels = logger.level, caplog.handler.level
    logger.addHandler(caplog.handler)
    logger.setLevel(logging.INFO)
    caplog.handler.setLevel(logging.INFO)
    try:
        yield caplog
    finally:
        logger.removeHandler(caplog.handler)
        logger.setLevel(levels[0])
        caplog.handler.setLevel(levels[1])
