# SPDX-License-Identifier: LGPL-3.0-or-later
"""Declarative base shared by every ISPyB model (core, em, ssx)."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Base class of the models generated from the ISPyB schema."""

    metadata = MetaData()


def column_sql_type(column) -> str:
    """Return the MySQL column type the model was generated from (e.g. ``int(10) unsigned``)."""
    return column.info.get("sql_type", "")


def column_enum(column):
    """Return the allowed values of an ENUM column, or None."""
    return column.info.get("enum")
