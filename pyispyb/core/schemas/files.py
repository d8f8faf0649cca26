# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of the file routes."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import DataCollectionFileAttachment

DATA_COLLECTION_ATTACHMENT = model_schemas(DataCollectionFileAttachment, name="DataCollectionFileAttachment")
