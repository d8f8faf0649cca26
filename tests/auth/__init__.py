# SPDX-License-Identifier: LGPL-3.0-or-later
"""Authentication and authorization tests: plugins against real servers, tokens, permissions, matrix."""
