# SPDX-License-Identifier: LGPL-3.0-or-later
"""Automatic processing: programs, their attachments, results (``AutoProc``), statuses,
integrations and scaling statistics.

In the v5 schema a program has no ``dataCollectionId``: it reaches its data collection
through ``AutoProcIntegration`` or its ``ProcessingJob`` (see ``pyispyb.kernel.access``). A user
who does not read every session must therefore name the program's ``processingJobId``.
"""

from pyispyb.kernel import access
from pyispyb.kernel.data.crud import CrudSpec
from pyispyb.kernel.auth.permissions import WRITE_PROCESSING
from pyispyb.models import AutoProcProgram, AutoProcProgramAttachment
from pyispyb.core.schemas.autoproc import ATTACHMENT, AUTO_PROC, INTEGRATION, PROGRAM, SCALING_STATISTICS, STATUS

AUTO_PROC_SPEC = CrudSpec(AUTO_PROC, WRITE_PROCESSING, label="autoproc")
PROGRAM_SPEC = CrudSpec(PROGRAM, WRITE_PROCESSING, label="autoproc program")
ATTACHMENT_SPEC = CrudSpec(ATTACHMENT, WRITE_PROCESSING, label="autoproc program attachment")
STATUS_SPEC = CrudSpec(STATUS, WRITE_PROCESSING, label="autoproc status")
INTEGRATION_SPEC = CrudSpec(INTEGRATION, WRITE_PROCESSING, label="autoproc integration")
SCALING_STATISTICS_SPEC = CrudSpec(SCALING_STATISTICS, WRITE_PROCESSING, label="autoproc scaling statistics")


def program_clauses(user, program_id):
    """Return the clause of a program's attachments after checking the program is the user's."""
    access.ensure_visible(user, AutoProcProgram, AutoProcProgram.autoProcProgramId, program_id)
    return [AutoProcProgramAttachment.autoProcProgramId == program_id]
