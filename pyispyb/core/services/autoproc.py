# SPDX-License-Identifier: LGPL-3.0-or-later
"""Automatic processing: the attachments of one program, once the program is checked to be the caller's."""

from pyispyb.kernel import access
from pyispyb.models import AutoProcProgram, AutoProcProgramAttachment


def program_clauses(user, program_id):
    """Return the clause of a program's attachments after checking the program is the user's."""
    access.ensure_visible(user, AutoProcProgram, AutoProcProgram.autoProcProgramId, program_id)
    return [AutoProcProgramAttachment.autoProcProgramId == program_id]
