# SPDX-License-Identifier: LGPL-3.0-or-later
"""The core service: proposals, sessions, contacts, shipping, samples, data collections, processing."""

from pyispyb.app.extensions.api import add_namespaces


def init_app(app):
    """Add the core namespaces to the application's API."""
    from pyispyb.core.routes import (autoproc, beamline, contacts, data_collections, proposals, samples, schemas,
                                     sessions, shipments)

    add_namespaces(app, [proposals.ns, sessions.ns, contacts.ns, shipments.ns, shipments.dewars_ns,
                         shipments.containers_ns, samples.ns, data_collections.ns, autoproc.ns, beamline.ns,
                         schemas.ns])
