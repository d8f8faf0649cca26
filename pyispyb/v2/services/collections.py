# SPDX-License-Identifier: LGPL-3.0-or-later
"""MXCuBE's collection dictionaries (``mx_collection``) written as data collection groups and collections.

MXCuBE posts its own ``mx_collection`` dictionary: snake_case keys, the oscillation in
``oscillation_sequence[0]``, file names in ``fileinfo``, ``collection_id`` and ``group_id`` once
known. These are the facts of its value factory: ``start``/``range``/``offset``/``number_of_images``
give the axis, ``fileinfo`` the directory, prefix, suffix, template and run number. Keys naming a
column directly are taken too. Each call is one transaction.
"""

from datetime import datetime

from sqlalchemy import insert, update

from pyispyb.kernel import access
from pyispyb.kernel.data import crud
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS
from pyispyb.kernel.data import transaction
from pyispyb.kernel.data.queries import get_row
from pyispyb.models import DataCollection, DataCollectionGroup, Image
from pyispyb.core import resources as core
from pyispyb.v2.services.values import column_values, identifier, invalid

DC, DCG = DataCollection, DataCollectionGroup

GROUP_FIELDS = {"sessionId": "sessionId", "experiment_type": "experimentType", "comments": "comments",
                "collection_start_time": "startTime", "collection_end_time": "endTime",
                "actualContainerBarcode": "actualContainerBarcode", "actualSampleBarcode": "actualSampleBarcode",
                "actualContainerSlotInSC": "actualContainerSlotInSC",
                "actualSampleSlotInContainer": "actualSampleSlotInContainer", "blSampleId": "blSampleId"}

COLLECTION_FIELDS = {"status": "runStatus", "centringMethod": "centeringMethod",
                     "actualCentringPosition": "actualCenteringPosition", "detector_id": "detectorId",
                     "screening_sub_wedge_id": "strategySubWedgeOrigId", "collection_start_time": "startTime",
                     "collection_end_time": "endTime", "sessionId": "SESSIONID", "blSampleId": "BLSAMPLEID",
                     "group_id": "dataCollectionGroupId", "comment": "comments"}

FILE_FIELDS = {"directory": "imageDirectory", "prefix": "imagePrefix", "suffix": "imageSuffix",
               "template": "fileTemplate", "run_number": "dataCollectionNumber"}


def _sample_id(mx_collection):
    reference = mx_collection.get("sample_reference")
    if isinstance(reference, dict) and reference.get("blSampleId") not in (None, "", -1):
        return reference["blSampleId"]
    return mx_collection.get("blSampleId")


def group_values(mx_collection):
    """Return the DataCollectionGroup columns of an ``mx_collection``."""
    given = {**mx_collection, "blSampleId": _sample_id(mx_collection)}
    if given.get("helical"):
        given["experiment_type"] = "Helical"
    if isinstance(given.get("experiment_type"), str) and given["experiment_type"].lower() == "mesh":
        given["experiment_type"] = "Mesh"
    fields = {name: column for name, column in GROUP_FIELDS.items() if name in given}
    return column_values(DCG, {name: given[name] for name in fields}, fields)


def _oscillation(mx_collection):
    sequence = mx_collection.get("oscillation_sequence")
    if sequence is None:
        return {}
    if not isinstance(sequence, list) or len(sequence) != 1 or not isinstance(sequence[0], dict):
        invalid("oscillation_sequence", "Must hold exactly one oscillation.")
    osc = sequence[0]
    values = {"axisStart": osc.get("start"), "axisRange": osc.get("range"),
              "numberOfImages": osc.get("number_of_images"),
              "startImageNumber": osc.get("start_image_number"), "numberOfPasses": osc.get("number_of_passes"),
              "exposureTime": osc.get("exposure_time")}
    if osc.get("offset") is not None:
        values["overlap"] = -float(osc["offset"])
    try:
        values["axisEnd"] = float(osc["start"]) + (float(osc["range"]) + float(osc["offset"])) * float(
            osc["number_of_images"])
    except (KeyError, TypeError, ValueError):
        pass
    kappa = osc.get("kappaStart")
    if kappa not in (None, 0, -9999):
        values["omegaStart"] = osc.get("start")
    values.update({k: osc[k] for k in ("kappaStart", "phiStart") if osc.get(k) not in (None, -9999)})
    return {k: v for k, v in values.items() if v is not None}


