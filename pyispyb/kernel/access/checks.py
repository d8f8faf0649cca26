# SPDX-License-Identifier: LGPL-3.0-or-later
"""Read and write checks: visibility clauses, 404/403 on items, references of writes."""

from sqlalchemy import (
    BindParameter, Column, and_, bindparam, case, false, literal, or_, select, tuple_, union,
)
from sqlalchemy.sql import operators

from pyispyb.kernel.access.file_paths import check_file_paths
from pyispyb.kernel.access.ownership import owned_ids, user_proposal_ids, user_session_ids
from pyispyb.kernel.access.scopes import SCOPES, Owned, Via, hop_present, label, references, scope_kind
from pyispyb.kernel.exceptions import Conflict, Forbidden, NotFound, ValidationFailed
from pyispyb.kernel.data import db, require_tables, schema_info
from pyispyb.kernel.data.prepared import OWNER_LOGIN, prepared
from pyispyb.kernel.data.queries import fetch_dicts, prepared_page, present_columns

READ_PERMISSIONS = {
    "proposal": ("all_proposals", "own_proposals"),
    "session": ("all_sessions", "own_sessions"),
}


def check_read_permission(user, model):
    """Raise :class:`Forbidden` unless the user holds a permission that reads ``model``'s kind."""
    kind = scope_kind(model)
    if kind == "shared":
        return
    needed = READ_PERMISSIONS[kind]
    if not user.has_any(needed):
        raise Forbidden(f"{user.describe()} needs one of the permissions {', '.join(needed)}")


def sees_all(user, kind):
    """True when the user may read every object of this kind."""
    return kind == "shared" or user.has_permission(READ_PERMISSIONS[kind][0])


def visible_filter(user, model, listing=False):
    """Return the clauses limiting ``model`` to the user's rows: an empty list when he sees them all.

    Raises :class:`Forbidden` if the user has no read permission for the model at all.
    ``listing`` (for lists): a scope with several hops restricts the key to the union of the
    rows each hop reaches (:func:`_listing_restriction`). ``a IN (SELECT ...) OR b IN (SELECT
    ...)`` makes MariaDB scan the whole table (a sample through its container or its crystal);
    items keep it, an OR costs nothing on a primary-key lookup.
    """
    check_read_permission(user, model)
    if sees_all(user, scope_kind(model)):
        return []
    return [_listing_restriction(user, model) if listing else _restriction(user, model)]


def restrict(stmt, user, model, listing=False):
    """Return the select ``stmt`` limited to the rows of ``model`` the user may see.

    The statement is returned unchanged for users who see every row of that kind;
    ``listing`` as in :func:`visible_filter`. Raises :class:`Forbidden` without read permission.
    """
    clauses = visible_filter(user, model, listing)
    return stmt.where(*clauses) if clauses else stmt


def visible_flag(user, model):
    """Return a column expression: 1 where the user may see the row of ``model``, else 0 (always 1 for see-all users).

    Lets one statement tell a missing row (404) from another user's row (403).
    Raises :class:`Forbidden` if the user has no read permission for the model at all.
    """
    return _flag(visible_filter(user, model))


def _flag(clauses):
    """1 where every clause holds, else 0; 1 for no clause."""
    return case((and_(*clauses), 1), else_=0) if clauses else literal(1)


def _listing_restriction(user, model):
    """The restriction of a list through several hops: its key in the union of the keys each hop reaches.

    Each part of the union is an index lookup by one hop (``containerId IN (the caller's
    containers)``); MariaDB materialises the union once (a derived table) and reads the page's
    rows by primary key. Same rows as :func:`_restriction`, in one statement, built once per shape.
    """
    scope = SCOPES[model]
    hops = _present_hops(model)
    if len(hops) < 2:
        return _restriction(user, model)
    key = list(model.__table__.primary_key.columns)
    parts = [select(*key).where(local.in_(select(remote).where(_restriction(user, parent))))
             for local, remote, parent in hops]
    if scope.also is not None:
        parts.append(select(*key).where(scope.also(user)))
    visible = union(*parts).subquery("visible")
    if len(key) == 1:
        return key[0].in_(select(visible.c[0]))
    return tuple_(*key).in_(select(*visible.c))


def _restriction(user, model):
    scope = SCOPES[model]
    if isinstance(scope, Owned):
        return scope.column.in_(owned_ids(user, scope.kind))
    clauses = [local.in_(select(remote).where(_restriction(user, model)))
               for local, remote, model in scope.hops if hop_present(local, remote)]
    if scope.also is not None:
        clauses.append(scope.also(user))
    return or_(*clauses) if clauses else false()


