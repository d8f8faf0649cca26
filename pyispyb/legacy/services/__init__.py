# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data modules of the legacy API: Java-shaped rows from the base tables (no request access)."""
