# SPDX-License-Identifier: LGPL-3.0-or-later
"""The user office of a site without one: it holds no proposals, so a sync imports nothing."""

from pyispyb.kernel.user_office.base import AbstractUserOffice


class DummyUserOffice(AbstractUserOffice):
    """A user office with no proposals (the default)."""

    def proposal_documents(self):
        """Yield nothing: there are no proposals."""
        return iter(())

    def proposal_document(self, code, number):
        """Return None: no proposal is known."""
        return None
