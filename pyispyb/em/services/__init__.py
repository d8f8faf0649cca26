# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data-handling modules of the EM service (no ``flask.request`` here)."""
