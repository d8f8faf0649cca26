#!/usr/bin/env python
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Regenerate the SQLAlchemy models from a MariaDB/MySQL ISPyB schema.

Usage::

    python scripts/generate_models.py                      # loads ../shared/ispyb-database/v5.0.0
    python scripts/generate_models.py --database mysql://root@127.0.0.1/ispyb

Without ``--database`` the script creates a scratch database on the local MariaDB
(``--server``), loads ``tables.sql`` of the reference schema into it, reads the
catalogue and drops it again. It writes one file per service:
``pyispyb/models/_core.py``, ``pyispyb/models/_em.py`` and
``pyispyb/models/_ssx.py``. These files are never edited by hand.
"""

import argparse
import keyword
import logging
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import MySQLdb
from MySQLdb.constants.CLIENT import MULTI_STATEMENTS

log = logging.getLogger("generate_models")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA_DIR = ROOT.parent / "shared" / "ispyb-database" / "v5.0.0"

EM_TABLES = {
    "Atlas", "BFactorFit", "CTF", "CryoemInitialModel", "FoilHole", "GridSquare",
    "Movie", "MotionCorrection", "MotionCorrectionDrift", "ParticleClassification",
    "ParticleClassificationGroup", "ParticleClassification_has_CryoemInitialModel",
    "ParticlePicker", "ProcessedTomogram", "RelativeIceThickness", "TiltImageAlignment",
    "Tomogram",
}
SSX_TABLES = {
    "Component", "CrystalComposition", "Event", "EventChain", "EventType",
    "Protein_has_Component", "SampleComposition", "SSXDataCollection",
}
SERVICES = {"core": None, "em": EM_TABLES, "ssx": SSX_TABLES}

RESERVED_ATTRIBUTES = {"metadata", "registry", "query", "query_class"}

INT_TYPES = {"tinyint": "SmallInteger", "smallint": "SmallInteger", "mediumint": "Integer",
             "int": "Integer", "bigint": "BigInteger", "year": "SmallInteger", "bit": "Integer"}
TEXT_TYPES = {"tinytext", "text", "mediumtext", "longtext", "json"}
BLOB_TYPES = {"tinyblob", "blob", "mediumblob", "longblob"}


def service_of(table):
    """Return the service package that owns a table."""
    for service, tables in SERVICES.items():
        if tables and table in tables:
            return service
    return "core"


def class_name(table):
    """Turn a table name into a class name (``Session_has_Person`` -> ``SessionHasPerson``)."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", table) if p]
    return "".join(p[0].upper() + p[1:] for p in parts)


def attribute_name(column):
    """Return a Python attribute name for a column name."""
    name = re.sub(r"\W", "_", column)
    if keyword.iskeyword(name) or name in RESERVED_ATTRIBUTES or name[0].isdigit():
        name += "_"
    return name


def parse_enum(column_type):
    """Return the values of an ``enum(...)`` or ``set(...)`` column type."""
    body = column_type[column_type.index("(") + 1: column_type.rindex(")")]
    return [v.replace("''", "'").replace("\\\\", "\\") for v in re.findall(r"'((?:[^']|'')*)'", body)]


def sa_type(col, is_pk_autoinc):
    """Return the SQLAlchemy type expression for a catalogue column."""
    data_type = col["DATA_TYPE"]
    if data_type in INT_TYPES:
        if data_type == "bigint" and is_pk_autoinc:
            return "BigIntegerKey"
        return INT_TYPES[data_type]
    if data_type == "float":
        return "Float"
    if data_type == "double":
        return "Double"
    if data_type == "decimal":
        return f"Numeric({col['NUMERIC_PRECISION']}, {col['NUMERIC_SCALE']})"
    if data_type in ("varchar", "char"):
        return f"String({col['CHARACTER_MAXIMUM_LENGTH']})"
    if data_type in ("enum", "set"):
        values = parse_enum(col["COLUMN_TYPE"])
        if data_type == "set":
            return f"String({sum(len(v) + 1 for v in values)})"
        return f"String({max((len(v) for v in values), default=1)})"
    if data_type in TEXT_TYPES:
        return "Text"
    if data_type in ("datetime", "timestamp"):
        return "DateTime"
    if data_type == "date":
        return "Date"
    if data_type == "time":
        return "Time"
    if data_type in ("binary", "varbinary"):
        return f"LargeBinary({col['CHARACTER_MAXIMUM_LENGTH']})"
    if data_type in BLOB_TYPES:
        return "LargeBinary"
    raise ValueError(f"unsupported column type {col['COLUMN_TYPE']} in {col['TABLE_NAME']}")


