# SPDX-License-Identifier: LGPL-3.0-or-later
"""Reading an object together with its related rows (the ``/info`` routes), ownership applied.

The object and its parents come from one joined query; children are attached with one
query per relation (:func:`pyispyb.kernel.data.queries.attach_children`).
"""

from sqlalchemy import false

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.data.joins import row_with_parents


def readable_clauses(user, model):
    """Return clauses limiting ``model`` to the rows the user may read (none without permission)."""
    try:
        visible = access.visible_clause(user, model)
    except Forbidden:
        return [false()]
    return [visible] if visible is not None else []


def visible_row_with_parents(user, model, key, parents):
    """Return the row ``key`` of ``model`` with its ``parents``; 404 if absent, 403 if not the user's."""
    (key_column,) = model.__table__.primary_key.columns
    visible = access.visible_clause(user, model)
    row = row_with_parents(model, [key_column == key] + ([visible] if visible is not None else []), parents)
    if row is None:
        access.ensure_visible(user, model, key_column, key)
    return row
