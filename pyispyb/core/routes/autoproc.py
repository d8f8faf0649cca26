# SPDX-License-Identifier: LGPL-3.0-or-later
"""Route of a program's attachments (``/autoproc/programs/{id}/attachments``).

The autoprocessing tables are declared in core/resources.py.
"""

from pyispyb.kernel.http.listing import list_params_doc
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import page_model, read_model, visible_page
from pyispyb.core import resources
from pyispyb.core.services import autoproc

ns = resources.AUTOPROC
ATTACHMENTS = resources.AUTO_PROC_PROGRAM_ATTACHMENTS


@route(ns, "/programs/<int:program_id>/attachments", answer="Page of rows",
       model=page_model(ns, read_model(ns, ATTACHMENTS)), errors=(400, 401, 403, 404),
       params=list_params_doc(ATTACHMENTS.model))
def attachments_by_program_id(user, program_id):
    """List the attachments of an autoprocessing program."""
    return visible_page(ATTACHMENTS, user, autoproc.program_clauses(user, program_id))
