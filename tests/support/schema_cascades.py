# SPDX-License-Identifier: LGPL-3.0-or-later
"""The ON DELETE CASCADE / SET NULL foreign keys of the reference schemas, read from their SQL files."""

import re

from tests.support import reference_data as ref

SCHEMAS = ("v5.0.0", "v1.10.4")
CREATE_TABLE = re.compile(r"^CREATE TABLE `(\w+)`", re.MULTILINE)
FOREIGN_KEY = re.compile(r"FOREIGN KEY \(`(\w+)`\) REFERENCES `(\w+)` \(`(\w+)`\)"
                         r"(?: ON DELETE (CASCADE|SET NULL|RESTRICT|NO ACTION))?")


def schema_file(version):
    """The ``tables.sql`` of a reference schema."""
    return ref.reference_dir() / version / "tables.sql"


def cascading_keys(version):
    """Return ``{(child table, column, parent table): action}`` of the CASCADE and SET NULL keys of a schema."""
    text = schema_file(version).read_text()
    found = {}
    starts = [(m.start(), m.group(1)) for m in CREATE_TABLE.finditer(text)]
    for n, (start, table) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        for column, parent, _parent_key, action in FOREIGN_KEY.findall(text[start:end]):
            if action in ("CASCADE", "SET NULL"):
                found[(table, column, parent)] = action
    return found


def all_cascading_keys():
    """Return ``{(child, column, parent): (action, [schemas])}`` over both reference schemas."""
    merged = {}
    for version in SCHEMAS:
        for key, action in cascading_keys(version).items():
            merged.setdefault(key, (action, []))[1].append(version)
    return merged
