# SPDX-License-Identifier: LGPL-3.0-or-later
"""Request bodies of a whole SSX data collection: its group, parameters and event chains."""

from marshmallow import EXCLUDE, RAISE, Schema, fields, validate

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import DataCollection, DataCollectionGroup, Event, EventChain, SSXDataCollection

GROUP = model_schemas(DataCollectionGroup, name="SSXGroup", required=("sessionId", "experimentType"))
COLLECTION = model_schemas(DataCollection, name="SSXCollection",
                           exclude=("dataCollectionGroupId", "SESSIONID", "BLSAMPLEID"))
PARAMETERS = model_schemas(SSXDataCollection, name="SSXParameters", exclude=("dataCollectionId",))
EVENT = model_schemas(Event, name="SSXEvent", exclude=("eventChainId",), optional=("eventTypeId",))
CHAIN = model_schemas(EventChain, name="SSXEventChain", exclude=("dataCollectionId",))


def extended(schemas, name, extra):
    """Return a create schema of ``schemas`` with ``extra`` fields added (unknown fields refused)."""
    return Schema.from_dict({**type(schemas.create)._declared_fields, **extra}, name=name)(unknown=RAISE)


EVENT_CREATE = extended(EVENT, "SSXEventCreate", {
    "eventType": fields.String(metadata={"description": "event type name (XrayDetection, XrayExposure, "
                                                        "LaserExcitation, ...), instead of eventTypeId"}),
})
CHAIN_CREATE = extended(CHAIN, "SSXEventChainCreate", {
    "events": fields.List(fields.Nested(EVENT_CREATE), load_default=list,
                          metadata={"description": "the events of the chain"}),
})
COLLECTION_CREATE = Schema.from_dict({
    "dataCollectionGroupId": fields.Integer(validate=validate.Range(1, 2**31 - 1), metadata={
        "description": "add the collection to this existing group (or give dataCollectionGroup)"}),
    "dataCollectionGroup": fields.Nested(GROUP.create, metadata={
        "description": "create this group (experimentType SSX-Chip, SSX-Jet, Serial Fixed or Serial Jet)"}),
    "dataCollection": fields.Nested(COLLECTION.create, required=True),
    "ssx": fields.Nested(PARAMETERS.create, required=True, metadata={"description": "the SSX parameters"}),
    "eventChains": fields.List(fields.Nested(CHAIN_CREATE), load_default=list),
}, name="SSXDataCollectionCreate")(unknown=RAISE)

# The whole collection as read back (for the documentation): the data collection row plus its parts.
WHOLE_READ = Schema.from_dict({
    **type(COLLECTION.read)._declared_fields,
    "dataCollectionGroupId": fields.Integer(),
    "dataCollectionGroup": fields.Nested(GROUP.read),
    "ssx": fields.Nested(PARAMETERS.read),
    "eventChains": fields.List(fields.Nested(Schema.from_dict({
        **type(CHAIN.read)._declared_fields, "dataCollectionId": fields.Integer(),
        "events": fields.List(fields.Nested(Schema.from_dict({
            **type(EVENT.read)._declared_fields, "eventChainId": fields.Integer(), "eventType": fields.String(),
        }, name="SSXEventRead")(unknown=EXCLUDE))),
    }, name="SSXEventChainRead")(unknown=EXCLUDE))),
}, name="SSXDataCollectionWhole")(unknown=EXCLUDE)
