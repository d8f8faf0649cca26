# SPDX-License-Identifier: LGPL-3.0-or-later
"""The framework every service builds on: HTTP, data, access, auth, files, operations."""
