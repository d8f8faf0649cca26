# SPDX-License-Identifier: LGPL-3.0-or-later
"""Request body models of the 2.x write operations, made from the tables each one writes.

Every column the write keeps is a field (with its type, ``maxLength`` and ``x-nullable`` for a
nullable column), and so is every client spelling the module maps to a column (MXCuBE's
``mx_collection`` and ``bl_config`` keys, ``fileinfo``, ``oscillation_sequence``). The models
document; they do not validate (the 2.x Api has ``validate=False``): unknown keys are allowed
and ignored, as the clients send more keys than any table has.
"""

from flask_restx import Model
from flask_restx import fields as rx
from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, LargeBinary, Numeric, String, Text

from pyispyb.kernel.http.swagger import document_model


class _Nullable:
    """A field whose schema says ``x-nullable: true`` (Swagger 2.0 has no ``null`` type)."""

    def schema(self):
        """The field's schema with ``x-nullable``."""
        return {**super().schema(), "x-nullable": True}


NULLABLE_TYPES = {kind: type(f"Nullable{kind.__name__}", (_Nullable, kind), {})
                  for kind in (rx.Integer, rx.Float, rx.DateTime, rx.Date, rx.Boolean, rx.String, rx.Raw)}


def field(kind, nullable=False, **kwargs):
    """A restx field of ``kind``, marked ``x-nullable`` when ``nullable``."""
    return (NULLABLE_TYPES[kind] if nullable else kind)(**kwargs)


def column_field(column, required=False, description=None):
    """The restx field of a table column: its type, length, enum values and nullability."""
    kind = column.type
    options = {"required": required, "description": description}
    nullable = bool(column.nullable) and not required
    if isinstance(kind, Enum):
        return field(rx.String, nullable, enum=list(kind.enums), **options)
    if isinstance(kind, Boolean):
        return field(rx.Boolean, nullable, **options)
    if isinstance(kind, Integer):
        return field(rx.Integer, nullable, **options)
    if isinstance(kind, (Float, Numeric)):
        return field(rx.Float, nullable, **options)
    if isinstance(kind, DateTime):
        return field(rx.DateTime, nullable, **options)
    if isinstance(kind, Date):
        return field(rx.Date, nullable, **options)
    if isinstance(kind, (String, Text)):
        length = getattr(kind, "length", None)
        return field(rx.String, nullable, **({"max_length": length} if length else {}), **options)
    return field(rx.Raw, nullable, **options)


def table_fields(model, *, renamed=None, required=(), exclude=(), only_renamed=False):
    """The fields of ``model``'s writable columns, plus each client name of ``renamed`` (name -> column).

    Primary keys, binary columns and ``exclude`` are left out; ``required`` names the fields the
    write cannot do without (client names or columns); ``only_renamed``: the client names alone.
    """
    columns = model.__table__.columns
    fields = {}
    for column in [] if only_renamed else columns:
        if column.primary_key or isinstance(column.type, LargeBinary) or column.name in exclude:
            continue
        fields[column.name] = column_field(column, column.name in required)
    for name, column_name in (renamed or {}).items():
        if column_name in columns and name not in exclude:
            fields[name] = column_field(columns[column_name], name in required,
                                        description=f"written to {model.__tablename__}.{column_name}")
    return fields


def body_model(namespaces, name, fields):
    """Create the model ``name`` and register it (and what it nests) with each namespace; return it."""
    model = Model(name, fields)
    for namespace in namespaces:
        document_model(namespace, model)
    return model