def server_default(col):
    """Return a portable ``server_default`` expression, or None."""
    default = col["COLUMN_DEFAULT"]
    if default is None or default == "NULL":
        return None
    low = default.lower()
    if low.startswith("current_timestamp") or "0000-00-00" in default:
        return 'text("CURRENT_TIMESTAMP")'
    if low.endswith("()"):  # current_user() and other functions SQLite lacks
        return None
    if default.startswith("'"):
        return f"text({default!r})"
    return f'text("{default}")'


def read_catalogue(conn, schema):
    """Read tables, columns, keys and indexes of a schema from information_schema."""
    cur = conn.cursor(MySQLdb.cursors.DictCursor)
    cur.execute(
        "SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA=%s AND TABLE_TYPE='BASE TABLE' ORDER BY TABLE_NAME", (schema,))
    tables = {r["TABLE_NAME"]: {"comment": r["TABLE_COMMENT"], "columns": [], "pk": [],
                                "fks": {}, "indexes": defaultdict(list), "unique": set()}
              for r in cur.fetchall()}
    cur.execute(
        "SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA=%s "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION", (schema,))
    for r in cur.fetchall():
        if r["TABLE_NAME"] in tables:
            tables[r["TABLE_NAME"]]["columns"].append(r)
    cur.execute(
        "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION, "
        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k LEFT JOIN "
        "information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA=k.CONSTRAINT_SCHEMA "
        "AND r.CONSTRAINT_NAME=k.CONSTRAINT_NAME AND r.TABLE_NAME=k.TABLE_NAME "
        "WHERE k.TABLE_SCHEMA=%s ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
        (schema,))
    for r in cur.fetchall():
        table = tables.get(r["TABLE_NAME"])
        if table is None:
            continue
        if r["CONSTRAINT_NAME"] == "PRIMARY":
            table["pk"].append(r["COLUMN_NAME"])
        elif r["REFERENCED_TABLE_NAME"] and r["REFERENCED_TABLE_NAME"] in tables:
            table["fks"].setdefault(r["CONSTRAINT_NAME"], []).append(r)
    cur.execute(
        "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA=%s AND INDEX_NAME<>'PRIMARY' ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        (schema,))
    for r in cur.fetchall():
        table = tables.get(r["TABLE_NAME"])
        if table is None:
            continue
        table["indexes"][r["INDEX_NAME"]].append(r["COLUMN_NAME"])
        if not r["NON_UNIQUE"]:
            table["unique"].add(r["INDEX_NAME"])
    return tables


def render_column(col, table):
    """Render one ``Column(...)`` line."""
    name = col["COLUMN_NAME"]
    is_pk = name in table["pk"]
    autoinc = "auto_increment" in col["EXTRA"]
    args = [repr(name), sa_type(col, is_pk and autoinc)]
    single_fks = [fk[0] for fk in table["fks"].values() if len(fk) == 1 and fk[0]["COLUMN_NAME"] == name]
    for fk in single_fks:
        options = [f'"{fk["REFERENCED_TABLE_NAME"]}.{fk["REFERENCED_COLUMN_NAME"]}"']
        for rule, key in (("DELETE_RULE", "ondelete"), ("UPDATE_RULE", "onupdate")):
            if fk[rule] and fk[rule] not in ("RESTRICT", "NO ACTION"):
                options.append(f'{key}="{fk[rule]}"')
        args.append(f"ForeignKey({', '.join(options)})")
    if is_pk:
        args.append("primary_key=True")
        if len(table["pk"]) == 1 and col["DATA_TYPE"] in INT_TYPES:
            args.append(f"autoincrement={autoinc}")
    elif col["IS_NULLABLE"] == "NO" and col["DATA_TYPE"] != "timestamp":
        # TIMESTAMP columns hold zero dates, which drivers read back as NULL: nullable for clients
        args.append("nullable=False")
    default = server_default(col)
    if default:
        args.append(f"server_default={default}")
    if col["COLUMN_COMMENT"]:
        args.append(f"comment={col['COLUMN_COMMENT']!r}")
    info = {"sql_type": col["COLUMN_TYPE"]}
    if col["DATA_TYPE"] in ("enum", "set"):
        info["enum" if col["DATA_TYPE"] == "enum" else "set"] = tuple(parse_enum(col["COLUMN_TYPE"]))
    args.append(f"info={info!r}")
    return f"    {attribute_name(name)} = Column({', '.join(args)})"


def render_table_args(name, table):
    """Render ``__table_args__`` (composite foreign keys, indexes, comment)."""
    items = []
    for fk in table["fks"].values():
        if len(fk) > 1:
            cols = [r["COLUMN_NAME"] for r in fk]
            refs = [f'{r["REFERENCED_TABLE_NAME"]}.{r["REFERENCED_COLUMN_NAME"]}' for r in fk]
            items.append(f"ForeignKeyConstraint({cols!r}, {refs!r})")
    for index_name, cols in sorted(table["indexes"].items()):
        if index_name in table["unique"]:
            items.append(f"UniqueConstraint({', '.join(map(repr, cols))}, name={'uq_' + name + '_' + index_name!r})")
        else:
            items.append(f"Index({'ix_' + name + '_' + index_name!r}, {', '.join(map(repr, cols))})")
    if table["comment"]:
        items.append(f"{{'comment': {table['comment']!r}}}")
    if not items:
        return []
    return ["    __table_args__ = ("] + [f"        {item}," for item in items] + ["    )"]


def render_class(name, table):
    """Render one model class."""
    doc = (table["comment"] or f"The {name} table.").replace('"""', "'''").splitlines()[0].strip()
    lines = [f"class {class_name(name)}(Base):", f'    """{doc}"""', "", f"    __tablename__ = {name!r}"]
    lines += render_table_args(name, table)
    lines.append("")
    lines += [render_column(col, table) for col in table["columns"]]
    return "\n".join(lines)


HEADER = '''# SPDX-License-Identifier: LGPL-3.0-or-later
# GENERATED FILE: do not edit. Regenerate with `python scripts/generate_models.py`.
# Source: ISPyB database schema {source}.
"""SQLAlchemy models of the {service} ISPyB tables (generated from the schema)."""

# flake8: noqa
from sqlalchemy import (
    Column, Date, DateTime, Double, Float, ForeignKey, ForeignKeyConstraint, Index,
    Integer, BigInteger, LargeBinary, Numeric, SmallInteger, String, Text, Time,
    UniqueConstraint, text,
)

from pyispyb.models.base import Base, BigIntegerKey

SCHEMA_SOURCE = {source!r}


'''


def render_service(service, tables, source):
    """Render the generated module of one service."""
    body = "\n\n\n".join(render_class(name, tables[name]) for name in sorted(tables, key=str.lower)
                         if service_of(name) == service)
    names = sorted(class_name(n) for n in tables if service_of(n) == service)
    exports = "__all__ = [\n" + "".join(f"    {n!r},\n" for n in names) + "]\n"
    return HEADER.format(service=service, source=source) + body + "\n\n\n" + exports


def load_schema(server, schema_dir):
    """Create a scratch database on ``server`` from ``schema_dir/tables.sql``; return its name."""
    name = "pyispyb_codegen"
    conn = connect(server, client_flag=MULTI_STATEMENTS)
    cur = conn.cursor()
    cur.execute(f"DROP DATABASE IF EXISTS {name}")
    cur.execute(f"CREATE DATABASE {name}")
    conn.select_db(name)
    cur.execute((schema_dir / "tables.sql").read_text())
    while cur.nextset():
        pass
    conn.close()
    return name


def connect(uri, database=None, **options):
    """Open a MySQLdb connection from a ``mysql://user:pass@host:port/db`` URI."""
    parts = urlsplit(uri.replace("mysql+mysqldb://", "mysql://"))
    kwargs = {"host": parts.hostname or "127.0.0.1", "port": parts.port or 3306,
              "user": parts.username or "root", "passwd": parts.password or "", "charset": "utf8mb4",
              **options}
    db = database or parts.path.lstrip("/")
    if db:
        kwargs["db"] = db
    return MySQLdb.connect(**kwargs)


def main(argv=None):
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="URI of a database that already holds the schema")
    parser.add_argument("--server", default="mysql://root@127.0.0.1:3306",
                        help="MariaDB server for the scratch database (default: %(default)s)")
    parser.add_argument("--schema-dir", type=Path, default=DEFAULT_SCHEMA_DIR,
                        help="folder holding tables.sql (default: %(default)s)")
    parser.add_argument("--source", help="schema label written into the files (default: folder name)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    scratch = None
    if args.database:
        conn = connect(args.database)
        schema = urlsplit(args.database).path.lstrip("/")
    else:
        scratch = load_schema(args.server, args.schema_dir)
        conn = connect(args.server, scratch)
        schema = scratch
    source = args.source or f"ispyb-database {args.schema_dir.name}"
    try:
        tables = read_catalogue(conn, schema)
    finally:
        if scratch:
            conn.cursor().execute(f"DROP DATABASE {scratch}")
        conn.close()
    for service in SERVICES:
        target = ROOT / "pyispyb" / "models" / f"_{service}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_service(service, tables, source))
        count = sum(1 for n in tables if service_of(n) == service)
        log.info("%s: %d tables -> %s", service, count, target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
