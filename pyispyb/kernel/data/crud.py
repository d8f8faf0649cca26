# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data handling shared by the plain CRUD resources: list, get, create, update, delete.

Every function takes a declared table (:class:`pyispyb.kernel.resources.TableResource`, ``spec``)
and the caller, and applies the ownership rules of :mod:`pyispyb.kernel.access`;
none reads ``flask.request``. Writes run in one transaction: a failure leaves the
database as it was.
"""

from sqlalchemy import delete, insert, update

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data import require_tables, transaction
from pyispyb.kernel.data.queries import get_row, list_page, row_exists, row_matches, writable_values


def list_items(spec, user, query, clauses=()):
    """Return ``(total, rows)`` of the rows the user may see, filtered and paginated."""
    if not clauses:
        return access.list_visible(user, spec.model, query)
    return list_page(spec.model, query, list(clauses) + access.visible_filter(user, spec.model, listing=True))


def get_item(spec, user, key):
    """Return one row the user may see; 404 if absent, 403 if not his (one statement: the row and its visibility)."""
    return access.fetch_visible(user, spec.model, {spec.key: key})


def _prepare(spec, user, values, existing=None):
    access.check_write_permission(user, spec.write_permission)
    access.check_read_permission(user, spec.model)
    values = writable_values(spec.model, values)
    if spec.before_write:
        values = spec.before_write(user, values, existing)
    access.check_row_write(user, spec.model, spec.write_permission, values, existing)
    return values


def create_item(spec, user, values):
    """Insert a row after checking permission and the ownership of everything it references."""
    require_tables(spec.model)
    if spec.create_permission:
        access.check_write_permission(user, spec.create_permission)
    values = _prepare(spec, user, values)
    inserted = {}
    with transaction(applied=lambda: row_exists(spec.model, [spec.key == inserted["key"]])) as session:
        result = session.execute(insert(spec.model.__table__).values(**values))
        inserted["key"] = key = values.get(spec.key.name) or result.inserted_primary_key[0]
        row = get_row(spec.model, [spec.key == key])  # read before the commit: a commit that lands is a 201
    return row


def update_item(spec, user, key, values):
    """Update the given columns of a row the user owns; return the updated row."""
    existing = get_item(spec, user, key)
    values = _prepare(spec, user, values, existing)
    if values:
        access.check_change_dependents(user, spec.model, key)
    if spec.key.name in values and values[spec.key.name] != key:
        raise BadRequest(f"{spec.key.name} cannot be changed")
    if not values:
        return existing
    with transaction(applied=lambda: row_matches(spec.model, [spec.key == key], values)) as session:
        session.execute(update(spec.model.__table__).where(spec.key == key).values(**values))
        row = get_row(spec.model, [spec.key == key])  # read before the commit: a commit that lands is a 200
    return row


def delete_item(spec, user, key):
    """Delete a row the user owns (409 when other rows still reference it)."""
    get_item(spec, user, key)
    access.check_write_permission(user, spec.write_permission)
    if spec.delete_permission:
        access.check_write_permission(user, spec.delete_permission)
    access.check_delete_dependents(user, spec.model, key)
    with transaction(deleting=True, applied=lambda: not row_exists(spec.model, [spec.key == key])) as session:
        session.execute(delete(spec.model.__table__).where(spec.key == key))
