# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data-handling modules of the SSX service (no ``flask.request`` here)."""
