# SPDX-License-Identifier: LGPL-3.0-or-later
"""The cryo-EM service: movies, motion correction, CTF, particle picking and classification."""


def init_app(app):
    """Add the EM namespaces to the application's API."""