def collection_values(mx_collection):
    """Return the DataCollection columns of an ``mx_collection`` (group and ids excluded)."""
    given = dict(mx_collection)
    fileinfo = given.get("fileinfo") if isinstance(given.get("fileinfo"), dict) else {}
    given.update({column: fileinfo[name] for name, column in FILE_FIELDS.items() if name in fileinfo})
    given.update(_oscillation(mx_collection))
    given["blSampleId"] = _sample_id(mx_collection)
    values = column_values(DC, given, COLLECTION_FIELDS)
    for key in ("dataCollectionId", "dataCollectionGroupId"):
        values.pop(key, None)
    return values


def _group_row(group_id):
    return get_row(DCG, [DCG.dataCollectionGroupId == group_id])


def store_group(user, mx_collection):
    """Create the group of an ``mx_collection``, or update the one ``group_id`` names; return the group row.

    Without ``group_id`` but with ``collection_id`` (MXCuBE's updates), the collection's own group is
    updated rather than a new one created.
    """
    values = group_values(mx_collection)
    group_id = None
    if mx_collection.get("group_id"):
        group_id = identifier("group_id", mx_collection["group_id"])
    elif mx_collection.get("collection_id"):
        dc_id = identifier("collection_id", mx_collection["collection_id"])
        group_id = crud.get_item(core.DATA_COLLECTIONS, user, dc_id)["dataCollectionGroupId"]
    if group_id is not None:
        return crud.update_item(core.DATA_COLLECTION_GROUPS, user, group_id, values)
    if values.get("sessionId") is None:
        invalid("sessionId", "Missing data for required field.")
    return crud.create_item(core.DATA_COLLECTION_GROUPS, user, values)


def create_collection(user, mx_collection):
    """Create a data collection (and its group unless ``group_id`` names one) in one transaction."""
    values = collection_values(mx_collection)
    group = None
    if mx_collection.get("group_id"):
        values["dataCollectionGroupId"] = identifier("group_id", mx_collection["group_id"])
    else:
        group = group_values(mx_collection)
        if group.get("sessionId") is None:
            invalid("sessionId", "Missing data for required field.")
        access.check_row_write(user, DCG, core.DATA_COLLECTION_GROUPS.write_permission, group)
    if group is None:
        access.check_row_write(user, DC, core.DATA_COLLECTIONS.write_permission, values)
    else:
        access.check_values(user, DC, values)  # its group, created with it, is checked above
    with transaction() as session:
        if group is not None:
            values["dataCollectionGroupId"] = session.execute(insert(DCG.__table__).values(**group)
                                                              ).inserted_primary_key[0]
        dc_id = session.execute(insert(DC.__table__).values(**values)).inserted_primary_key[0]
    return get_row(DC, [DC.dataCollectionId == dc_id])


def update_collection(user, mx_collection):
    """Update the data collection ``collection_id`` names (and its group's ``group_id``); return the row."""
    dc_id = identifier("collection_id", mx_collection.get("collection_id"))
    existing = crud.get_item(core.DATA_COLLECTIONS, user, dc_id)
    values = collection_values(mx_collection)
    if mx_collection.get("group_id"):
        values["dataCollectionGroupId"] = identifier("group_id", mx_collection["group_id"])
    if values.get("endTime") is None and mx_collection.get("status"):
        values["endTime"] = datetime.now().replace(microsecond=0)
    access.check_row_write(user, DC, core.DATA_COLLECTIONS.write_permission, values, existing)
    if values:
        with transaction() as session:
            session.execute(update(DC.__table__).where(DC.dataCollectionId == dc_id).values(**values))
    return get_row(DC, [DC.dataCollectionId == dc_id])


def get_collection(user, dc_id):
    """Return a data collection of the user with its ``sessionId`` (its group's)."""
    row = crud.get_item(core.DATA_COLLECTIONS, user, dc_id)
    group = _group_row(row["dataCollectionGroupId"]) or {}
    row["sessionId"] = group.get("sessionId")
    return row


def store_image(user, image):
    """Record an image of a data collection of the user (write_data_collections); return the image row."""
    values = column_values(Image, image)
    values.pop("imageId", None)
    if values.get("dataCollectionId") is None:
        invalid("dataCollectionId", "Missing data for required field.")
    access.check_row_write(user, Image, WRITE_DATA_COLLECTIONS, values)
    access.ensure_visible(user, DC, DC.dataCollectionId, values["dataCollectionId"])
    with transaction() as session:
        image_id = session.execute(insert(Image.__table__).values(**values)).inserted_primary_key[0]
    return get_row(Image, [Image.imageId == image_id])
