# SPDX-License-Identifier: LGPL-3.0-or-later
"""The serial-crystallography (SSX) service: sample compositions, SSX collections and event chains."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the SSX namespaces to the application's API: the declared resources', then the routes written by hand."""
    from pyispyb.ssx import resources
    from pyispyb.ssx.routes import data_collection_groups, data_collections, samples, stats

    add_namespaces(app, [*resources.CATALOG.namespaces, samples.ns, data_collection_groups.ns, data_collections.ns,
                         stats.ns])
