# SPDX-License-Identifier: LGPL-3.0-or-later
"""Fixtures of the file tests: a data root on disk that the application maps and serves."""

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import insert, select, update

API = "/ispyb/api/v1"
OWNER = ("own_proposals", "own_sessions")
STRANGER = ("stranger", OWNER)


@dataclass
class DataRoot:
    """Where the database's ``/dls/`` paths live on disk for this test."""

    disk: Path
    connection: object

    def place(self, db_path, content=b"data"):
        """Write ``content`` where the server finds the database path ``db_path``; return the disk path."""
        target = self.disk / db_path.removeprefix("/dls/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        return target

    def insert(self, model, **values):
        """Insert a row inside the test's transaction; return its primary key."""
        result = self.connection.execute(insert(model.__table__).values(**values))
        return result.inserted_primary_key[0]

    def update(self, model, key_column, key, **values):
        """Update a row inside the test's transaction."""
        self.connection.execute(update(model.__table__).where(key_column == key).values(**values))

    def value(self, column, key_column, key):
        """Read one value inside the test's transaction."""
        return self.connection.execute(select(column).where(key_column == key)).scalar()


@pytest.fixture
def data_root(app, db_transaction, tmp_path, monkeypatch):
    """Map ``/dls/`` to a temporary folder, serve only ``<tmp>/dls`` and keep scratch files in ``<tmp>``."""
    disk = tmp_path / "dls"
    disk.mkdir()
    monkeypatch.setitem(app.config, "PATH_MAP", {"/dls/": f"{disk}/"})
    monkeypatch.setitem(app.config, "FILE_ROOTS", [str(disk)])
    monkeypatch.setitem(app.config, "TEMP_FOLDER", str(tmp_path / "scratch"))
    return DataRoot(disk, db_transaction)


def png_bytes(width=640, height=480, color=(200, 30, 30)):
    """Return a PNG image of the given size."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()
