# SPDX-License-Identifier: LGPL-3.0-or-later
"""The tables the core service serves as REST collections, each declared once.

Every declaration gives the table's schemas, Swagger models, routes, endpoint names, ownership
scope and ``/schemas/{name}`` entry (see :mod:`pyispyb.kernel.resources`). Routes written by
hand beside them (``/info`` objects, restricted lists) live in ``pyispyb/core/routes/`` and use
the namespaces declared here.
"""

from pyispyb import models as m
from pyispyb.core.access import DIFFRACTION_PLAN_SCOPE
from pyispyb.core.services.contacts import only_own_person
from pyispyb.core.services.proposals import resolve_proposal_id, unique_proposal_name
from pyispyb.core.services.shipping import laboratory_is_visible
from pyispyb.kernel.access import caller_login
from pyispyb.kernel.access.scopes import Owned, Shared, link, via
from pyispyb.kernel.auth.permissions import (
    ADMIN_PERSONS, ADMIN_PROPOSALS, WRITE_BEAMLINE, WRITE_CONTACTS, WRITE_DATA_COLLECTIONS, WRITE_PROCESSING,
    WRITE_PROPOSALS, WRITE_SAMPLES, WRITE_SESSIONS, WRITE_SHIPMENTS,
)
from pyispyb.kernel.resources import Catalog

CATALOG = Catalog(listed=True)
declare = CATALOG.declare
READ_AND_CREATE = ("GET", "POST")

PROPOSALS = declare(
    m.Proposal, "/proposals", tag="Proposals", description="Proposals: a team's allocation of beam time",
    scope=Owned(m.Proposal.proposalId, "proposal"), write=WRITE_PROPOSALS,
    required=("personId", "proposalCode", "proposalNumber"), before_write=unique_proposal_name,
    create_permission=ADMIN_PROPOSALS, delete_permission=ADMIN_PROPOSALS,  # a proposal's deletion cascades
    key_converter="string", resolve_key=resolve_proposal_id)

SESSIONS = declare(
    m.BLSession, "/sessions", tag="Sessions", description="Sessions: visits of a proposal to a beamline",
    name="session", model_name="Session", scope=Owned(m.BLSession.sessionId, "session"), write=WRITE_SESSIONS,
    required=("proposalId",), delete_permission=ADMIN_PROPOSALS)  # cascades to the data collections
BEAM_CALENDARS = declare(m.BeamCalendar, "/beam_calendars", namespace=SESSIONS.namespace, scope=Shared(),
                         write=WRITE_SESSIONS)

CONTACTS = CATALOG.namespace("Contacts", "/contacts", "Persons, their laboratories and the lab contacts of proposals")
PERSONS = declare(
    m.Person, "/persons", namespace=CONTACTS, write=WRITE_CONTACTS, before_write=only_own_person,
    create_permission=ADMIN_PERSONS, delete_permission=ADMIN_PERSONS,
    scope=via(*(link(m.Person.personId, c) for c in (m.Proposal.personId, m.ProposalHasPerson.personId,
                                                       m.SessionHasPerson.personId, m.LabContact.personId)),
              also=lambda user: m.Person.login == caller_login(user)))
LAB_CONTACTS = declare(m.LabContact, "/lab_contacts", namespace=CONTACTS, write=WRITE_CONTACTS,
                       scope=Owned(m.LabContact.proposalId, "proposal"))
LABORATORIES = declare(
    m.Laboratory, "/labs", namespace=CONTACTS, write=WRITE_CONTACTS, list_endpoint="labs",
    scope=via(link(m.Laboratory.laboratoryId, m.Person.laboratoryId)),
    create_permission=ADMIN_PERSONS, delete_permission=ADMIN_PERSONS)

SHIPMENTS = declare(
    m.Shipping, "/shipments", tag="Shipments", description="Shipments of dewars to the facility",
    name="shipment", model_name="Shipment", scope=Owned(m.Shipping.proposalId, "proposal"), write=WRITE_SHIPMENTS,
    required=("proposalId",), before_write=laboratory_is_visible,
    list_endpoint="shippings", item_endpoint="shipping_by_id", item_param="shipping_id")
DEWARS = declare(m.Dewar, "/dewars", tag="Dewars", description="Dewars of shipments", scope=via(m.Dewar.shippingId),
                 write=WRITE_SHIPMENTS, required=("shippingId",))
CONTAINERS = declare(m.Container, "/containers", tag="Containers", description="Containers (pucks, plates) in dewars",
                     scope=via(m.Container.dewarId), write=WRITE_SHIPMENTS)

