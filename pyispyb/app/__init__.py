# SPDX-License-Identifier: LGPL-3.0-or-later
"""Application-wide parts shared by every service: extensions, access rules, CRUD helpers."""
