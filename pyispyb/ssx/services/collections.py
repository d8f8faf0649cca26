# SPDX-License-Identifier: LGPL-3.0-or-later
"""SSX data collections: created whole in one transaction, read back whole in a fixed number of queries.

An SSX collection is a ``DataCollection`` with an ``SSXDataCollection`` row (jet or chip
parameters) and event chains: each chain a list of timed events (X-ray exposure and
detection, laser excitation, reaction trigger) with offset, duration, period, repetition.
"""

from sqlalchemy import func, insert, select

from pyispyb.kernel import access
from pyispyb.kernel.exceptions import Conflict, NotFound, ValidationFailed
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS
from pyispyb.kernel.data import db, require_tables, transaction
from pyispyb.kernel.data.queries import attach_children, attach_parent, list_page, writable_values
from pyispyb.models import DataCollection, DataCollectionGroup
from pyispyb.models import Component, Event, EventChain, EventType, SSXDataCollection

DC, DCG = DataCollection, DataCollectionGroup
SSX_COLLECTIONS = select(SSXDataCollection.dataCollectionId)

SSX_EXPERIMENT_TYPES = ("SSX-Chip", "SSX-Jet", "Serial Fixed", "Serial Jet")


def _invalid(path, message):
    raise ValidationFailed(message, errors={path: [message]})


def _group_of(user, body):
    """Return ``(group values to insert or None, group id or None, sessionId, blSampleId)`` after checks."""
    group, group_id = body.get("dataCollectionGroup"), body.get("dataCollectionGroupId")
    if (group is None) == (group_id is None):
        _invalid("dataCollectionGroup", "give either dataCollectionGroupId or dataCollectionGroup")
    if group is None:
        row = access.fetch_visible(user, DCG, [DCG.dataCollectionGroupId == group_id],
                                   columns=[DCG.sessionId, DCG.blSampleId])
        return None, group_id, row["sessionId"], row["blSampleId"]
    if group["experimentType"] not in SSX_EXPERIMENT_TYPES:
        _invalid("dataCollectionGroup.experimentType", f"must be one of {', '.join(SSX_EXPERIMENT_TYPES)}")
    group = writable_values(DCG, group)
    access.check_values(user, DCG, group)
    return group, None, group["sessionId"], group.get("blSampleId")


def _events(user, chains):
    """Resolve event type names and check the components the events name; return the chains' event rows."""
    names = {e["eventType"] for chain in chains for e in chain["events"] if e.get("eventType")}
    types = dict(db.session.execute(select(EventType.name, EventType.eventTypeId)
                                    .where(EventType.name.in_(names))).all()) if names else {}
    components = sorted({e["componentId"] for chain in chains for e in chain["events"] if e.get("componentId")})
    if components:
        try:
            access.ensure_all_visible(user, Component, Component.componentId, components)
        except NotFound as exc:
            raise Conflict(f"componentId: {exc.message}") from None
    resolved = []
    for c, chain in enumerate(chains):
        rows = []
        for e, event in enumerate(chain["events"]):
            event = dict(event)
            name = event.pop("eventType", None)
            if name is not None:
                if name not in types:
                    _invalid(f"eventChains.{c}.events.{e}.eventType", f"unknown event type {name!r}")
                event["eventTypeId"] = types[name]
            if event.get("eventTypeId") is None:
                _invalid(f"eventChains.{c}.events.{e}.eventType", "give eventType or eventTypeId")
            rows.append(writable_values(Event, event))
        resolved.append(rows)
    return resolved


def create_collection(user, body):
    """Create (optionally) the group, the data collection, its SSX parameters and event chains, all or nothing."""
    require_tables(SSXDataCollection, EventChain, Event, EventType)
    access.check_write_permission(user, WRITE_DATA_COLLECTIONS)
    access.check_read_permission(user, DC)
    group, group_id, session_id, sample_id = _group_of(user, body)
    collection = writable_values(DC, body["dataCollection"])
    access.check_values(user, DC, collection)
    parameters = writable_values(SSXDataCollection, body["ssx"])
    chains = [writable_values(EventChain, {k: v for k, v in chain.items() if k != "events"})
              for chain in body["eventChains"]]
    events = _events(user, body["eventChains"])
    with transaction() as session:
        if group is not None:
            group_id = session.execute(insert(DCG.__table__).values(**group)).inserted_primary_key[0]
        collection = writable_values(DC, {**collection, "dataCollectionGroupId": group_id,
                                          "SESSIONID": session_id, "BLSAMPLEID": sample_id})
        dc_id = session.execute(insert(DC.__table__).values(**collection)).inserted_primary_key[0]
        session.execute(insert(SSXDataCollection.__table__).values(**parameters, dataCollectionId=dc_id))
        for chain, chain_events in zip(chains, events, strict=True):
            chain_id = session.execute(insert(EventChain.__table__).values(**chain, dataCollectionId=dc_id)
                                       ).inserted_primary_key[0]
            if chain_events:
                names = set().union(*chain_events)  # executemany needs the same keys in every row
                session.execute(insert(Event.__table__), [
                    {**{name: event.get(name) for name in names}, "eventChainId": chain_id} for event in chain_events])
    return get_collection(user, dc_id)


