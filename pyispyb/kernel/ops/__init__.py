# SPDX-License-Identifier: LGPL-3.0-or-later
"""Operations: logging, metrics, health checks."""
