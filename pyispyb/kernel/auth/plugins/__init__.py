# SPDX-License-Identifier: LGPL-3.0-or-later
"""Authentication plugins shipped with py-ISPyB."""
