# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of automatic processing (``/autoproc``)."""

from flask_restx import Namespace

from pyispyb.kernel.http.crud_routes import crud_collections
from pyispyb.kernel.http.listing import list_params_doc
from pyispyb.kernel.http.routing import route
from pyispyb.kernel.http.views import page_model, read_model, visible_page
from pyispyb.core.services import autoproc

ns = Namespace("Autoprocessing", description="Automatic processing programs, results, attachments and statuses",
               path="/autoproc")

crud_collections(ns, [
    (autoproc.AUTO_PROC_SPEC, "", "auto_procs", "auto_proc_by_id", "auto_proc_id"),
    (autoproc.PROGRAM_SPEC, "/programs", "auto_proc_programs", "program_by_id", "program_id"),
    (autoproc.ATTACHMENT_SPEC, "/programs/attachments", "auto_proc_program_attachments", "attachment_by_id",
     "attachment_id"),
    (autoproc.STATUS_SPEC, "/status", "auto_proc_status", "auto_proc_status_by_id", "status_id"),
], methods=("GET", "POST"))
crud_collections(ns, [
    (autoproc.INTEGRATION_SPEC, "/integrations", "auto_proc_integrations", "auto_proc_integration_by_id",
     "integration_id"),
    (autoproc.SCALING_STATISTICS_SPEC, "/scaling_statistics", "auto_proc_scaling_statistics",
     "auto_proc_scaling_statistics_by_id", "statistics_id"),
], methods=("GET",))



@route(ns, "/programs/<int:program_id>/attachments", answer="Page of rows",
       model=page_model(ns, read_model(ns, autoproc.ATTACHMENT_SPEC)), errors=(400, 401, 403, 404),
       params=list_params_doc(autoproc.ATTACHMENT_SPEC.model))
def attachments_by_program_id(user, program_id):
    """List the attachments of an autoprocessing program."""
    return visible_page(autoproc.ATTACHMENT_SPEC, user, autoproc.program_clauses(user, program_id))
