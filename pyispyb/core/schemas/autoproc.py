# SPDX-License-Identifier: LGPL-3.0-or-later
"""Payload schemas of automatic processing results."""

from pyispyb.kernel.data.model_schemas import model_schemas
from pyispyb.models import (AutoProc, AutoProcIntegration, AutoProcProgram, AutoProcProgramAttachment,
                                 AutoProcScalingStatistics, AutoProcStatus)

AUTO_PROC = model_schemas(AutoProc, name="AutoProc")
PROGRAM = model_schemas(AutoProcProgram, name="AutoProcProgram")
ATTACHMENT = model_schemas(AutoProcProgramAttachment, name="AutoProcProgramAttachment")
STATUS = model_schemas(AutoProcStatus, name="AutoProcStatus")
INTEGRATION = model_schemas(AutoProcIntegration, name="AutoProcIntegration")
SCALING_STATISTICS = model_schemas(AutoProcScalingStatistics, name="AutoProcScalingStatistics")
