# SPDX-License-Identifier: LGPL-3.0-or-later
"""Flask extensions of py-ISPyB: api, auth, db and logging."""
