# SPDX-License-Identifier: LGPL-3.0-or-later
"""What the server does with each cascading foreign key: derived from the code, compared with the docs."""

from pyispyb.kernel.access import SCOPES, is_reference
from pyispyb.kernel.access.dependents import dependent_columns
from pyispyb.models.base import Base

REFUSED = "refused while used"
HIDDEN_REFUSED = "same owner; refused if a row the caller cannot see depends on it"
WITH_OWNER = "same owner (a table without a scope of its own)"
NOT_DELETED = "no route deletes the parent"


def model_by_table():
    """Return ``{table name: model}`` of every model."""
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}


def decision(child, column, parent):
    """The decision the code applies to a delete of ``parent`` that reaches ``child.column``."""
    models = model_by_table()
    parent_model = models.get(parent)
    if parent_model not in SCOPES:
        return NOT_DELETED
    if is_reference(parent_model):
        known = {(c.__tablename__, col.name) for c, col, _action in dependent_columns(parent_model)}
        return REFUSED if (child, column) in known else "UNSEEN: the guard does not know this key"
    return HIDDEN_REFUSED if models.get(child) in SCOPES else WITH_OWNER
