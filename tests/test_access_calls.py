# SPDX-License-Identifier: LGPL-3.0-or-later
"""The kernel's access calls: restrict a select, list the clauses, fetch one visible row, check existence."""

import pytest
from sqlalchemy import select

from pyispyb import models as m
from pyispyb.kernel import access
from pyispyb.kernel.auth import AuthUser
from pyispyb.kernel.data import db
from pyispyb.kernel.exceptions import Forbidden, NotFound

OWN_SESSION, OTHER_SESSION, MISSING_SESSION = 55167, 339525, 999999999


@pytest.fixture
def db_context(app, db_transaction):
    """An application context whose session runs inside the test's transaction."""
    with app.app_context():
        yield


def boaty(*permissions):
    """Person 1 (member of proposal 37027) holding ``permissions``."""
    return AuthUser(username="boaty", permissions=frozenset(permissions))


def session_ids(user):
    """The ids of the sessions of both reference proposals that ``user`` sees through :func:`access.restrict`."""
    stmt = select(m.BLSession.sessionId).where(m.BLSession.sessionId.in_([OWN_SESSION, OTHER_SESSION]))
    return set(db.session.execute(access.restrict(stmt, user, m.BLSession)).scalars())


def test_restrict_limits_a_select_to_the_callers_rows(db_context):
    assert session_ids(boaty("own_sessions")) == {OWN_SESSION}
    assert session_ids(boaty("all_sessions")) == {OWN_SESSION, OTHER_SESSION}


def test_restrict_leaves_the_select_unchanged_for_a_user_who_sees_all(db_context):
    stmt = select(m.BLSession.sessionId)
    assert access.restrict(stmt, boaty("all_sessions"), m.BLSession) is stmt
    assert access.visible_filter(boaty("all_sessions"), m.BLSession) == []
    assert len(access.visible_filter(boaty("own_sessions"), m.BLSession)) == 1
    assert len(access.visible_filter(boaty("own_proposals"), m.BLSample, listing=True)) == 1


def test_restrict_refuses_a_user_without_read_permission(db_context):
    with pytest.raises(Forbidden):
        access.restrict(select(m.BLSession.sessionId), boaty("own_proposals"), m.BLSession)


def test_fetch_visible_returns_the_row_in_one_statement(db_context, count_queries):
    user = boaty("own_sessions")
    access.user_session_ids(user)  # the caller's ids are read once per request, before
    with count_queries() as queries:
        row = access.fetch_visible(user, m.BLSession, [m.BLSession.sessionId == OWN_SESSION],
                                   columns=[m.BLSession.sessionId, m.BLSession.proposalId])
    assert row == {"sessionId": OWN_SESSION, "proposalId": 37027}
    assert queries.count == 1


def test_fetch_visible_reads_every_present_column_by_default(db_context):
    row = access.fetch_visible(boaty("all_sessions"), m.BLSession, [m.BLSession.sessionId == OTHER_SESSION])
    assert row["sessionId"] == OTHER_SESSION and row["proposalId"] == 141666 and "_visible" not in row


@pytest.mark.parametrize("session_id, error, words", [
    (OTHER_SESSION, Forbidden, f"may not access BLSession {OTHER_SESSION}"),
    (MISSING_SESSION, NotFound, f"BLSession {MISSING_SESSION} not found"),
])
def test_fetch_visible_raises_404_or_403_itself(db_context, count_queries, session_id, error, words):
    user = boaty("own_sessions")
    access.user_session_ids(user)
    with count_queries() as queries, pytest.raises(error, match=words):
        access.fetch_visible(user, m.BLSession, [m.BLSession.sessionId == session_id])
    assert queries.count == 1
    with pytest.raises(error, match=words):
        access.ensure_visible(user, m.BLSession, m.BLSession.sessionId, session_id)


def test_fetch_visible_checks_the_read_permission_first(db_context, count_queries):
    with count_queries() as queries, pytest.raises(Forbidden, match="needs one of the permissions"):
        access.fetch_visible(boaty("own_proposals"), m.BLSession, [m.BLSession.sessionId == OWN_SESSION])
    assert queries.count == 0


def test_ensure_all_visible_names_the_first_missing_then_the_first_hidden(db_context):
    user = boaty("own_sessions")
    access.ensure_all_visible(user, m.BLSession, m.BLSession.sessionId, [OWN_SESSION, 55168])
    with pytest.raises(NotFound, match=str(MISSING_SESSION)):
        access.ensure_all_visible(user, m.BLSession, m.BLSession.sessionId, [OTHER_SESSION, MISSING_SESSION])
    with pytest.raises(Forbidden, match=str(OTHER_SESSION)):
        access.ensure_all_visible(user, m.BLSession, m.BLSession.sessionId, [OWN_SESSION, OTHER_SESSION])
