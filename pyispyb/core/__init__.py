# SPDX-License-Identifier: LGPL-3.0-or-later
"""The core service: proposals, sessions, contacts, shipping, samples, data collections, processing."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the core namespaces to the application's API."""
    from pyispyb.core.routes import (autoproc, beamline, contacts, data_collections, proposals, samples, schemas,
                                     sessions, shipments)

    add_namespaces(app, [proposals.ns, sessions.ns, contacts.ns, shipments.ns, shipments.dewars_ns,
                         shipments.containers_ns, samples.ns, data_collections.ns, autoproc.ns, beamline.ns,
                         schemas.ns])

    from pyispyb.kernel import user_office
    from pyispyb.core.routes import autoproc_files, crystal_pdb, data_collection_files, dewar_labels
    from pyispyb.core.routes import user_office as user_office_routes

    user_office.init_app(app)
    add_namespaces(app, [data_collection_files.ns, autoproc_files.ns, crystal_pdb.ns, dewar_labels.ns,
                         user_office_routes.ns])
