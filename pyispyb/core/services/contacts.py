# SPDX-License-Identifier: LGPL-3.0-or-later
"""Persons, laboratories and lab contacts: CRUD specifications, write rules and person info.

Visibility (see ``pyispyb.kernel.access``): a person is visible to himself, to users sharing
a proposal or a session with him (as proposal person, member, session participant or lab
contact) and to ``all_proposals`` users; a laboratory through its visible persons.
"""

from pyispyb.kernel import access
from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.auth.permissions import ALL_PROPOSALS, ADMIN_PERSONS, WRITE_CONTACTS
from pyispyb.kernel.auth.user import AuthUser
from pyispyb.models import Person
from pyispyb.core.schemas.contacts import LAB_CONTACT, LABORATORY, PERSON

# Columns of a person shown inside other objects (/info routes): no internal fields.
PERSON_SUMMARY = ("personId", "laboratoryId", "title", "givenName", "familyName", "emailAddress",
                  "phoneNumber", "login")


def only_own_person(user, values, existing):
    """Without ``admin_persons`` a user changes only his own person, and not its login."""
    if existing is None or user.has_permission(ADMIN_PERSONS):
        return values
    if existing.get("login") != user.username:
        raise Forbidden(f"{user.describe()} may only change his own person (others need {ADMIN_PERSONS})")
    if values.get("login", existing["login"]) != existing["login"]:
        raise Forbidden(f"changing a login needs the permission {ADMIN_PERSONS}")
    return values


PERSON_SPEC = CrudSpec(PERSON, WRITE_CONTACTS, label="person", hooks={"before_write": only_own_person},
                       create_permission=ADMIN_PERSONS, delete_permission=ADMIN_PERSONS)
LABORATORY_SPEC = CrudSpec(LABORATORY, WRITE_CONTACTS, label="laboratory",
                           create_permission=ADMIN_PERSONS, delete_permission=ADMIN_PERSONS)
LAB_CONTACT_SPEC = CrudSpec(LAB_CONTACT, WRITE_CONTACTS, label="lab contact")


def person_info(user, login):
    """Return the person with this login and the ids of his proposals that the caller may see."""
    row = access.fetch_visible(user, Person, [Person.login == login])
    ids = access.user_proposal_ids(AuthUser(username=login))
    if not user.has_permission(ALL_PROPOSALS):
        ids = ids & access.user_proposal_ids(user)
    row["proposal_ids"] = sorted(ids)
    return row
