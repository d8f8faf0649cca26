# SPDX-License-Identifier: LGPL-3.0-or-later
"""The serial-crystallography (SSX) service: sample compositions, SSX collections and event chains."""


def init_app(app):
    """Add the SSX namespaces to the application's API."""
