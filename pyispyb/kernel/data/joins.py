# SPDX-License-Identifier: LGPL-3.0-or-later
"""One row with its parent rows, read in a single query (LEFT OUTER JOINs).

``/info`` routes show an object with the rows it points to (a shipment with its proposal,
sending lab contact, that contact's person and laboratory). Reading them with one joined
query keeps the query count fixed; each parent comes back as its own dict, or None.
"""

from dataclasses import dataclass

from sqlalchemy import select

from pyispyb.kernel.data import db, require_tables, schema_info
from pyispyb.kernel.data.queries import present_columns

SEPARATOR = "__"


@dataclass(frozen=True)
class Parent:
    """A parent row to read with the main row.

    ``column`` names the column holding the parent's primary key, in the main row or,
    with ``source``, in the parent named ``source`` (a chain: lab contact -> person).
    ``columns`` limits the parent's columns (default: all the site has).
    """

    name: str
    model: type
    column: str
    source: str = None
    columns: tuple = None


def _selected(model, names):
    present = present_columns(model)
    return [c for c in present if c.name in names or c.primary_key] if names else present


def row_with_parents(model, clauses, parents):
    """Return the first row of ``model`` matching ``clauses`` with each parent under its name, or None."""
    require_tables(model)
    info = schema_info()
    aliases = {None: model.__table__}
    selected = list(present_columns(model))
    joined = model.__table__
    for parent in parents:
        source = aliases.get(parent.source)
        source_model = model if parent.source is None else _model_of(parents, parent.source)
        if source is None or not info.has_table(parent.model.__tablename__) \
                or not info.has_column(source_model.__tablename__, parent.column):
            continue
        alias = parent.model.__table__.alias(parent.name)
        (key,) = parent.model.__table__.primary_key.columns
        joined = joined.outerjoin(alias, alias.c[key.name] == source.c[parent.column])
        aliases[parent.name] = alias
        selected += [alias.c[c.name].label(f"{parent.name}{SEPARATOR}{c.name}")
                     for c in _selected(parent.model, parent.columns)]
    stmt = select(*selected).select_from(joined).where(*clauses).limit(1)
    found = db.session.execute(stmt).mappings().first()
    if found is None:
        return None
    return _split(dict(found), parents, aliases)


def _model_of(parents, name):
    return next(p.model for p in parents if p.name == name)


def _split(flat, parents, aliases):
    row = {k: v for k, v in flat.items() if SEPARATOR not in k}
    for parent in parents:
        prefix = f"{parent.name}{SEPARATOR}"
        values = {k[len(prefix):]: v for k, v in flat.items() if k.startswith(prefix)}
        (key,) = parent.model.__table__.primary_key.columns
        present = parent.name in aliases and values.get(key.name) is not None
        row[parent.name] = values if present else None
    return row
