# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data collections and their groups: CRUD specifications and a session's groups."""

from pyispyb.kernel import access
from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS
from pyispyb.kernel.data.queries import attach_children
from pyispyb.models import BLSession, DataCollection, DataCollectionGroup
from pyispyb.core.schemas.data_collections import DATA_COLLECTION, DATA_COLLECTION_GROUP

DATA_COLLECTION_SPEC = CrudSpec(DATA_COLLECTION, WRITE_DATA_COLLECTIONS, label="data collection")
GROUP_SPEC = CrudSpec(DATA_COLLECTION_GROUP, WRITE_DATA_COLLECTIONS, label="data collection group")


def session_clauses(user, session_id):
    """Return the clause of a session's groups after checking the session is the user's (404, 403)."""
    access.ensure_visible(user, BLSession, BLSession.sessionId, session_id)
    return [DataCollectionGroup.sessionId == session_id]


def with_data_collections(rows):
    """Give each group its data collections (one query for the page)."""
    return attach_children(rows, key="dataCollectionGroupId", column=DataCollection.dataCollectionGroupId,
                           name="data_collections")
