# SPDX-License-Identifier: LGPL-3.0-or-later
"""Samples, detectors and beamline set-ups in the shapes of py-ispyb 2.x.

A sample row has its ``BLSample`` columns with ``Container``, ``Crystal`` (with ``Protein`` and
``space_group``, the name MXCuBE reads) and ``DiffractionPlan`` (``{"diffractionPlanId": null}``
when it has none: MXCuBE reads the key of every sample).
"""

from sqlalchemy import func, select

from pyispyb.kernel import access
from pyispyb.kernel.data import crud
from pyispyb.kernel.data.queries import attach_parent, fetch_dicts, present_columns
from pyispyb.models import (BeamLineSetup, BLSample, Container, Crystal, Detector, DiffractionPlan, Protein,
                                  Proposal)
from pyispyb.core.services import beamline as core_beamline
from pyispyb.core.services import samples as core_samples
from pyispyb.v2.services.proposals import name_clause
from pyispyb.v2.services.values import column_values


def _shaped(rows):
    """Attach container, crystal with protein, and diffraction plan to sample rows (four queries)."""
    attach_parent(rows, key="containerId", column=Container.containerId, name="Container")
    attach_parent(rows, key="crystalId", column=Crystal.crystalId, name="Crystal")
    attach_parent(rows, key="diffractionPlanId", column=DiffractionPlan.diffractionPlanId, name="DiffractionPlan")
    crystals = list({id(row["Crystal"]): row["Crystal"] for row in rows if row["Crystal"]}.values())  # shared
    attach_parent(crystals, key="proteinId", column=Protein.proteinId, name="Protein")
    for crystal in crystals:
        crystal["space_group"] = crystal.get("spaceGroup")
    for row in rows:
        row["DiffractionPlan"] = row["DiffractionPlan"] or {"diffractionPlanId": None}
    return rows


def list_samples(user, *, proposal=None, beamline=None, limit, offset):
    """Return ``(total, rows)``: the user's samples of a proposal (name) whose container is on ``beamline``."""
    clauses = access.visible_filter(user, BLSample, listing=True)
    source = BLSample.__table__
    if proposal:
        source = (source.join(Crystal, Crystal.crystalId == BLSample.crystalId)
                  .join(Protein, Protein.proteinId == Crystal.proteinId))
        clauses.append(Protein.proposalId.in_(select(Proposal.proposalId).where(name_clause(proposal))))
    if beamline:
        source = source.join(Container, Container.containerId == BLSample.containerId)
        clauses.append(Container.beamlineLocation == beamline)
    total = fetch_dicts(select(func.count(BLSample.blSampleId).label("n")).select_from(source).where(*clauses))[0]["n"]
    stmt = (select(*present_columns(BLSample)).select_from(source).where(*clauses)
            .order_by(BLSample.blSampleId).limit(limit).offset(offset))
    return total, _shaped(fetch_dicts(stmt))


def update_sample(user, sample_id, body):
    """Change the given columns of a sample of the user (write_samples); return it shaped."""
    values = column_values(BLSample, body)
    values.pop("blSampleId", None)
    crud.update_item(core_samples.SAMPLE_SPEC, user, sample_id, values)
    return _shaped([crud.get_item(core_samples.SAMPLE_SPEC, user, sample_id)])[0]


DETECTOR_FILTERS = {"manufacturer": Detector.detectorManufacturer, "model": Detector.detectorModel,
                    "mode": Detector.detectorMode, "type": Detector.detectorType}


def find_detector(user, filters):
    """Return the first detector (lowest id) matching the non-empty ``filters``, or ``{}`` when none does."""
    access.check_read_permission(user, Detector)
    clauses = [DETECTOR_FILTERS[name] == value for name, value in filters.items() if value]
    rows = fetch_dicts(select(*present_columns(Detector)).where(*clauses).order_by(Detector.detectorId).limit(1))
    return rows[0] if rows else {}


# MXCuBE's beamline configuration keys -> BeamLineSetup columns (camelCase column names are taken as they are)
SETUP_FIELDS = {
    "synchrotron_name": "synchrotronName", "synchrotron_mode": "synchrotronMode",
    "focusing_optic": "focusingOptic", "monochromator_type": "monochromatorType",
    "beam_divergence_vertical": "beamDivergenceVertical", "beam_divergence_horizontal": "beamDivergenceHorizontal",
    "polarisation": "polarisation", "minimum_exposure_time": "minExposureTimePerImage",
    "maximum_phi_speed": "goniostatMaxOscillationSpeed", "minimum_phi_oscillation": "goniostatMinOscillationWidth",
    "beamline_name": "beamlineName", "focal_spot_size_at_sample": "focalSpotSizeAtSample",
}


def setup_values(bl_config):
    """Return the BeamLineSetup columns of an MXCuBE beamline configuration, with its undulators and detector."""
    values = column_values(BeamLineSetup, bl_config, SETUP_FIELDS)
    for number, undulator in enumerate(bl_config.get("undulators") or [], start=1):
        kind = undulator.get("type") if isinstance(undulator, dict) else undulator
        if number <= 3 and kind is not None:
            values.update(column_values(BeamLineSetup, {f"undulatorType{number}": kind}))
    values.pop("beamLineSetupId", None)
    return values


def create_beamline_setup(user, bl_config):
    """Record an MXCuBE beamline configuration (write_beamline); return the new set-up's id."""
    values = setup_values(bl_config)
    if values.get("detectorId") is None:
        detector = find_detector(user, {"manufacturer": bl_config.get("detector_manufacturer"),
                                        "model": bl_config.get("detector_model"),
                                        "mode": bl_config.get("detector_binning_mode"),
                                        "type": bl_config.get("detector_type")})
        if detector and any(bl_config.get(k) for k in ("detector_manufacturer", "detector_model")):
            values["detectorId"] = detector["detectorId"]
    return crud.create_item(core_beamline.BEAMLINE_SETUP_SPEC, user, values)["beamLineSetupId"]
