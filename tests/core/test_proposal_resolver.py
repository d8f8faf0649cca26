# SPDX-License-Identifier: LGPL-3.0-or-later
"""The one proposal resolver (core routes and the legacy API): digits are an id, anything else a name."""

import pytest

from pyispyb.core.services.proposals import find_proposal_id


@pytest.fixture
def db_context(app, db_transaction):
    """An application context whose session runs inside the test's transaction."""
    with app.app_context():
        yield


@pytest.mark.parametrize("value, found", [
    ("37027", 37027), (" 141666 ", 141666), ("cm14451", 37027), ("CM14451", 37027), (" cm1 ", 141666),
    ("cm99999", None), ("nothing", None), ("-37027", None), ("", None),
])
def test_an_existing_proposal_is_found_by_id_or_name(db_context, value, found):
    assert find_proposal_id(value, existing=True) == found
    if found is not None:
        assert find_proposal_id(value) == found


def test_an_id_is_looked_up_only_when_asked(db_context, count_queries):
    with count_queries() as queries:
        assert find_proposal_id("999999999") == 999999999
    assert queries.count == 0
    assert find_proposal_id("999999999", existing=True) is None
