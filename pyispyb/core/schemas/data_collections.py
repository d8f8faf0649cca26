# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of data collections and their groups."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import DataCollection, DataCollectionGroup

DATA_COLLECTION = model_schemas(DataCollection, name="DataCollection")
DATA_COLLECTION_GROUP = model_schemas(DataCollectionGroup, name="DataCollectionGroup")
