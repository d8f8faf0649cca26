# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every ISPyB model, whatever services are enabled (they share one metadata)."""

from pyispyb.core.models import *  # noqa: F401,F403
from pyispyb.em.models import *  # noqa: F401,F403
from pyispyb.ssx.models import *  # noqa: F401,F403
