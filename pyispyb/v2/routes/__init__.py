# SPDX-License-Identifier: LGPL-3.0-or-later
"""Routes of the py-ispyb 2.x API, one namespace per file (mounted under ``API_2X_ROOT``)."""
