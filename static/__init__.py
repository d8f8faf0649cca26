# SPDX-License-Identifier: LGPL-3.0-or-later
"""Static files shipped with py-ISPyB (label templates, logo, JSON schemas); installed as ``pyispyb.static``."""
