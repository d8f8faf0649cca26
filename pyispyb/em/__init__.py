# SPDX-License-Identifier: LGPL-3.0-or-later
"""The cryo-EM service: movies, motion correction, CTF, particle picking and classification."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the EM namespaces to the application's API (and the legacy EM routes when ``LEGACY_API`` is on)."""
    from pyispyb.em import resources
    # the image routes written by hand on the declared namespaces
    from pyispyb.em.routes import (classifications, ctf, foil_holes, grid_squares, motion_corrections,  # noqa: F401
                                   movies, particle_pickers, tomograms)
    from pyispyb.em.routes import stats

    namespaces = [*resources.CATALOG.namespaces, stats.ns]
    if app.config["LEGACY_API"]:
        from pyispyb.em.routes import legacy

        namespaces.append(legacy.ns)
    add_namespaces(app, namespaces)