def list_visible(user, model, query):
    """Return ``(total, rows)``: a page of the rows of ``model`` the user may see, as ``query`` filters and orders it.

    The statement is built once per shape (filters, order, whether the caller sees every row
    of the kind), the caller's login and the values being parameters.
    """
    check_read_permission(user, model)
    restricted = not sees_all(user, scope_kind(model))
    return prepared_page(model, query, (restricted,), lambda: visible_filter(user, model, listing=True),
                         {OWNER_LOGIN: user.username})


def _present_hops(model):
    """The hops of ``model``'s scope whose columns the live schema has (none for an owned or shared model)."""
    scope = SCOPES[model]
    return [h for h in scope.hops if hop_present(h[0], h[1])] if isinstance(scope, Via) else []


VISIBLE_FLAG = "_visible"


def fetch_visible(user, model, key_clauses, columns=None, joins=()):
    """Return the row of ``model`` matching ``key_clauses`` as a dict of ``columns`` (default: all present ones).

    One statement: the row's columns, plus (unless the user sees every row of its kind) a
    flag computed from the visibility clause. Raises :class:`NotFound` when no row matches
    and :class:`Forbidden` when the row is not the user's (or he lacks the read permission).
    ``joins`` are ``(target, onclause)`` pairs for columns of related tables (outer joins).
    ``key_clauses`` may also be ``{column: value}`` (equalities). With the default columns, or
    :data:`FOUND_ONLY`, and equality keys on the model's table, the statement is built once
    (:mod:`pyispyb.kernel.data.prepared`).
    """
    keys = list(key_clauses.items()) if isinstance(key_clauses, dict) else _equality_keys(key_clauses)
    if keys is not None:
        key_text = ", ".join(str(value) for _column, value in keys)
        if joins or not (columns is None or columns is FOUND_ONLY) or \
                any(column.table is not model.__table__ for column, _value in keys):
            key_clauses, keys = [column == value for column, value in keys], None
    else:
        key_text = _key_text(key_clauses)
    require_tables(model)
    check_read_permission(user, model)
    restricted = not sees_all(user, scope_kind(model))
    if keys is None:
        clauses = visible_filter(user, model)
        source = model.__table__
        for target, onclause in joins:
            source = source.outerjoin(target, onclause)
        selected = list(present_columns(model) if columns is None else columns)
        if clauses:
            selected.append(_flag(clauses).label(VISIBLE_FLAG))
        found = fetch_dicts(select(*selected).select_from(source).where(*key_clauses).limit(1))
        row = found[0] if found else None
    else:
        key_columns = tuple(column for column, _value in keys)
        statement = prepared(("item", model, columns is None, tuple(c.name for c in key_columns), restricted),
                             lambda: _item_select(user, model, columns, key_columns, restricted))
        row = statement.first(**{OWNER_LOGIN: user.username},
                              **{f"key_{n}": value for n, (_column, value) in enumerate(keys)})
    if row is None:
        raise NotFound(f"{label(model)} {key_text} not found")
    if restricted and not row.pop(VISIBLE_FLAG):
        raise Forbidden(f"{user.describe()} may not access {label(model)} {key_text}: "
                        f"its {scope_kind(model)} is not one of the user's")
    return row


#: ``columns`` of :func:`fetch_visible` that only tell whether the row exists and is visible
FOUND_ONLY = (literal(1).label("_found"),)


def _item_select(user, model, columns, key_columns, restricted):
    """The select of :func:`fetch_visible` with its keys as the parameters ``key_0``, ``key_1``..."""
    selected = list(present_columns(model) if columns is None else columns)
    if restricted:
        selected.append(_flag(visible_filter(user, model)).label(VISIBLE_FLAG))
    keys = [column == bindparam(f"key_{n}") for n, column in enumerate(key_columns)]
    return select(*selected).select_from(model.__table__).where(*keys).limit(1)


def _equality_keys(key_clauses):
    """``[(column, value)]`` when every clause is ``column == value`` (a value, not an expression), else None."""
    keys = []
    for clause in key_clauses:
        left, right = getattr(clause, "left", None), getattr(clause, "right", None)
        if (getattr(clause, "operator", None) is not operators.eq or not isinstance(left, Column)
                or not isinstance(right, BindParameter) or right.expanding or right.value is None):
            return None
        keys.append((left, right.value))
    return keys


def _key_text(key_clauses):
    """The values compared in ``key_clauses`` (``column == value``), for messages."""
    values = [getattr(clause, "right", None) for clause in key_clauses]
    return ", ".join(str(v.value) for v in values if isinstance(v, BindParameter))


