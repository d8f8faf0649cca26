# SPDX-License-Identifier: LGPL-3.0-or-later
"""The cryo-EM service: movies, motion correction, CTF, particle picking and classification."""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the EM namespaces to the application's API (and the legacy EM routes when ``LEGACY_API`` is on)."""
    from pyispyb.em.routes import (classification_groups, classifications, ctf, foil_holes, grid_squares,
                                   motion_corrections, movies, particle_pickers, stats, tomograms)

    namespaces = [movies.ns, motion_corrections.ns, ctf.ns, particle_pickers.ns, classification_groups.ns,
                  classifications.ns, tomograms.ns, grid_squares.ns, foil_holes.ns, stats.ns]
    if app.config["LEGACY_API"]:
        from pyispyb.em.routes import legacy

        namespaces.append(legacy.ns)
    add_namespaces(app, namespaces)
