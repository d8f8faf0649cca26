# SPDX-License-Identifier: LGPL-3.0-or-later
"""Marshmallow schemas derived from the generated models: read, create and update payloads.

Types, lengths, enum values and integer ranges come from the real columns, so a payload
that the database would refuse (or silently truncate) is rejected with a message per field.
"""

import re
from dataclasses import dataclass
from datetime import timezone

from flask import has_app_context
from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate
from sqlalchemy import (BigInteger, Date, DateTime, Float, Integer, LargeBinary, Numeric, SmallInteger,
                        String, Text, Time)

from pyispyb.kernel.data import schema_info
from pyispyb.models.base import column_enum, column_sql_type
from pyispyb.kernel.data.values import text_problem

SERVER_TIMESTAMPS = {"bltimestamp", "recordtimestamp", "createdtimestamp", "createtime"}
TEXT_LIMITS = {"tinytext": 255, "text": 65535, "mediumtext": 16777215, "longtext": 4294967295}
INT_BITS = {"tinyint": 8, "smallint": 16, "mediumint": 24, "int": 32, "bigint": 64, "year": 16, "bit": 64}


class NaiveDateTime(fields.DateTime):
    """ISO 8601 date-time; an aware value is converted to UTC and stored without zone."""

    def _deserialize(self, value, attr, data, **kwargs):
        result = super()._deserialize(value, attr, data, **kwargs)
        if result.tzinfo is not None:
            result = result.astimezone(timezone.utc).replace(tzinfo=None)
        return result


class HexBytes(fields.Field):
    """Binary column exchanged as a hexadecimal string."""

    def __init__(self, max_bytes=None, **kwargs):
        super().__init__(**kwargs)
        self.max_bytes = max_bytes

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else bytes(value).hex()

    def _deserialize(self, value, attr, data, **kwargs):
        try:
            raw = bytes.fromhex(value.replace("-", ""))
        except (AttributeError, ValueError):
            raise ValidationError("Not a hexadecimal string.") from None
        if self.max_bytes and len(raw) > self.max_bytes:
            raise ValidationError(f"Longer than {self.max_bytes} bytes.")
        return raw


class ColumnText(fields.String):
    """Text for one column: refused (422) when the live column's character set cannot store it."""

    def __init__(self, table_name, column_name, **kwargs):
        super().__init__(**kwargs)
        self.table_name, self.column_name = table_name, column_name

    def _deserialize(self, value, attr, data, **kwargs):
        result = super()._deserialize(value, attr, data, **kwargs)
        problem = text_problem(result, live_charset(self.table_name, self.column_name))
        if problem:
            raise ValidationError(problem)
        return result


def live_charset(table_name, column_name):
    """The character set of a column in the live database (None outside a request or on SQLite)."""
    return schema_info().charset(table_name, column_name) if has_app_context() else None


class ReadOnly(fields.Field):
    """A column the client may read but not write (primary keys, database timestamps)."""

    def _deserialize(self, value, attr, data, **kwargs):
        raise ValidationError("Read-only field.")


def integer_range(column):
    """Return the (min, max) range of an integer column from its MySQL type."""
    sql_type = column_sql_type(column)
    base = re.match(r"[a-z]+", sql_type)
    bits = INT_BITS.get(base.group(0) if base else "", 64 if isinstance(column.type, BigInteger) else 32)
    if "unsigned" in sql_type:
        return 0, 2 ** bits - 1
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def column_field(column, required=False):
    """Return the marshmallow field that accepts the values of ``column``."""
    kwargs = {"allow_none": bool(column.nullable) and not required, "required": required,
              "data_key": column.name}
    if column.comment:
        kwargs["metadata"] = {"description": column.comment}
    col_type = column.type
    enum = column_enum(column)
    if enum is not None:
        return fields.String(validate=validate.OneOf(enum), **kwargs)
    if isinstance(col_type, (Integer, SmallInteger, BigInteger)):
        low, high = integer_range(column)
        return fields.Integer(validate=validate.Range(low, high), **kwargs)
    if isinstance(col_type, (Float, Numeric)):
        return fields.Float(allow_nan=False, **kwargs)
    if isinstance(col_type, Text):
        limit = TEXT_LIMITS.get(column_sql_type(column), 65535)
        return ColumnText(column.table.name, column.name, validate=validate.Length(max=limit), **kwargs)
    if isinstance(col_type, String):
        return ColumnText(column.table.name, column.name, validate=validate.Length(max=col_type.length), **kwargs)
    if isinstance(col_type, DateTime):
        return NaiveDateTime(**kwargs)
    if isinstance(col_type, Date):
        return fields.Date(**kwargs)
    if isinstance(col_type, Time):
        return fields.Time(**kwargs)
    if isinstance(col_type, LargeBinary):
        return HexBytes(max_bytes=col_type.length, **kwargs)
    return fields.Raw(**kwargs)


def is_server_managed(column):
    """True for columns the database fills: auto-increment keys and record timestamps."""
    if column.primary_key and column.autoincrement is True:
        return True
    return column.name.lower() in SERVER_TIMESTAMPS and column.server_default is not None


def is_required(column):
    """True when an insert must give a value: NOT NULL, no default, not generated."""
    return (not column.nullable and column.server_default is None and not column.primary_key
            and column.default is None) or (column.primary_key and column.autoincrement is not True)


@dataclass
class ModelSchemas:
    """Read, create and update schemas of one model, plus the column lists they come from."""

    name: str
    model: type
    read: Schema
    create: Schema
    update: Schema
    writable: tuple
    read_only: tuple


def model_schemas(model, *, name=None, read_only=(), required=(), exclude=(), optional=()):
    """Build the :class:`ModelSchemas` of ``model``.

    ``read_only`` adds columns clients may not write, ``required`` adds columns a create
    must give (e.g. the owning foreign key), ``exclude`` hides columns from every payload,
    ``optional`` frees NOT NULL columns the server fills itself from a create.
    """
    name = name or model.__name__
    columns = [c for c in model.__table__.columns if c.name not in exclude]
    ro = {c.name for c in columns if is_server_managed(c)} | set(read_only)
    req = ({c.name for c in columns if is_required(c)} | set(required)) - set(optional)
    read_fields = {c.name: column_field(c) for c in columns}
    write_fields = {c.name: column_field(c, required=c.name in req and c.name not in ro)
                    for c in columns if c.name not in ro}
    guard_fields = {c: ReadOnly(data_key=c, load_only=True) for c in ro}
    read_cls = Schema.from_dict(read_fields, name=f"{name}")
    create_cls = Schema.from_dict({**write_fields, **guard_fields}, name=f"{name}Create")
    update_cls = Schema.from_dict({**write_fields, **guard_fields}, name=f"{name}Update")
    return ModelSchemas(
        name=name, model=model,
        read=read_cls(unknown=EXCLUDE),
        create=create_cls(unknown=RAISE),
        update=update_cls(unknown=RAISE, partial=True),
        writable=tuple(write_fields), read_only=tuple(sorted(ro)))


def validation_summary(errors):
    """Return a one-line message naming the invalid fields."""
    names = ", ".join(sorted(map(str, errors)))
    return f"invalid fields: {names}" if names else "invalid request body"
