# SPDX-License-Identifier: LGPL-3.0-or-later
"""Models of the ssx service: the generated tables plus hand-written relationships."""

from pyispyb.ssx.models._generated import *  # noqa: F401,F403
from pyispyb.ssx.models._generated import __all__  # noqa: F401
