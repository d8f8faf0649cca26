# SPDX-License-Identifier: LGPL-3.0-or-later
"""Building blocks of the legacy rows: id lists, ``{proposal}`` path values, site-only columns.

The Java rows name columns ``Table_column``. Some of those columns exist only in some
sites' schemas (``BLSession.projectCode`` in v1.10.4, not in v5.0.0), some tables only in
older ones (``Workflow``, ``WorkflowStep``, ``Experiment``): :func:`source_column` and
:func:`site_table` use them when the live database has them and give NULL otherwise.
"""

from sqlalchemy import column as sql_column
from sqlalchemy import literal_column, null
from sqlalchemy import table as sql_table
from sqlalchemy.sql.expression import ColumnClause

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.data import db, schema_info
from pyispyb.models.base import Base
from pyispyb.kernel.data.values import is_integer_text
from pyispyb import models as m
from pyispyb.core.services.proposals import find_proposal_id

#: Largest id list a path may carry (longer lists are cut: Java parses them all, one query each).
MAX_IDS = 1000


def parse_ids(text):
    """Return the integers of a comma-separated path segment, in order, without duplicates.

    Like Java's ``parseToInteger``, parts that are not numbers are dropped silently.
    """
    seen = []
    for part in str(text or "").split(","):
        part = part.strip()
        if is_integer_text(part) and int(part) >= 0 and int(part) not in seen:
            seen.append(int(part))
    return seen[:MAX_IDS]


def site_expr(table_name, name):
    """Return ``table_name.name`` as an expression if the live table has it, else None.

    Works for columns the models lack too (older schemas have columns v5.0.0 dropped).
    """
    if not schema_info().has_column(table_name, name):
        return None
    table = Base.metadata.tables.get(table_name)
    if table is not None and name in table.columns:
        return table.columns[name]
    if table is not None:
        return ColumnClause(name, _selectable=table)
    return literal_column(f"{_quote(table_name)}.{_quote(name)}")


def _quote(name):
    return db.engine.dialect.identifier_preparer.quote(name)


def source_column(table_name, name, label=None):
    """Select ``table_name.name`` as ``label`` (default ``name``), NULL if the site lacks it."""
    expr = site_expr(table_name, name)
    return (null() if expr is None else expr).label(label or name)


def site_table(name):
    """Return a lightweight table for a live table the models lack (None when absent)."""
    columns = schema_info().tables.get(name)
    if columns is None:
        return None
    return sql_table(name, *[sql_column(c) for c in sorted(columns)])


def collection_context(source):
    """Join ``source`` (which holds ``DataCollection``) to its group, session, sample, crystal and protein."""
    group = m.DataCollectionGroup
    return (source
            .join(group, group.dataCollectionGroupId == m.DataCollection.dataCollectionGroupId)
            .join(m.BLSession, m.BLSession.sessionId == group.sessionId)
            .outerjoin(m.BLSample, m.BLSample.blSampleId == group.blSampleId)
            .outerjoin(m.Crystal, m.Crystal.crystalId == m.BLSample.crystalId)
            .outerjoin(m.Protein, m.Protein.proteinId == m.Crystal.proteinId))


#: the table whose read permission a legacy route of each kind of data needs
KIND_MODELS = {"proposal": m.Proposal, "session": m.BLSession}


def readable_proposal_id(user, value, kind):
    """Resolve ``{proposal}`` for reading ``kind`` ("proposal" or "session") data.

    Returns None for an unknown proposal (legacy lists are then empty); raises
    :class:`Forbidden` when the user lacks the read permission of ``kind`` or the proposal is not
    one of his (he owns it, is a member, or takes part in one of its sessions).
    """
    access.check_read_permission(user, KIND_MODELS[kind])
    proposal_id = find_proposal_id(value, existing=True)
    if proposal_id is None or access.sees_all(user, kind):
        return proposal_id
    if proposal_id not in access.user_proposal_ids(user):
        raise Forbidden(f"{user.describe()} may not access proposal {value}: it is not one of the user's")
    return proposal_id


def paged(stmt, page):
    """Apply ``page`` = ``(limit, offset)`` to a select (None: the whole list)."""
    return stmt if page is None else stmt.limit(page[0]).offset(page[1])