def ensure_visible(user, model, key_column, key_value):
    """Raise 404 if the row does not exist, 403 if it is not the user's (one statement at most)."""
    check_read_permission(user, model)
    if not sees_all(user, scope_kind(model)) and _among_own_ids(user, model, key_column, key_value):
        return
    fetch_visible(user, model, {key_column: key_value}, columns=FOUND_ONLY)


def _among_own_ids(user, model, key_column, key_value):
    """True when the key is one of the caller's proposal or session ids, already read: no query needed."""
    scope = SCOPES.get(model)
    if not isinstance(scope, Owned) or key_column is not scope.column or "proposal_ids" not in user.cache:
        return False
    return key_value in (user_proposal_ids(user) if scope.kind == "proposal" else user_session_ids(user))


def ensure_all_visible(user, model, key_column, ids):
    """Like :func:`ensure_visible` for many ids in one query: 404 names the first missing, 403 the first hidden."""
    try:
        clauses, refused = visible_filter(user, model), None
    except Forbidden as error:  # a missing id is still a 404
        clauses, refused = [false()], error
    found = dict(db.session.execute(select(key_column, _flag(clauses)).where(key_column.in_(ids))).all())
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"{label(model)} {missing[0]} not found")
    if refused is not None:
        raise refused
    hidden = [i for i in ids if not found[i]]
    if hidden:
        raise Forbidden(f"{user.describe()} may not access {label(model)} {hidden[0]}: "
                        f"its {scope_kind(model)} is not one of the user's")


def check_references(user, model, values):
    """Check every foreign key in ``values`` that points to an owned model.

    A reference to a missing row is a :class:`Conflict`; to another user's row, :class:`Forbidden`.
    This is what stops a write from moving an object into someone else's proposal.
    """
    for column, parent_key, parent in references(model):
        check_reference(user, column.name, values.get(column.name), parent, parent_key)


def check_reference(user, name, value, parent, parent_key):
    """Check that field ``name`` = ``value`` names a row of ``parent`` the user may see (409/403)."""
    if value is None or not schema_info().has_table(parent.__tablename__):
        return
    try:
        ensure_visible(user, parent, parent_key, value)
    except NotFound:
        raise Conflict(f"{name}: {label(parent)} {value} does not exist") from None
    except Forbidden:
        raise Forbidden(f"{name}: {label(parent)} {value} is not one of "
                        f"{user.describe()}'s {scope_kind(parent)}s") from None


def owner_columns(model):
    """Return the columns of which a row of ``model`` must set one to have an owner (may be empty).

    Empty for shared models, for scopes whose rows may be visible without an owner
    (``Via.also``) and for owners identified by the primary key (proposals, sessions).
    """
    scope = SCOPES.get(model)
    if isinstance(scope, Owned):
        return [] if scope.column.primary_key else [scope.column]
    if isinstance(scope, Via) and scope.also is None:
        return [local for local, _remote, _model in scope.hops
                if local.table is model.__table__ and not local.primary_key]
    return []


def check_owner_given(user, model, values):
    """Refuse (422) a row that would belong to nobody, unless the user sees every row of its kind.

    A row without its owning reference (a container without dewar, a crystal without protein)
    would be invisible to the user who wrote it: only ``all_*`` users may write such rows.
    """
    columns = [c for c in owner_columns(model) if schema_info().has_column(model.__tablename__, c.name)]
    if not columns or sees_all(user, scope_kind(model)) or any(values.get(c.name) is not None for c in columns):
        return
    names = " or ".join(c.name for c in columns)
    raise ValidationFailed(f"{names} is required: it names the owner of the {label(model)}",
                           errors={c.name: ["Missing data for required field."] for c in columns})


def check_write_permission(user, permission):
    """Raise :class:`Forbidden` unless the user holds the write permission (a name, or a tuple of alternatives)."""
    names = (permission,) if isinstance(permission, str) else tuple(permission)
    if not user.has_any(names):
        raise Forbidden(f"{user.describe()} needs the permission {' or '.join(names)}")


def check_row_write(user, model, permission, values, existing=None):
    """Check everything a write of ``values`` into ``model`` needs, whoever writes it.

    The area's write permission, read access to the table, the right to name files (path
    columns), the ownership of every row referenced, and that the row stays under an owner.
    Every write path (generic CRUD, the 2.x API, service modules) calls this one check.
    """
    check_write_permission(user, permission)
    check_read_permission(user, model)
    check_values(user, model, values, existing)
    check_owner_given(user, model, {**(existing or {}), **values})


def check_values(user, model, values, existing=None):
    """Check the right to name the files and the ownership of every row that ``values`` name.

    The part of :func:`check_row_write` for a row whose owner is created in the same transaction
    (a collection in a new group): its owner is checked on the parent instead.
    """
    check_file_paths(user, model, values, existing)
    check_references(user, model, values)
