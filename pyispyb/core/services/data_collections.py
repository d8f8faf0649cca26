# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collections and their groups: a session's groups, each with its data collections."""

from pyispyb.kernel import access
from pyispyb.kernel.data.queries import Total, attach_children
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup


def session_groups(user, session_id, query):
    """Return ``(total, rows)``: a page of a session's groups; 404/403 when the session is absent or not the user's.

    The session is checked only when the page is empty: a group the user sees is in a session he sees.
    """
    asked = query.filters.get("sessionId")
    if asked is not None and session_id not in asked:  # ?sessionId= names other sessions: nothing matches both
        access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
        return Total(0), []
    query.filters = {**query.filters, "sessionId": [session_id]}
    total, rows = access.list_visible(user, DataCollectionGroup, query)
    if not rows:
        access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    return total, rows


def with_data_collections(rows):
    """Give each group its data collections (one query for the page)."""
    return attach_children(rows, key="dataCollectionGroupId", column=DataCollection.dataCollectionGroupId,
                           name="data_collections")
