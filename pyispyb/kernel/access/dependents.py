# SPDX-License-Identifier: LGPL-3.0-or-later
"""Rows that depend on a row about to be changed or deleted, and when that is refused.

ISPyB declares ``ON DELETE CASCADE`` and ``ON DELETE SET NULL`` on many foreign keys. A
delete through this server must never reach, through them, rows the caller may not write:

* **Reference rows** (:func:`is_reference`: shared tables such as beamline set-ups, beam
  calendars and detectors, and rows read through their users such as diffraction plans,
  persons and laboratories) may be used by several proposals. Deleting one that any row
  still uses is refused (409 naming the tables), for every caller: nothing is cascaded or
  nulled. Changing one that rows the caller may not see use is refused (403); rows of tables
  without a scope (beamline bookkeeping) do not count for changes.
* **Owned rows** (a proposal's shipment, a session's data collection...) cascade only into
  rows of the same owner, since every write checks its references. The delete is refused
  (409) if a dependent row the caller may not see exists all the same.
* Tables without a scope have no delete route.

docs/access-rules.md lists the decision for every cascading foreign key of the reference
schemas; ``tests/test_cascades.py`` reads them from the schema files so none goes undecided.
"""

from sqlalchemy import and_, func, not_, select, true

from pyispyb.kernel.access.checks import sees_all, visible_filter
from pyispyb.kernel.access.scopes import SCOPES, Shared, Via, label, scope_kind
from pyispyb.kernel.exceptions import Conflict, Forbidden
from pyispyb.kernel.data import db, schema_info
from pyispyb.models.base import Base

CHANGING_ACTIONS = ("CASCADE", "SET NULL")


def is_reference(model):
    """True for rows shared between proposals, or reached only from the rows that use them."""
    scope = SCOPES.get(model)
    return isinstance(scope, Shared) or (isinstance(scope, Via) and scope.also is not None)


def dependent_columns(model):
    """Return ``[(child model, child column, on delete action)]`` of every foreign key to ``model``'s table."""
    table = model.__table__
    found = []
    for mapper in Base.registry.mappers:
        for column in mapper.local_table.columns:
            for fk in column.foreign_keys:
                if fk.column.table is table:
                    found.append((mapper.class_, column, (fk.ondelete or "RESTRICT").upper()))
    return found


def _present(child, column):
    info = schema_info()
    return info.has_table(child.__tablename__) and info.has_column(child.__tablename__, column.name)


def _count(child, column, key, *clauses):
    stmt = select(func.count()).select_from(child.__table__).where(column == key, *clauses)
    return db.session.execute(stmt).scalar()


def _hides_rows(user, child):
    """True when some rows of ``child`` may be hidden from the user (a scoped table he does not read whole)."""
    return child in SCOPES and not sees_all(user, scope_kind(child))


def _hidden_clause(user, child):
    """The rows of ``child`` the user may not see (for a table of which he does not read every row)."""
    try:
        return not_(and_(*visible_filter(user, child)))
    except Forbidden:
        return true()  # the user reads no row of this kind: every row is hidden


def _is_own(user, model, key):
    """True when the row is the user's own by its scope's ``also`` rule (a person is himself)."""
    scope = SCOPES.get(model)
    if not isinstance(scope, Via) or scope.also is None or model.__tablename__ != "Person":
        return False
    (key_column,) = model.__table__.primary_key.columns
    return db.session.execute(select(key_column).where(key_column == key, scope.also(user))).first() is not None


def check_delete_dependents(user, model, key):
    """Refuse (409) a delete that would cascade into, or null a column of, rows it must not touch."""
    reference = is_reference(model)
    blocking = []
    for child, column, action in dependent_columns(model):
        if not _present(child, column):
            continue
        if reference:
            count = _count(child, column, key)
        elif action in CHANGING_ACTIONS:
            count = _count(child, column, key, _hidden_clause(user, child)) if _hides_rows(user, child) else 0
        else:
            continue
        if count:
            blocking.append(f"{count} {label(child)} row(s) ({column.name})")
    if blocking:
        raise Conflict(f"{label(model)} {key} cannot be deleted: it is used by {', '.join(blocking)}; "
                       "detach or delete those first")


def check_change_dependents(user, model, key):
    """Refuse (403) a change of a reference row that rows the user may not see use (one's own person excepted)."""
    if not is_reference(model) or _is_own(user, model, key):
        return
    blocking = []
    for child, column, _action in dependent_columns(model):
        if not _present(child, column):
            continue
        if _hides_rows(user, child) and _count(child, column, key, _hidden_clause(user, child)):
            blocking.append(label(child))
    if blocking:
        raise Forbidden(f"{user.describe()} may not change {label(model)} {key}: rows of other proposals use it "
                        f"({', '.join(blocking)})")
