# SPDX-License-Identifier: LGPL-3.0-or-later
"""Energy scans (Java ``v_energyScan``) and XRF spectra (``v_xfeFluorescenceSpectrum``) of a session."""

from sqlalchemy import select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.data.queries import fetch_dicts
from pyispyb import models as m
from pyispyb.legacy.services.common import paged, source_column
from pyispyb.legacy.services.group_columns import plain

SAMPLE_COLUMNS = [
    ("BLSample_sampleId", "BLSample", "blSampleId"), ("name", "BLSample", "name"), ("code", "BLSample", "code"),
    ("acronym", "Protein", "acronym"), ("BLSession_proposalId", "BLSession", "proposalId"),
]

ENERGY_SCAN_COLUMNS = [
    *plain("EnergyScan", [
        "energyScanId", "sessionId", "blSampleId", "fluorescenceDetector", "scanFileFullPath", "choochFileFullPath",
        "jpegChoochFileFullPath", "element", "startEnergy", "endEnergy", "transmissionFactor", "exposureTime",
        "synchrotronCurrent", "temperature", "peakEnergy", "peakFPrime", "peakFDoublePrime", "inflectionEnergy",
        "inflectionFPrime", "inflectionFDoublePrime", "xrayDose", "startTime", "endTime", "edgeEnergy", "filename",
        "beamSizeVertical", "beamSizeHorizontal", "crystalClass", "comments", "flux", "flux_end", "remoteEnergy",
        "remoteFPrime", "remoteFDoublePrime"]),
    *SAMPLE_COLUMNS,
]

XRF_COLUMNS = [
    *plain("XFEFluorescenceSpectrum", [
        "xfeFluorescenceSpectrumId", "sessionId", "blSampleId", "fittedDataFileFullPath", "scanFileFullPath",
        "jpegScanFileFullPath", "startTime", "endTime", "filename", "energy", "exposureTime", "beamTransmission",
        "annotatedPymcaXfeSpectrum", "beamSizeVertical", "beamSizeHorizontal", "crystalClass", "comments", "flux",
        "flux_end", "workingDirectory"]),
    *SAMPLE_COLUMNS,
]


def _scan_rows(user, model, columns, proposal_id, session_id, page):
    source = (model.__table__
              .join(m.BLSession, m.BLSession.sessionId == model.sessionId)
              .outerjoin(m.BLSample, m.BLSample.blSampleId == model.blSampleId)
              .outerjoin(m.Crystal, m.Crystal.crystalId == m.BLSample.crystalId)
              .outerjoin(m.Protein, m.Protein.proteinId == m.Crystal.proteinId))
    key = model.__table__.primary_key.columns.values()[0]
    stmt = (select(*[source_column(table, name, label) for label, table, name in columns]).select_from(source)
            .where(model.sessionId == session_id, m.BLSession.proposalId == proposal_id, *visible_filter(user, model))
            .order_by(key))
    return fetch_dicts(paged(stmt, page))


def energy_scan_rows(user, proposal_id, session_id, page=None):
    """Return the energy scans of a session of the proposal."""
    return _scan_rows(user, m.EnergyScan, ENERGY_SCAN_COLUMNS, proposal_id, session_id, page)


def xrf_scan_rows(user, proposal_id, session_id, page=None):
    """Return the XRF spectra of a session of the proposal."""
    return _scan_rows(user, m.XFEFluorescenceSpectrum, XRF_COLUMNS, proposal_id, session_id, page)
