# SPDX-License-Identifier: LGPL-3.0-or-later
"""Owned and foreign rows of every core kind, for the tests.

``world.own(kind)`` is a row of proposal 37027 (boaty's), ``world.foreign(kind)`` one of
proposal 141666 (not his). Reference rows are used where the test data has them; the
others are inserted, inside the test's transaction, the first time a test asks.
``spare_<kind>`` rows are new, empty rows of 37027 that a test may delete.
"""

from datetime import datetime

from sqlalchemy import insert, update

from pyispyb import models as m

API = "/ispyb/api/v1"
READ = ("own_proposals", "own_sessions")
WRITES = ("write_proposals", "write_sessions", "write_contacts", "write_shipments", "write_samples",
          "write_data_collections", "write_processing", "write_beamline")
USERS = {
    "owner": ("boaty", READ + WRITES),  # person 1: proposal 37027, sessions 55167, 55168
    "stranger": ("stranger", READ + WRITES),  # no person, no proposal
    "admin": ("admin", ("admin",)),  # group in ADMIN_GROUPS: every permission
    "noperm": ("boaty", ()),  # authenticated, no permission at all
    "manager": ("boaty", READ + WRITES + ("admin_proposals", "admin_persons")),  # owner who may also create
}

REFERENCE = {
    "proposal": (37027, 141666), "session": (55167, 339525), "person": (1, 46266),
    "shipment": (6988, 474), "dewar": (8287, 573), "container": (33049, 1326), "sample": (374695, 11550),
    "crystal": (310037, 3918), "protein": (121393, 4380), "data_collection_group": (988855, None),
    "data_collection": (993677, None), "integration": (592508, None), "program": (56425592, None),
    "autoproc": (596406, None), "attachment": (1023947, None), "diffraction_plan": (197784, None),
    "processing_job": (5, None), "beamline_setup": (1, None), "detector": (4, None),
}
SPARE = {  # kind -> (model, values) of a new row of proposal 37027 that nothing references
    "proposal": (m.Proposal, {"personId": 1, "proposalCode": "zz", "proposalNumber": "1"}),
    "session": (m.BLSession, {"proposalId": 37027, "visit_number": 77}),
    "shipment": (m.Shipping, {"proposalId": 37027, "shippingName": "spare"}),
    "dewar": (m.Dewar, {"shippingId": 6988, "code": "spare"}),
    "container": (m.Container, {"dewarId": 8287, "code": "spare"}),
    "sample": (m.BLSample, {"containerId": 33049, "name": "spare"}),
    "crystal": (m.Crystal, {"proteinId": 121393, "name": "spare"}),
    "protein": (m.Protein, {"proposalId": 37027, "acronym": "spare"}),
    "diffraction_plan": (m.DiffractionPlan, {"comments": "spare"}),
    "beamline_setup": (m.BeamLineSetup, {"beamlineName": "spare"}),
    "detector": (m.Detector, {"detectorModel": "spare"}),
    "laboratory": (m.Laboratory, {"name": "spare"}),
    "person": (m.Person, {"login": "spare", "familyName": "Spare"}),
    "beam_calendar": (m.BeamCalendar, {"run": "spare", "beamStatus": "Shutdown", "startDate": datetime(2030, 1, 1),
                                       "endDate": datetime(2030, 1, 2)}),
}


class World:
    """Rows of both proposals, by kind; created on first use."""

    def __init__(self, connection):
        self.connection = connection
        self.made = {}

    def own(self, kind):
        """Id of a row of proposal 37027."""
        return self._get(kind, 0)

    def foreign(self, kind):
        """Id of a row of proposal 141666."""
        return self._get(kind, 1)

    def insert(self, model, **values):
        """Insert a row (bypassing the API) and return its primary key."""
        result = self.connection.execute(insert(model.__table__).values(**values))
        return result.inserted_primary_key[0]

    def _get(self, kind, side):
        known = REFERENCE.get(kind, (None, None))[side]
        if known is not None:
            return known
        if (kind, side) not in self.made:
            if kind.startswith("spare_") and kind.removeprefix("spare_") in SPARE:
                model, values = SPARE[kind.removeprefix("spare_")]
                self.made[(kind, side)] = self.insert(model, **values)
            else:
                self.made[(kind, side)] = getattr(self, f"_make_{kind}")(side)
        return self.made[(kind, side)]

    def _ids(self, kind, side):
        return self.own(kind) if side == 0 else self.foreign(kind)

    def _make_data_collection_group(self, side):
        return self.insert(m.DataCollectionGroup, sessionId=self._ids("session", side), experimentType="OSC")

    def _make_data_collection(self, side):
        return self.insert(m.DataCollection, dataCollectionGroupId=self._ids("data_collection_group", side),
                           numberOfImages=10)

    def _make_program(self, side):
        program = self.insert(m.AutoProcProgram, processingPrograms="xia2")
        self.insert(m.AutoProcIntegration, dataCollectionId=self._ids("data_collection", side),
                    autoProcProgramId=program)
        return program

    def _make_integration(self, side):
        return self.insert(m.AutoProcIntegration, dataCollectionId=self._ids("data_collection", side),
                           autoProcProgramId=self._ids("program", side))

    def _make_autoproc(self, side):
        return self.insert(m.AutoProc, autoProcProgramId=self._ids("program", side), spaceGroup="P 1")

    def _make_attachment(self, side):
        return self.insert(m.AutoProcProgramAttachment, autoProcProgramId=self._ids("program", side),
                           fileType="Log", fileName="run.log", filePath="/data")

    def _make_status(self, side):
        return self.insert(m.AutoProcStatus, autoProcIntegrationId=self._ids("integration", side),
                           step="Indexing", status="Launched", comments="started", bltimeStamp=datetime(2020, 1, 1))

    def _make_scaling_statistics(self, side):
        scaling = self.insert(m.AutoProcScaling, autoProcId=self._ids("autoproc", side))
        return self.insert(m.AutoProcScalingStatistics, autoProcScalingId=scaling, scalingStatisticsType="overall")

    def _make_diffraction_plan(self, side):
        return self.insert(m.DiffractionPlan, presetForProposalId=self._ids("proposal", side), comments="preset")

    def _make_lab_contact(self, side):
        return self.insert(m.LabContact, personId=self._ids("person", side), proposalId=self._ids("proposal", side),
                           cardName=f"card {side}")

    def _make_laboratory(self, side):
        laboratory = self.insert(m.Laboratory, name=f"Lab {side}", city="Grenoble")
        self.connection.execute(update(m.Person.__table__).where(m.Person.personId == self._ids("person", side))
                                .values(laboratoryId=laboratory))
        return laboratory

    def _make_beam_calendar(self, _side):
        return self.insert(m.BeamCalendar, run="2026-1", beamStatus="User", startDate=datetime(2026, 1, 1),
                           endDate=datetime(2026, 3, 1))

    def _make_member(self, _side):
        person = self.insert(m.Person, login="member", familyName="Member", emailAddress="member@example.org")
        self.insert(m.ProposalHasPerson, proposalId=37027, personId=person)
        return person

    def _make_robot_action(self, side):
        return self.insert(m.RobotAction, blsessionId=self._ids("session", side), actionType="LOAD",
                           status="SUCCESS")


