# SPDX-License-Identifier: LGPL-3.0-or-later
"""The core service: proposals, sessions, contacts, shipping, samples, data collections, processing."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the core namespaces to the application's API: the declared resources', /schemas and the file routes."""
    from pyispyb.core import resources
    # the routes written by hand on the declared namespaces (/info objects, restricted lists)
    from pyispyb.core.routes import autoproc, contacts, data_collections, proposals, sessions, shipments  # noqa: F401
    from pyispyb.core.routes import schemas

    add_namespaces(app, [*resources.CATALOG.namespaces, schemas.ns])

    from pyispyb.kernel import user_office
    from pyispyb.core.routes import autoproc_files, crystal_pdb, data_collection_files, dewar_labels
    from pyispyb.core.routes import user_office as user_office_routes

    user_office.init_app(app)
    add_namespaces(app, [data_collection_files.ns, autoproc_files.ns, crystal_pdb.ns, dewar_labels.ns,
                         user_office_routes.ns])
