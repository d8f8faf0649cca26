# SPDX-License-Identifier: LGPL-3.0-or-later
"""Marshmallow schemas of the core resources, by name (``/schemas/{name}`` serves them)."""
