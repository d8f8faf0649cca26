# SPDX-License-Identifier: LGPL-3.0-or-later
"""Users, groups and permissions kept in the ISPyB database.

* a login is a ``Person.login``;
* a person's groups are the ``UserGroup`` rows linked by ``UserGroup_has_Person``;
* a group's permissions are the ``Permission.type`` values linked by ``UserGroup_has_Permission``.

A schema without these tables (or a group nobody defined) simply yields no group and no
permission: it never fails a login.
"""

from sqlalchemy import insert, select

from pyispyb.kernel.auth.permissions import STORED_ALIASES
from pyispyb.kernel.data import db, schema_info, transaction
from pyispyb.models import Permission, Person, UserGroup, UserGroupHasPermission, UserGroupHasPerson

PERSON_FIELDS = ("personId", "login", "givenName", "familyName", "emailAddress")
LOGIN_LENGTH = Person.__table__.c.login.type.length


def _has_tables(*models):
    info = schema_info()
    return all(info.has_table(m.__tablename__) for m in models)


def find_person(login):
    """Return ``{personId, login, givenName, familyName, emailAddress}`` of the person with ``login``, or None."""
    if not login or not _has_tables(Person):
        return None
    info = schema_info()
    columns = [Person.__table__.c[n] for n in PERSON_FIELDS if info.has_column("Person", n)]
    row = db.session.execute(select(*columns).where(Person.login == login).limit(1)).mappings().first()
    return dict(row) if row is not None else None


def create_person(login, given_name=None, family_name=None, email=None):
    """Insert a Person row for ``login`` and return it (names cut to the columns' lengths)."""
    table = Person.__table__
    values = {"login": login, "givenName": given_name, "familyName": family_name, "emailAddress": email}
    values = {k: (v[:table.c[k].type.length] if isinstance(v, str) else v) for k, v in values.items()
              if v is not None and schema_info().has_column("Person", k)}
    with transaction() as session:
        session.execute(insert(table).values(**values))
    return find_person(login)


def user_groups(login):
    """Return the names of the groups of the person whose login is ``login`` (sorted)."""
    if not login or not _has_tables(Person, UserGroup, UserGroupHasPerson):
        return []
    stmt = (select(UserGroup.name).distinct()
            .join(UserGroupHasPerson, UserGroupHasPerson.userGroupId == UserGroup.userGroupId)
            .join(Person, Person.personId == UserGroupHasPerson.personId)
            .where(Person.login == login))
    return sorted(db.session.execute(stmt).scalars())


def group_permissions(groups):
    """Return the permission names of ``groups`` from ``UserGroup_has_Permission`` (unknown groups add none)."""
    names = [g for g in groups or () if isinstance(g, str) and len(g) <= UserGroup.__table__.c.name.type.length]
    if not names or not _has_tables(Permission, UserGroup, UserGroupHasPermission):
        return []
    stmt = (select(Permission.type).distinct()
            .join(UserGroupHasPermission, UserGroupHasPermission.permissionId == Permission.permissionId)
            .join(UserGroup, UserGroup.userGroupId == UserGroupHasPermission.userGroupId)
            .where(UserGroup.name.in_(names)))
    stored = {value.strip() for value in db.session.execute(stmt).scalars() if value}
    return sorted({STORED_ALIASES.get(value, value) for value in stored})
