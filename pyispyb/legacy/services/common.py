# SPDX-License-Identifier: LGPL-3.0-or-later
"""Building blocks of the legacy rows: id lists, ``{proposal}`` path values, site-only columns.

The Java rows name columns ``Table_column``. Some of those columns exist only in some
sites' schemas (``BLSession.projectCode`` in v1.10.4, not in v5.0.0), some tables only in
older ones (``Workflow``, ``WorkflowStep``, ``Experiment``): :func:`source_column` and
:func:`site_table` use them when the live database has them and give NULL otherwise.
"""

from sqlalchemy import column as sql_column
from sqlalchemy import literal_column, null, or_, select
from sqlalchemy import table as sql_table
from sqlalchemy.sql.expression import ColumnClause

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import Forbidden
from pyispyb.kernel.data import db, schema_info
from pyispyb.kernel.data.base import Base
from pyispyb.kernel.data.values import is_integer_text
from pyispyb import models as m
from pyispyb.models import Proposal
from pyispyb.core.services.proposals import name_clause

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


def existing_proposal_id(value):
    """Return the id of the proposal named by ``value`` (id or name, any case), or None."""
    text = str(value).strip()
    clauses = []
    if is_integer_text(text) and int(text) >= 0:
        clauses.append(Proposal.proposalId == int(text))
    by_name = name_clause(text)
    if by_name is not None:
        clauses.append(by_name)
    if not clauses:
        return None
    stmt = select(Proposal.proposalId).where(or_(*clauses)).order_by(Proposal.proposalId).limit(1)
    return db.session.execute(stmt).scalar()


def readable_proposal_id(user, value, kind):
    """Resolve ``{proposal}`` for reading ``kind`` ("proposal" or "session") data.

    Returns None for an unknown proposal (legacy lists are then empty); raises
    :class:`Forbidden` when the user lacks the read permission or the proposal is not his.
    """
    needed = access.READ_PERMISSIONS[kind]
    if not user.has_any(needed):
        raise Forbidden(f"{user.describe()} needs one of the permissions {', '.join(needed)}")
    proposal_id = existing_proposal_id(value)
    if proposal_id is None or access.sees_all(user, kind):
        return proposal_id
    if proposal_id not in access.user_proposal_ids(user):
        raise Forbidden(f"{user.describe()} may not access proposal {value}: it is not one of the user's")
    return proposal_id


def paged(stmt, page):
    """Apply ``page`` = ``(limit, offset)`` to a select (None: the whole list)."""
    return stmt if page is None else stmt.limit(page[0]).offset(page[1])
