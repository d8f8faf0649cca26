# SPDX-License-Identifier: LGPL-3.0-or-later
"""Every ISPyB table as a SQLAlchemy model, generated from the schema (one metadata for all services).

``_core.py``, ``_em.py`` and ``_ssx.py`` are written by ``scripts/generate_models.py``; never edit them.
"""

from pyispyb.models._core import *  # noqa: F401,F403
from pyispyb.models._em import *  # noqa: F401,F403
from pyispyb.models._ssx import *  # noqa: F401,F403
from pyispyb.models import _core, _em, _ssx

__all__ = [*_core.__all__, *_em.__all__, *_ssx.__all__]
