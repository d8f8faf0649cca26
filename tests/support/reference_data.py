# SPDX-License-Identifier: LGPL-3.0-or-later
"""Load the reference ISPyB test data (MySQL dumps) into MariaDB, or into SQLite through the models."""

import os
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import Date, DateTime, LargeBinary, Time, create_engine, insert

from pyispyb.demo_data.schema import mysql_connect

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_VERSIONS = ("v5.0.0", "v1.10.4")


def reference_dir():
    """Folder of the reference schemas (``ISPYB_DATABASE_DIR``, default ``../shared/ispyb-database``)."""
    return Path(os.environ.get("ISPYB_DATABASE_DIR") or ROOT.parent / "shared" / "ispyb-database")


# --- MySQL dump parsing (for SQLite) -------------------------------------------------------

ESCAPES = {"0": "\0", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "b": "\b"}


def split_statements(sql):
    """Yield the statements of a dump, honouring quotes and comments."""
    start, i, n = 0, 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "'":
            i += 1
            while i < n and sql[i] != "'":
                i += 2 if sql[i] == "\\" else 1
        elif ch == ";":
            yield sql[start:i].strip()
            start = i + 1
        i += 1
    if sql[start:].strip():
        yield sql[start:].strip()


def parse_values(text):
    """Parse ``(v, v), (v, v)`` into a list of tuples of Python values."""
    rows, row, i, n = [], None, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "(":
            row = []
        elif ch == ")":
            rows.append(tuple(row))
            row = None
        elif ch == "'":
            i, value = _read_string(text, i + 1)
            row.append(value)
            continue
        elif row is not None and ch not in ", \n\t\r":
            j = i
            while j < n and text[j] not in ",)":
                j += 1
            row.append(_literal(text[i:j].strip()))
            i = j
            continue
        i += 1
    return rows


def _read_string(text, i):
    out = []
    while True:
        ch = text[i]
        if ch == "\\":
            out.append(ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
        elif ch == "'" and i + 1 < len(text) and text[i + 1] == "'":
            out.append("'")
            i += 2
        elif ch == "'":
            return i + 1, "".join(out)
        else:
            out.append(ch)
            i += 1


def _literal(token):
    if token.upper() == "NULL":
        return None
    if token.startswith("_binary"):
        return token
    if token.lower().startswith("0x"):
        return bytes.fromhex(token[2:])
    try:
        return int(token)
    except ValueError:
        return float(token)


def iter_inserts(sql):
    """Yield ``(table, columns, rows)`` for each INSERT of a dump."""
    for statement in split_statements(sql):
        if not statement.upper().startswith("INSERT INTO"):
            continue
        head, _, values = statement.partition(" VALUES ")
        table = head.split("`")[1]
        columns = (
            [c.strip(" `") for c in head[head.index("(") + 1 : head.rindex(")")].split(",")] if "(" in head else None
        )
        yield table, columns, parse_values(values)


def _convert(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime) and isinstance(value, str):
        return None if value.startswith("0000") else datetime.fromisoformat(value)
    if isinstance(column.type, Date) and isinstance(value, str):
        return None if value.startswith("0000") else date.fromisoformat(value)
    if isinstance(column.type, Time) and isinstance(value, str):
        return time.fromisoformat(value)
    if isinstance(column.type, LargeBinary) and isinstance(value, str):
        return value.encode("latin-1")
    return value


def load_into_sqlite(uri, version="v5.0.0"):
    """Create every table on SQLite and load the reference lookups and data of ``version``."""
    import pyispyb.models  # noqa: F401
    from pyispyb.models.base import Base

    engine = create_engine(uri)
    Base.metadata.create_all(engine)
    folder = reference_dir() / version
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for name in ("lookups.sql", "data.sql"):
            for table_name, columns, rows in iter_inserts((folder / name).read_text(encoding="utf-8")):
                table = Base.metadata.tables.get(table_name)
                if table is None:
                    continue
                names = columns or [c.name for c in table.columns]
                keep = [(k, table.columns[c]) for k, c in enumerate(names) if c in table.columns]
                records = [{col.name: _convert(col, row[k]) for k, col in keep} for row in rows]
                if records:
                    connection.execute(insert(table), records)
    engine.dispose()


# --- MariaDB ------------------------------------------------------------------------------


def server_connect(server_uri, database=None, multi=False):
    """Connect to a MariaDB server with MySQLdb."""
    return mysql_connect(server_uri, database, multi_statements=multi)


def load_into_mariadb(server_uri, database, version):
    """(Re)create ``database`` on the server and load tables, lookups and data of ``version``."""
    conn = server_connect(server_uri, multi=True)
    cur = conn.cursor()
    cur.execute(f"DROP DATABASE IF EXISTS `{database}`")
    cur.execute(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4")
    conn.select_db(database)
    for name in ("tables.sql", "lookups.sql", "data.sql"):
        cur.execute((reference_dir() / version / name).read_text(encoding="utf-8"))
        while cur.nextset():
            pass
    conn.commit()
    conn.close()


def drop_mariadb(server_uri, database):
    """Drop a test database."""
    conn = server_connect(server_uri)
    conn.cursor().execute(f"DROP DATABASE IF EXISTS `{database}`")
    conn.close()
