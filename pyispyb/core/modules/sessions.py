# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions (``BLSession``): the CRUD specification."""

from pyispyb.app.crud import CrudSpec
from pyispyb.app.extensions.auth.permissions import WRITE_SESSIONS
from pyispyb.core.schemas.proposals import SESSION

SPEC = CrudSpec(SESSION, WRITE_SESSIONS, label="session")
