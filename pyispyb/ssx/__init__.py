# SPDX-License-Identifier: LGPL-3.0-or-later
"""The serial-crystallography (SSX) service: sample compositions, SSX collections and event chains."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the SSX namespaces to the application's API."""
    from pyispyb.ssx.routes import (components, crystal_compositions, data_collection_groups, data_collections,
                                    lookups, sample_compositions, samples, stats)

    add_namespaces(app, [components.ns, crystal_compositions.ns, sample_compositions.ns, samples.ns,
                         *lookups.namespaces, data_collection_groups.ns, data_collections.ns, stats.ns])
