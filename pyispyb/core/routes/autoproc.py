# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a program's attachments (``/autoproc/programs/{id}/attachments``).

The autoprocessing tables are declared in core/resources.py.
"""

from pyispyb.kernel.http.views import list_route
from pyispyb.core import resources
from pyispyb.core.services import autoproc

ns = resources.AUTOPROC

list_route(ns, resources.AUTO_PROC_PROGRAM_ATTACHMENTS, "/programs/<int:program_id>/attachments",
           endpoint="attachments_by_program_id", summary="List the attachments of an autoprocessing program.",
           restrict=lambda user, args, program_id: autoproc.program_clauses(user, program_id))
