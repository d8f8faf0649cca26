# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every ON DELETE CASCADE / SET NULL of both reference schemas is decided, and the decision holds."""

import re
from pathlib import Path

from pyispyb.kernel.access import SCOPES, is_reference
from pyispyb.kernel.access.dependents import dependent_columns
from tests.support.cascade_decisions import REFUSED, decision, model_by_table
from tests.support.schema_cascades import all_cascading_keys

DOC = Path(__file__).resolve().parents[1] / "docs" / "access-rules.md"
ROW = re.compile(r"^\| (\w+) \| (\w+)\.(\w+) \| (CASCADE|SET NULL) \| ([\w., ]+) \| (.+) \|$")


def documented_rows():
    """The rows of the cascade table of docs/access-rules.md."""
    return {(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6))
            for line in DOC.read_text().splitlines() if (m := ROW.match(line))}


def computed_rows():
    """The same rows, from the schema files and the code's decisions."""
    return {(parent, child, column, action, ", ".join(versions), decision(child, column, parent))
            for (child, column, parent), (action, versions) in all_cascading_keys().items()}


def test_the_schemas_have_cascades_to_decide():
    keys = all_cascading_keys()
    assert len(keys) > 150
    assert keys[("BLSession", "beamLineSetupId", "BeamLineSetup")][0] == "CASCADE"
    assert keys[("BLSession", "beamCalendarId", "BeamCalendar")] == ("SET NULL", ["v5.0.0"])


def test_every_cascade_is_documented_with_the_decision_the_code_applies():
    documented, computed = documented_rows(), computed_rows()
    missing = sorted(computed - documented)
    stale = sorted(documented - computed)
    assert not missing, f"cascades without (or with another) decision in docs/access-rules.md: {missing[:5]}"
    assert not stale, f"rows of docs/access-rules.md that the schemas or the code contradict: {stale[:5]}"


def test_the_guard_sees_every_cascade_into_a_reference_row():
    models = model_by_table()
    for (child, column, parent), _how in all_cascading_keys().items():
        model = models.get(parent)
        if model in SCOPES and is_reference(model):
            known = {(c.__tablename__, col.name) for c, col, _action in dependent_columns(model)}
            assert (child, column) in known, (parent, child, column)
            assert decision(child, column, parent) == REFUSED
