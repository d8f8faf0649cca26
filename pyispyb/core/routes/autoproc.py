# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of automatic processing (``/autoproc``)."""

from flask_restx import Namespace

from pyispyb.app.extensions.api.crud_routes import crud_routes
from pyispyb.app.extensions.api.views import list_route
from pyispyb.core.modules import autoproc

ns = Namespace("Autoprocessing", description="Automatic processing programs, results, attachments and statuses",
               path="/autoproc")

READ_CREATE = ("GET", "POST")
crud_routes(ns, autoproc.AUTO_PROC_SPEC, list_endpoint="auto_procs", item_endpoint="auto_proc_by_id",
            item_param="auto_proc_id", methods=READ_CREATE)
crud_routes(ns, autoproc.PROGRAM_SPEC, list_endpoint="auto_proc_programs", item_endpoint="program_by_id",
            item_param="program_id", methods=READ_CREATE, prefix="/programs")
crud_routes(ns, autoproc.ATTACHMENT_SPEC, list_endpoint="auto_proc_program_attachments",
            item_endpoint="attachment_by_id", item_param="attachment_id", methods=READ_CREATE,
            prefix="/programs/attachments")
crud_routes(ns, autoproc.STATUS_SPEC, list_endpoint="auto_proc_status", item_endpoint="auto_proc_status_by_id",
            item_param="status_id", methods=READ_CREATE, prefix="/status")
crud_routes(ns, autoproc.INTEGRATION_SPEC, list_endpoint="auto_proc_integrations",
            item_endpoint="auto_proc_integration_by_id", item_param="integration_id", methods=("GET",),
            prefix="/integrations")
crud_routes(ns, autoproc.SCALING_STATISTICS_SPEC, list_endpoint="auto_proc_scaling_statistics",
            item_endpoint="auto_proc_scaling_statistics_by_id", item_param="statistics_id", methods=("GET",),
            prefix="/scaling_statistics")

list_route(ns, autoproc.ATTACHMENT_SPEC, "/programs/<int:program_id>/attachments",
           endpoint="attachments_by_program_id", summary="List the attachments of an autoprocessing program.",
           restrict=lambda user, args, program_id: autoproc.program_clauses(user, program_id))
