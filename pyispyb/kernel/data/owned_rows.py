# SPDX-License-Identifier: LGPL-3.0-or-later
"""Read chosen columns of one row the caller may see (404 when absent, 403 when not his)."""

from sqlalchemy import select

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import NotFound
from pyispyb.kernel.data import db, require_tables


def visible_row(user, model, key_column, key, columns, joins=()):
    """Return ``columns`` of the row of ``model`` whose ``key_column`` is ``key``, as a dict.

    ``joins`` are ``(target, onclause)`` pairs for columns of related tables (outer joins).
    Raises :class:`NotFound` if the row is absent and :class:`Forbidden` if it is not the user's.
    """
    require_tables(model)
    visible = access.visible_clause(user, model)
    source = model.__table__
    for target, onclause in joins:
        source = source.outerjoin(target, onclause)
    stmt = select(*columns).select_from(source).where(key_column == key)
    if visible is not None:
        stmt = stmt.where(visible)
    row = db.session.execute(stmt.limit(1)).mappings().first()
    if row is None:
        access.ensure_visible(user, model, key_column, key)
        raise NotFound(f"{model.__tablename__} {key} not found")
    return dict(row)
