# SPDX-License-Identifier: LGPL-3.0-or-later
"""Fixtures of the core tests: the four kinds of caller and a world of owned and foreign rows."""

import pytest

from tests.core.world import USERS, World


@pytest.fixture
def world(db_transaction):
    """Owned and foreign rows of every kind (see :class:`World`)."""
    return World(db_transaction)


@pytest.fixture
def as_user(auth):
    """``as_user("owner")`` -> the Authorization headers of one of :data:`USERS`."""
    return lambda name: auth.headers(*USERS[name])
