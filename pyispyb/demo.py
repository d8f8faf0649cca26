# SPDX-License-Identifier: LGPL-3.0-or-later
"""The embedded demo: an SQLite database filled with generated data, created on first run.

It lives in ``ISPYB_DEMO_DIR`` (default ``$XDG_DATA_HOME/pyispyb``, i.e.
``~/.local/share/pyispyb``). The Dummy login plugin is on: the demo is for trying the
API on one's own machine, never for real users.
"""

import logging
import os
import secrets
from pathlib import Path

from sqlalchemy import create_engine, event, inspect

log = logging.getLogger(__name__)

DEMO_SCALE = 0.002
DUMMY_PLUGIN = {
    "dummy": {
        "ENABLED": True,
        "AUTH_MODULE": "pyispyb.kernel.auth.DummyAuthentication",
        "AUTH_CLASS": "DummyAuthentication",
        "CONFIG": {},
    }
}


def demo_directory():
    """Return (and create) the folder of the demo database."""
    base = os.environ.get("ISPYB_DEMO_DIR")
    if not base:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = os.path.join(xdg, "pyispyb")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_database_path():
    """Return the path of the demo SQLite file."""
    return demo_directory() / "demo.sqlite"


def demo_secret():
    """Return the demo's token key, kept in a private file so tokens survive restarts."""
    path = demo_directory() / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


def demo_settings():
    """Return the ``server`` settings of the embedded demo."""
    return {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{demo_database_path()}",
        "SECRET_KEY": demo_secret(),
        "AUTH": [DUMMY_PLUGIN],
    }


def ensure_demo_database(uri):
    """Create and fill the demo database if it does not exist yet."""
    path = Path(uri.removeprefix("sqlite:///"))
    if path.exists() and inspect(create_engine(uri)).has_table("Proposal"):
        return
    log.warning("creating the demo database %s (first run)", path)
    partial = path.with_suffix(f".creating-{os.getpid()}")
    build_database(f"sqlite:///{partial}", DEMO_SCALE)
    os.replace(partial, path)
    log.warning("demo database ready: %s", path)


def _fast_unsafe_sqlite(dbapi_connection, _record):
    """No fsync while building: 500 DDL statements otherwise cost seconds (the file is renamed when done)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.execute("PRAGMA journal_mode=MEMORY")
    cursor.close()


def build_database(uri, scale, seed=1):
    """Create every table on an empty SQLite/MariaDB database and fill it with generated data."""
    import pyispyb.models  # noqa: F401
    from pyispyb.models.base import Base
    from pyispyb.demo_data import generate

    engine = create_engine(uri)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _fast_unsafe_sqlite)
    try:
        Base.metadata.create_all(engine)
        return generate(engine, scale=scale, seed=seed)
    finally:
        engine.dispose()
