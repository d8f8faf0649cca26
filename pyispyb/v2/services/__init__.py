# SPDX-License-Identifier: LGPL-3.0-or-later
"""Data handling of the py-ispyb 2.x API: plain functions of the caller and the values sent."""
