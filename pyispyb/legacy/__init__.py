# SPDX-License-Identifier: LGPL-3.0-or-later
"""The Java-ISPyB compatible API (``API_ROOT/legacy``) that EXI, EXI2 and MXCuBE call.

Every route but ``/authenticate`` starts with ``/{token}``: the JWT travels in the path
(an ``Authorization: Bearer`` header, when present, wins). Served when ``LEGACY_API`` is on.
"""

from pyispyb.kernel.http import add_namespaces


def init_app(app):
    """Add the legacy namespaces to the application's API (when ``LEGACY_API`` is on)."""
    if not app.config["LEGACY_API"]:
        return
    from pyispyb.legacy.routes import authenticate, files, mx, sessions, shipping

    add_namespaces(app, [authenticate.ns, sessions.ns, mx.ns, files.ns, shipping.ns])
