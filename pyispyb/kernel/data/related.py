# SPDX-License-Identifier: LGPL-3.0-or-later
"""Reading an object together with its related rows (the ``/info`` routes), ownership applied.

The object and its parents come from one joined query; children are attached with one
query per relation (:func:`pyispyb.kernel.data.queries.attach_children`).
"""

from sqlalchemy import false

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.data.joins import nest_parents, parent_joins


def readable_clauses(user, model):
    """Return clauses limiting ``model`` to the rows the user may read (none without permission)."""
    try:
        return access.visible_filter(user, model)
    except Forbidden:
        return [false()]


def visible_row_with_parents(user, spec, key, parents):
    """Return the row ``key`` of ``spec`` with its ``parents`` in one statement; 404 if absent, 403 if not his."""
    joined = parent_joins(spec.model, parents)
    row = access.fetch_visible(user, spec.model, [spec.key == key], joined.columns, joins=joined.joins)
    return nest_parents(row, parents, joined)
