# SPDX-License-Identifier: LGPL-3.0-or-later
"""One row with its parent rows, read in a single query (LEFT OUTER JOINs).

``/info`` routes show an object with the rows it points to (a shipment with its proposal,
sending lab contact, that contact's person and laboratory). Reading them with one joined
query keeps the query count fixed; each parent comes back as its own dict, or None.
:func:`parent_joins` gives the columns and joins of that query (the caller runs it, e.g.
with :func:`pyispyb.kernel.access.fetch_visible`), :func:`nest_parents` shapes its row.
"""

from dataclasses import dataclass

from pyispyb.kernel.data import schema_info
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


@dataclass(frozen=True)
class ParentJoins:
    """The columns and outer joins reading a row of a model with its parents (see :func:`parent_joins`)."""

    columns: list
    joins: list  # (target, onclause) pairs
    aliases: dict  # parent name -> its aliased table (None -> the model's table)


def parent_joins(model, parents):
    """Return the columns and outer joins that read a row of ``model`` with its ``parents``.

    Parents whose table, or whose key column in their source, the site's schema lacks are left out.
    """
    info = schema_info()
    aliases = {None: model.__table__}
    selected = list(present_columns(model))
    joins = []
    for parent in parents:
        source = aliases.get(parent.source)
        source_model = model if parent.source is None else _model_of(parents, parent.source)
        if source is None or not info.has_table(parent.model.__tablename__) \
                or not info.has_column(source_model.__tablename__, parent.column):
            continue
        alias = parent.model.__table__.alias(parent.name)
        (key,) = parent.model.__table__.primary_key.columns
        joins.append((alias, alias.c[key.name] == source.c[parent.column]))
        aliases[parent.name] = alias
        selected += [alias.c[c.name].label(f"{parent.name}{SEPARATOR}{c.name}")
                     for c in _selected(parent.model, parent.columns)]
    return ParentJoins(selected, joins, aliases)


def _model_of(parents, name):
    return next(p.model for p in parents if p.name == name)


def nest_parents(flat, parents, joined):
    """Return the row read with :func:`parent_joins` with each parent's columns under its name (None if absent)."""
    aliases = joined.aliases
    row = {k: v for k, v in flat.items() if SEPARATOR not in k}
    for parent in parents:
        prefix = f"{parent.name}{SEPARATOR}"
        values = {k[len(prefix):]: v for k, v in flat.items() if k.startswith(prefix)}
        (key,) = parent.model.__table__.primary_key.columns
        present = parent.name in aliases and values.get(key.name) is not None
        row[parent.name] = values if present else None
    return row
