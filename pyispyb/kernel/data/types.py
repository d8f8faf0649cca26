# SPDX-License-Identifier: LGPL-3.0-or-later
"""Portable column types used by the generated models.

The models describe MySQL/MariaDB tables but must also create them on SQLite
(the embedded demo and the test suite), so MySQL-only types map to generic ones.
"""

from sqlalchemy import BigInteger, Integer

#: BIGINT that stays an auto-incrementing rowid alias on SQLite.
BigIntegerKey = BigInteger().with_variant(Integer(), "sqlite")
