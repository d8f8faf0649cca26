# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collections and their groups: a session's groups, each with its data collections."""

from pyispyb.kernel import access
from pyispyb.kernel.data.queries import attach_children
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup


def session_clauses(user, session_id):
    """Return the clause of a session's groups after checking the session is the user's (404, 403)."""
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    return [DataCollectionGroup.sessionId == session_id]


def with_data_collections(rows):
    """Give each group its data collections (one query for the page)."""
    return attach_children(rows, key="dataCollectionGroupId", column=DataCollection.dataCollectionGroupId,
                           name="data_collections")