def whole(rows):
    """Attach to data collection rows their group, SSX parameters and event chains with events (five queries)."""
    attach_parent(rows, key="dataCollectionGroupId", column=DCG.dataCollectionGroupId, name="dataCollectionGroup")
    attach_parent(rows, key="dataCollectionId", column=SSXDataCollection.dataCollectionId, name="ssx")
    attach_children(rows, key="dataCollectionId", column=EventChain.dataCollectionId, name="eventChains")
    chains = [chain for row in rows for chain in row["eventChains"]]
    attach_children(chains, key="eventChainId", column=Event.eventChainId, name="events",
                    order_by=[Event.offset, Event.eventId])
    events = [event for chain in chains for event in chain["events"]]
    if events:
        names = dict(db.session.execute(select(EventType.eventTypeId, EventType.name)).all())
        for event in events:
            event["eventType"] = names.get(event["eventTypeId"])
    return rows


def get_collection(user, dc_id):
    """Return one SSX data collection, whole; 404 if it is absent or not an SSX collection, 403 if not the user's."""
    require_tables(SSXDataCollection)
    row = access.fetch_visible(user, DC, [DC.dataCollectionId == dc_id])
    collection = whole([row])[0]
    if collection["ssx"] is None:
        raise NotFound(f"data collection {dc_id} is not an SSX data collection")
    return collection


def _group_filters(session_ids, sample_ids):
    clauses = []
    if session_ids:
        clauses.append(DC.dataCollectionGroupId.in_(
            select(DCG.dataCollectionGroupId).where(DCG.sessionId.in_(session_ids))))
    if sample_ids:
        clauses.append(DC.dataCollectionGroupId.in_(
            select(DCG.dataCollectionGroupId).where(DCG.blSampleId.in_(sample_ids))))
    return clauses


def list_collections(user, query, session_ids=(), sample_ids=()):
    """Return ``(total, rows)``: a page of the user's SSX collections, whole, by session and sample."""
    require_tables(SSXDataCollection, EventChain, Event)
    clauses = [DC.dataCollectionId.in_(SSX_COLLECTIONS), *_group_filters(session_ids, sample_ids)]
    total, rows = list_page(DC, query, clauses + access.visible_filter(user, DC))
    return total, whole(rows)


def _attach_counts(groups):
    ids = [g["dataCollectionGroupId"] for g in groups]
    counts = {} if not ids else {row[0]: row[1:] for row in db.session.execute(
        select(DC.dataCollectionGroupId, func.count(DC.dataCollectionId), func.sum(DC.numberOfImages))
        .where(DC.dataCollectionGroupId.in_(ids), DC.dataCollectionId.in_(SSX_COLLECTIONS))
        .group_by(DC.dataCollectionGroupId))}
    for group in groups:
        count, images = counts.get(group["dataCollectionGroupId"], (0, None))
        group["dataCollectionCount"], group["numberOfImages"] = count, images
    return groups


def list_groups(user, query):
    """Return ``(total, rows)``: a page of the user's groups holding SSX collections, with their counts."""
    require_tables(SSXDataCollection)
    ssx_groups = DCG.dataCollectionGroupId.in_(
        select(DC.dataCollectionGroupId).where(DC.dataCollectionId.in_(SSX_COLLECTIONS)))
    total, rows = list_page(DCG, query, [ssx_groups] + access.visible_filter(user, DCG))
    return total, _attach_counts(rows)


def get_group(user, group_id):
    """Return an SSX data collection group with its counts (its collections: ``list_collections`` by group)."""
    require_tables(SSXDataCollection)
    group = _attach_counts([access.fetch_visible(user, DCG, [DCG.dataCollectionGroupId == group_id])])[0]
    if not group["dataCollectionCount"]:
        raise NotFound(f"data collection group {group_id} holds no SSX data collection")
    return group
