# SPDX-License-Identifier: LGPL-3.0-or-later
"""Create an empty MariaDB/MySQL database of a reference ISPyB schema (tables and lookup rows).

The reference schema comes as SQL dump files (``tables.sql``, ``lookups.sql``) of the
ispyb-database project; this is what a facility runs, so generated data sets are built
on it rather than on the models' approximation of it.
"""

from pathlib import Path

from sqlalchemy.engine import make_url

SCHEMA_FILES = ("tables.sql", "lookups.sql")


class SchemaLoadError(Exception):
    """The schema cannot be loaded (message names the problem)."""


def mysql_connect(uri, database=None, multi_statements=False, local_infile=False):
    """Open a MySQLdb connection to the server of ``uri`` (optionally selecting ``database``)."""
    try:
        import MySQLdb
        from MySQLdb.constants import CLIENT
    except ImportError:
        raise SchemaLoadError('loading MariaDB/MySQL in bulk needs mysqlclient: pip install "pyispyb[mysql]" '
                              "(on Debian first apt-get install pkg-config libmariadb-dev gcc)") from None

    url = make_url(uri)
    flags = CLIENT.MULTI_STATEMENTS if multi_statements else 0
    kwargs = {
        "host": url.host or "127.0.0.1",
        "port": url.port or 3306,
        "user": url.username or "root",
        "passwd": url.password or "",
        "charset": "utf8mb4",
        "client_flag": flags,
        "local_infile": 1 if local_infile else 0,
        "connect_timeout": 5,
    }
    if database:
        kwargs["db"] = database
    return MySQLdb.connect(**kwargs)


def load_reference_schema(uri, directory):
    """Create the database of ``uri`` if absent and load ``tables.sql`` then ``lookups.sql`` from ``directory``.

    Refuses a database that already has tables: generated data needs an empty schema.
    """
    url = make_url(uri)
    if not url.drivername.startswith(("mysql", "mariadb")):
        raise SchemaLoadError("--load-schema needs a MariaDB/MySQL URI (use --create-tables for SQLite)")
    folder = Path(directory)
    missing = [name for name in SCHEMA_FILES if not (folder / name).is_file()]
    if missing:
        raise SchemaLoadError(f"{folder} lacks {', '.join(missing)}")
    name = url.database
    if not name:
        raise SchemaLoadError("the database URI names no database")
    connection = mysql_connect(uri, multi_statements=True)
    try:
        cursor = connection.cursor()
        cursor.execute(f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET utf8mb4")
        cursor.execute("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = %s", (name,))
        if cursor.fetchone()[0]:
            raise SchemaLoadError(f"database {name} already has tables: drop it or give an empty one")
        connection.select_db(name)
        for file_name in SCHEMA_FILES:
            cursor.execute((folder / file_name).read_text(encoding="utf-8"))
            while cursor.nextset():
                pass
        connection.commit()
    finally:
        connection.close()
