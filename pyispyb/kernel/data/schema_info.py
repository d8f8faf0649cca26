# SPDX-License-Identifier: LGPL-3.0-or-later
"""What the live database holds, compared with the models (schema tolerance).

Sites run different ISPyB schema versions. At start-up the application reads the live
catalogue once; queries then select only the columns the site has, and routes whose
tables are missing answer with a clear message instead of an "Unknown column" error.
"""

import logging
from dataclasses import dataclass, field

from sqlalchemy import inspect, text

from pyispyb.models.base import Base

log = logging.getLogger(__name__)


@dataclass
class SchemaInfo:
    """Live tables and columns of the database, and their differences with the models."""

    tables: dict  # table name -> set of column names
    dialect: str
    missing_tables: list = field(default_factory=list)
    missing_columns: dict = field(default_factory=dict)
    extra_tables: list = field(default_factory=list)
    extra_columns: dict = field(default_factory=dict)
    charsets: dict = field(default_factory=dict)  # (table, column) -> character set of text columns (MariaDB)

    @classmethod
    def compare(cls, live_tables, dialect, metadata=Base.metadata):
        """Compare the live catalogue ``{table: {columns}}`` with the model metadata."""
        info = cls(tables=live_tables, dialect=dialect)
        for name, table in sorted(metadata.tables.items()):
            live = live_tables.get(name)
            if live is None:
                info.missing_tables.append(name)
                continue
            model_columns = {c.name for c in table.columns}
            missing = sorted(model_columns - live)
            extra = sorted(live - model_columns)
            if missing:
                info.missing_columns[name] = missing
            if extra:
                info.extra_columns[name] = extra
        info.extra_tables = sorted(set(live_tables) - set(metadata.tables))
        return info

    def has_table(self, table_name):
        """Return True if the live database has this table."""
        return table_name in self.tables

    def has_column(self, table_name, column_name):
        """Return True if the live table has this column."""
        return column_name in self.tables.get(table_name, ())

    def charset(self, table_name, column_name):
        """Return the character set of a live text column (``latin1``, ``utf8mb3``, ...), None if unknown."""
        return self.charsets.get((table_name, column_name))

    @property
    def is_complete(self):
        """True when the live database has every table and column of the models."""
        return not self.missing_tables and not self.missing_columns

    def report_lines(self):
        """Return human-readable lines describing what the site's schema lacks or adds."""
        lines = []
        if self.missing_tables:
            lines.append(f"missing tables ({len(self.missing_tables)}): {', '.join(self.missing_tables)}")
        for table, cols in self.missing_columns.items():
            lines.append(f"missing columns in {table}: {', '.join(cols)}")
        if self.extra_tables:
            lines.append(f"tables unknown to the models ({len(self.extra_tables)}): {', '.join(self.extra_tables)}")
        for table, cols in self.extra_columns.items():
            lines.append(f"columns unknown to the models in {table}: {', '.join(cols)}")
        return lines


def read_live_tables(connection):
    """Return ``{table: {columns}}`` of the connected database in as few queries as possible."""
    return read_live_catalogue(connection)[0]


def read_live_catalogue(connection):
    """Return ``({table: {columns}}, {(table, column): charset})``; SQLite has no per-column charsets."""
    dialect = connection.dialect.name
    if dialect in ("mysql", "mariadb"):
        rows = connection.execute(text(
            "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.CHARACTER_SET_NAME FROM information_schema.COLUMNS c "
            "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA "
            "AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE' "
            "WHERE c.TABLE_SCHEMA = DATABASE()"))
        tables, charsets = {}, {}
        for table, column, charset in rows:
            tables.setdefault(table, set()).add(column)
            if charset:
                charsets[(table, column)] = charset.lower()
        return tables, charsets
    inspector = inspect(connection)
    return {name: {c["name"] for c in inspector.get_columns(name)} for name in inspector.get_table_names()}, {}


def inspect_schema(engine, metadata=Base.metadata):
    """Read the live catalogue through ``engine`` and compare it with ``metadata``."""
    with engine.connect() as connection:
        live, charsets = read_live_catalogue(connection)
    info = SchemaInfo.compare(live, engine.dialect.name, metadata)
    info.charsets = charsets
    return info
