# SPDX-License-Identifier: LGPL-3.0-or-later
"""Beamline events of 2.x clients: robot actions, energy scans (and their samples), XRF spectra.

Each is written in one transaction after the caller's write permission and the ownership of
its session and sample are checked; the answer is the new row's id, as 2.x clients read it.
"""

from sqlalchemy import insert, select

from pyispyb.kernel import access
from pyispyb.kernel.data import crud
from pyispyb.kernel.auth.permissions import WRITE_DATA_COLLECTIONS
from pyispyb.kernel.data import transaction
from pyispyb.kernel.data.queries import get_row
from pyispyb.models import BLSampleHasEnergyScan, EnergyScan, XFEFluorescenceSpectrum
from pyispyb.core import resources as core
from pyispyb.v2.services.values import column_values, identifier, invalid

ROBOT_ACTION_FIELDS = {"sessionId": "blsessionId", "blSampleId": "blsampleId", "sampleId": "blsampleId",
                       "startTime": "startTimestamp", "endTime": "endTimestamp"}


def store_robot_action(user, action):
    """Record a robot action of a session of the user (write_beamline); return its id."""
    values = column_values(core.ROBOT_ACTIONS.model,
                           {k: v for k, v in action.items() if v != ""}, ROBOT_ACTION_FIELDS)
    values.pop("robotActionId", None)
    for name in ("blsessionId", "startTimestamp", "endTimestamp"):
        if values.get(name) is None:
            invalid(name, "Missing data for required field.")
    return crud.create_item(core.ROBOT_ACTIONS, user, values)["robotActionId"]


def _insert_owned(user, model, values):
    """Insert a session-owned event row after the write and ownership checks; return its id."""
    if values.get("sessionId") is None:
        invalid("sessionId", "Missing data for required field.")
    access.check_row_write(user, model, WRITE_DATA_COLLECTIONS, values)
    with transaction() as session:
        return session.execute(insert(model.__table__).values(**values)).inserted_primary_key[0]


def store_energy_scan(user, scan):
    """Record an energy scan of a session of the user; return its id."""
    values = column_values(EnergyScan, scan)
    values.pop("energyScanId", None)
    return _insert_owned(user, EnergyScan, values)


def store_xrf_spectrum(user, spectrum):
    """Record an XRF fluorescence spectrum of a session of the user; return its id."""
    values = column_values(XFEFluorescenceSpectrum, spectrum)
    values.pop("xfeFluorescenceSpectrumId", None)
    return _insert_owned(user, XFEFluorescenceSpectrum, values)


def associate_sample(user, body):
    """Link an energy scan and a sample of the user (BLSample_has_EnergyScan); return the link row.

    Either id naming no row is a 409, naming another user's row a 403 (the row-write check).
    """
    scan_id = identifier("energyScanId", body.get("energyScanId"))
    sample_id = identifier("blSampleId", body.get("blSampleId"))
    link = BLSampleHasEnergyScan
    access.check_row_write(user, link, WRITE_DATA_COLLECTIONS, {"energyScanId": scan_id, "blSampleId": sample_id})
    found = get_row(link, [link.energyScanId == scan_id, link.blSampleId == sample_id])
    if found is not None:
        return found
    with transaction() as session:
        session.execute(insert(link.__table__).values(energyScanId=scan_id, blSampleId=sample_id))
    key = select(link.blSampleHasEnergyScanId).where(link.energyScanId == scan_id, link.blSampleId == sample_id)
    return get_row(link, [link.blSampleHasEnergyScanId.in_(key)])