SAMPLES = declare(
    m.BLSample, "/samples", tag="Samples", description="Samples, crystals, proteins and diffraction plans",
    name="sample", model_name="Sample", scope=via(m.BLSample.containerId, m.BLSample.crystalId), write=WRITE_SAMPLES)
CRYSTALS = declare(m.Crystal, "/crystals", namespace=SAMPLES.namespace, scope=via(m.Crystal.proteinId),
                   write=WRITE_SAMPLES, required=("proteinId",))
PROTEINS = declare(m.Protein, "/proteins", namespace=SAMPLES.namespace, scope=Owned(m.Protein.proposalId, "proposal"),
                   write=WRITE_SAMPLES, required=("proposalId",))
DIFFRACTION_PLANS = declare(m.DiffractionPlan, "/diffraction_plans", namespace=SAMPLES.namespace,
                            scope=DIFFRACTION_PLAN_SCOPE, write=WRITE_SAMPLES)

DATA_COLLECTIONS = declare(
    m.DataCollection, "/data_collections", tag="Data collections",
    description="Data collections and data collection groups", scope=via(m.DataCollection.dataCollectionGroupId),
    write=WRITE_DATA_COLLECTIONS, methods=READ_AND_CREATE)
DATA_COLLECTION_GROUPS = declare(
    m.DataCollectionGroup, "/groups", namespace=DATA_COLLECTIONS.namespace, write=WRITE_DATA_COLLECTIONS,
    scope=Owned(m.DataCollectionGroup.sessionId, "session"), methods=READ_AND_CREATE)

# In the v5 schema a program has no dataCollectionId: it reaches its data collection through
# AutoProcIntegration or its ProcessingJob.
AUTO_PROCS = declare(
    m.AutoProc, "/autoproc", tag="Autoprocessing",
    description="Automatic processing programs, results, attachments and statuses", label="autoproc",
    scope=via(link(m.AutoProc.autoProcProgramId, m.AutoProcProgram.autoProcProgramId)), write=WRITE_PROCESSING,
    methods=READ_AND_CREATE)
AUTOPROC = AUTO_PROCS.namespace
AUTO_PROC_PROGRAMS = declare(
    m.AutoProcProgram, "/programs", namespace=AUTOPROC, label="autoproc program", write=WRITE_PROCESSING,
    scope=via(m.AutoProcProgram.processingJobId,
              link(m.AutoProcProgram.autoProcProgramId, m.AutoProcIntegration.autoProcProgramId)),
    methods=READ_AND_CREATE, item_endpoint="program_by_id", item_param="program_id")
AUTO_PROC_PROGRAM_ATTACHMENTS = declare(
    m.AutoProcProgramAttachment, "/programs/attachments", namespace=AUTOPROC, label="autoproc program attachment",
    scope=via(m.AutoProcProgramAttachment.autoProcProgramId), write=WRITE_PROCESSING, methods=READ_AND_CREATE,
    item_endpoint="attachment_by_id", item_param="attachment_id")
AUTO_PROC_STATUSES = declare(
    m.AutoProcStatus, "/status", namespace=AUTOPROC, label="autoproc status", write=WRITE_PROCESSING,
    scope=via(m.AutoProcStatus.autoProcIntegrationId), methods=READ_AND_CREATE, item_param="status_id")
AUTO_PROC_INTEGRATIONS = declare(
    m.AutoProcIntegration, "/integrations", namespace=AUTOPROC, label="autoproc integration", write=WRITE_PROCESSING,
    scope=via(m.AutoProcIntegration.dataCollectionId), methods=("GET",), item_param="integration_id")
AUTO_PROC_SCALING_STATISTICS = declare(
    m.AutoProcScalingStatistics, "/scaling_statistics", namespace=AUTOPROC, label="autoproc scaling statistics",
    scope=via(m.AutoProcScalingStatistics.autoProcScalingId), write=WRITE_PROCESSING, methods=("GET",),
    item_param="statistics_id")

# Set-ups and detectors are facility reference data (every authenticated user reads them);
# robot actions belong to their session.
BEAMLINE = CATALOG.namespace("Beamline", "/beamline", "Beamline set-ups, detectors and sample-changer robot actions")
BEAMLINE_SETUPS = declare(m.BeamLineSetup, "/setups", namespace=BEAMLINE, name="beamline_setup",
                          model_name="BeamlineSetup", scope=Shared(), write=WRITE_BEAMLINE,
                          list_endpoint="beamline_setup")
DETECTORS = declare(m.Detector, "/detectors", namespace=BEAMLINE, scope=Shared(), write=WRITE_BEAMLINE)
ROBOT_ACTIONS = declare(m.RobotAction, "/robot_actions", namespace=BEAMLINE, write=WRITE_BEAMLINE,
                        scope=Owned(m.RobotAction.blsessionId, "session"))
