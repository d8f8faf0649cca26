# SPDX-License-Identifier: LGPL-3.0-or-later
"""Declarative base and portable column types shared by every generated ISPyB model (core, em, ssx).

The models describe MySQL/MariaDB tables but must also create them on SQLite (the embedded demo and
the test suite), so MySQL-only types map to generic ones.
"""

from sqlalchemy import BigInteger, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase

#: BIGINT that stays an auto-incrementing rowid alias on SQLite.
BigIntegerKey = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Base class of the models generated from the ISPyB schema."""

    metadata = MetaData()


def column_sql_type(column) -> str:
    """Return the MySQL column type the model was generated from (e.g. ``int(10) unsigned``)."""
    return column.info.get("sql_type", "")


def column_enum(column):
    """Return the allowed values of an ENUM column, or None."""
    return column.info.get("enum")
