# SPDX-License-Identifier: LGPL-3.0-or-later
"""Ownership scopes: how each model resolves to the proposal or session that owns it."""

from dataclasses import dataclass

from pyispyb.kernel.data import schema_info
from pyispyb.models.base import Base

@dataclass(frozen=True)
class Owned:
    """The model has a column holding the id of its proposal or session."""

    column: object
    kind: str  # "proposal" or "session"


@dataclass(frozen=True)
class Via:
    """The model reaches its owner through other tables; any one hop suffices to read.

    Each hop is ``(local column, remote column, remote model)``: the row is visible when
    its local column is in the remote column of a visible remote row. A forward hop
    follows a foreign key to its parent; a reverse hop comes from a child table.
    """

    hops: tuple
    also: object = None  # optional f(user) -> clause: rows visible whatever the hops (e.g. oneself)


@dataclass(frozen=True)
class Shared:
    """Reference data any authenticated user may read (detectors, beamline set-ups, ...)."""


SCOPES = {}
#: columns that name a row of another table without a foreign key in the schema: column -> parent key
UNDECLARED_REFERENCES = {}


def register_scope(model, scope):
    """Declare how ``model`` resolves to its owner."""
    SCOPES[model] = scope


def register_reference(column, parent_key):
    """Declare that ``column`` names a row of ``parent_key``'s table (checked on write like a foreign key)."""
    UNDECLARED_REFERENCES[column] = parent_key


def scope_of(model):
    """Return the scope of a model (KeyError for models without one)."""
    return SCOPES[model]


def scope_kind(model):
    """Return "proposal", "session" or "shared" for a model."""
    scope = SCOPES[model]
    if isinstance(scope, Owned):
        return scope.kind
    if isinstance(scope, Via):
        return scope_kind(scope.hops[0][2])
    return "shared"


def model_of_table(table):
    """Return the model class mapped to a table."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise KeyError(table.name)


def link(local, remote):
    """Hop from ``local`` to the rows of another table whose ``remote`` column holds the same value."""
    return local, remote, model_of_table(remote.table)


def forward(column):
    """Hop from a foreign-key column to the parent row it references."""
    if not column.foreign_keys:
        raise ValueError(f"{column} has no foreign key: declare link({column.name}, <parent key>)")
    return link(column, next(iter(column.foreign_keys)).column)


def via(*hops, also=None):
    """Declare a :class:`Via` scope; plain columns are forward hops along their foreign key."""
    return Via(tuple(h if isinstance(h, tuple) else forward(h) for h in hops), also)


def references(model):
    """Return ``[(column, parent key column, parent model)]`` a write to ``model`` must check.

    These are the foreign keys to owned tables, the forward hops of the model's scope and the
    columns of :data:`UNDECLARED_REFERENCES` (ISPyB leaves some references without a foreign key).
    """
    table = model.__table__
    found = {}
    for column in table.columns:
        for fk in column.foreign_keys:
            parent_table = fk.column.table
            parent = next((p for p in SCOPES if p.__table__ is parent_table), None)
            if parent is not None:
                found[column.name] = (column, fk.column, parent)
    for column, parent_key in UNDECLARED_REFERENCES.items():
        if column.table is table:
            found[column.name] = (column, parent_key, model_of_table(parent_key.table))
    scope = SCOPES.get(model)
    if isinstance(scope, Via):
        for local, remote, parent in scope.hops:
            if local.table is table and not local.primary_key:
                found[local.name] = (local, remote, parent)
    return list(found.values())


def hop_present(local, remote):
    """True when the live schema has both columns of a hop (older schemas lack some)."""
    info = schema_info()
    return all(info.has_column(c.table.name, c.name) for c in (local, remote))


def label(model):
    """Name of a model in messages."""
    return model.__tablename__
