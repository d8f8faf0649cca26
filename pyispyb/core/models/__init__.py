# SPDX-License-Identifier: LGPL-3.0-or-later
"""Models of the core service: the generated tables plus hand-written relationships."""

from pyispyb.core.models import relationships  # noqa: F401  (adds the ORM relationships)
from pyispyb.core.models._generated import *  # noqa: F401,F403
from pyispyb.core.models._generated import __all__  # noqa: F401
