# SPDX-License-Identifier: LGPL-3.0-or-later
"""The SSX web services of py-ispyb 2.x (``webservices/ssx``) that ispyb-client and MXCuBE call.

A group is created with its sample: the protein (found by acronym in the session's proposal, or
created), the crystal, the sample and their components, then the group, in one transaction. A
data collection is handed to the SSX service's :func:`create_collection` (one transaction too).
"""

from sqlalchemy import func, insert, select

from pyispyb.kernel import access
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS, WRITE_SAMPLES
from pyispyb.kernel.data import db, require_tables, transaction
from pyispyb.models import (BLSample, BLSession, ComponentType, Crystal, DataCollection, DataCollectionGroup,
                                  Protein)
from pyispyb.models import Component, CrystalComposition, SampleComposition, SSXDataCollection
from pyispyb.ssx.services import collections as ssx_collections
from pyispyb.v2.services.values import column_values, identifier, invalid, required

DCG = DataCollectionGroup

# ispyb-client's field names (and MXCuBE's extra spellings) -> DataCollection columns
COLLECTION_FIELDS = {"polarisation": "POLARISATION", "detector_id": "detectorId",
                     "average_temperature": "averageTemperature", "underlator_gap1": "undulatorGap1"}


def _object(body, name):
    value = body.get(name)
    if not isinstance(value, dict):
        invalid(name, "Missing data for required field.")
    return value


def _components(items, field):
    """Resolve ``[{componentType, name, composition, abundance}]``: the component values and abundances."""
    if not isinstance(items, list):
        invalid(field, "Not a valid list.")
    names = {item.get("componentType") for item in items if isinstance(item, dict)}
    types = dict(db.session.execute(select(ComponentType.name, ComponentType.componentTypeId)
                                    .where(ComponentType.name.in_(names))).all()) if names else {}
    resolved = []
    for number, item in enumerate(items):
        if not isinstance(item, dict) or item.get("componentType") not in types:
            invalid(f"{field}.{number}.componentType",
                    f"Must be one of the component types: {', '.join(sorted(types))}.")
        values = column_values(Component, {"name": item.get("name"), "composition": item.get("composition")})
        values["componentTypeId"] = types[item["componentType"]]
        resolved.append((values, item.get("abundance")))
    return resolved


def create_group(user, body):
    """Create an SSX data collection group with its sample, crystal, protein and components; return its id."""
    require_tables(Component, CrystalComposition, SampleComposition, SSXDataCollection)
    access.check_write_permission(user, WRITE_SAMPLES)
    group = column_values(DCG, {k: body.get(k) for k in ("sessionId", "startTime", "endTime", "experimentType",
                                                         "comments")})
    required(group, "sessionId", "startTime")
    access.check_row_write(user, DCG, WRITE_DATA_COLLECTIONS, group)
    sample = _object(body, "sample")
    crystal = _object(sample, "crystal")
    protein = column_values(Protein, _object(crystal, "protein"))
    required(protein, "acronym")
    proposal_id = db.session.execute(select(BLSession.proposalId)
                                     .where(BLSession.sessionId == group["sessionId"])).scalar_one()
    protein_id = db.session.execute(select(func.min(Protein.proteinId)).where(
        Protein.proposalId == proposal_id, Protein.acronym == protein["acronym"])).scalar()
    if protein_id is None:
        access.check_row_write(user, Protein, WRITE_SAMPLES, {**protein, "proposalId": proposal_id})
    crystal_values = column_values(Crystal, {k: crystal.get(k) for k in ("size_X", "size_Y", "size_Z", "abundance")})
    sample_values = column_values(BLSample, {k: sample.get(k) for k in ("name", "support")})
    crystal_parts = _components(crystal.get("components", []), "sample.crystal.components")
    sample_parts = _components(sample.get("components", []), "sample.components")
    with transaction() as session:
        def new(model, values):
            return session.execute(insert(model.__table__).values(**values)).inserted_primary_key[0]

        if protein_id is None:
            protein_id = new(Protein, {"name": protein.get("name") or protein["acronym"], **protein,
                                       "proposalId": proposal_id})
        crystal_id = new(Crystal, {**crystal_values, "proteinId": protein_id})
        sample_id = new(BLSample, {**sample_values, "crystalId": crystal_id})
        for values, abundance in crystal_parts:
            component_id = new(Component, {**values, "proposalId": proposal_id})
            new(CrystalComposition, {"componentId": component_id, "crystalId": crystal_id, "abundance": abundance})
        for values, abundance in sample_parts:
            component_id = new(Component, {**values, "proposalId": proposal_id})
            new(SampleComposition, {"componentId": component_id, "blSampleId": sample_id, "abundance": abundance})
        return new(DCG, {**group, "blSampleId": sample_id})


def create_collection(user, body):
    """Create an SSX data collection in a group of the user, with its event chains; return its id."""
    group_id = identifier("dataCollectionGroupId", body.get("dataCollectionGroupId"))
    collection = column_values(DataCollection, body, COLLECTION_FIELDS)
    for key in ("dataCollectionId", "dataCollectionGroupId"):
        collection.pop(key, None)
    required(collection, "startTime")
    chains = body.get("event_chains")
    if not isinstance(chains, list):
        invalid("event_chains", "Missing data for required field.")
    event_chains = []
    for number, chain in enumerate(chains):
        if not isinstance(chain, dict) or not isinstance(chain.get("events"), list):
            invalid(f"event_chains.{number}.events", "Missing data for required field.")
        events = [{"eventType": event.get("type"), **{k: event.get(k) for k in
                                                      ("name", "offset", "duration", "period", "repetition")}}
                  for event in chain["events"] if isinstance(event, dict)]
        event_chains.append({"name": chain.get("name"), "events": events})
    created = ssx_collections.create_collection(user, {
        "dataCollectionGroupId": group_id, "dataCollection": collection,
        "ssx": column_values(SSXDataCollection, body), "eventChains": event_chains})
    return created["dataCollectionId"]
