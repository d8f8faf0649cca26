# SPDX-License-Identifier: LGPL-3.0-or-later
"""Plugins whose groups live in the ISPyB database (``UserGroup_has_Person``), as in py-ispyb 1.x.

A subclass proves who the user is (:meth:`get_person`); this base maps the login to a
``Person`` row (creating it only when ``creates_persons`` is set, e.g. by ``KEYCLOAK_CREATE_PERSON``) and
reads the person's groups from the database.
"""

import logging
from abc import abstractmethod
from dataclasses import dataclass

from pyispyb.kernel.exceptions import Conflict
from pyispyb.kernel.auth.groups import LOGIN_LENGTH, create_person, find_person, user_groups
from pyispyb.kernel.auth.plugins.base import AbstractAuthentication, Identity

log = logging.getLogger(__name__)


@dataclass
class PersonInfo:
    """Who the identity provider says the user is."""

    login: str
    given_name: str = None
    family_name: str = None
    email: str = None


class AbstractDBGroupsAuthentication(AbstractAuthentication):
    """Authenticate elsewhere; take the groups from ``UserGroup_has_Person`` of the user's ``Person``."""

    #: create a ``Person`` row for a login the database does not know (set from the plugin's config)
    creates_persons = False

    @abstractmethod
    def get_person(self, username, password, token):
        """Return a :class:`PersonInfo` for valid credentials, or None."""

    def get_user_and_groups(self, username, password, token):
        """Prove the user's identity, find (or create) the Person and read its groups."""
        info = self.get_person(username, password, token)
        if info is None:
            return None
        if not info.login or len(info.login) > LOGIN_LENGTH:
            log.warning("plugin %r: login %r cannot be a Person.login", self.name, info.login)
            return None
        if self.creates_persons and find_person(info.login) is None:
            try:
                create_person(info.login, info.given_name, info.family_name, info.email)
                log.info("plugin %r: created the Person row of %r", self.name, info.login)
            except Conflict:  # created meanwhile by a concurrent login
                pass
        return Identity(username=info.login, groups=user_groups(info.login))
