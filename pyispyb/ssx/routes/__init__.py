# SPDX-License-Identifier: LGPL-3.0-or-later
"""flask-restx namespaces of the SSX service."""
