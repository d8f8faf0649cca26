# SPDX-License-Identifier: LGPL-3.0-or-later
"""Models of the em service: the generated tables plus hand-written relationships."""

from pyispyb.em.models._generated import *  # noqa: F401,F403
from pyispyb.em.models._generated import __all__  # noqa: F401
