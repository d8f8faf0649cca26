# SPDX-License-Identifier: LGPL-3.0-or-later
"""The interface of user-office plug-ins.

A plug-in only *reads* the site's user office and hands over proposal documents in the format of
``static/user_office_proposal.schema.json``; py-ISPyB checks and imports them. A site writes its
own plug-in in its own package::

    from pyispyb.kernel.user_office.base import AbstractUserOffice

    class SiteUserOffice(AbstractUserOffice):
        def proposal_documents(self):
            for code, number in site_api.open_proposals():
                yield f"{code}{number}", self.proposal_document(code, number)[1]

        def proposal_document(self, code, number):
            return f"{code}{number}", site_api.proposal_as_document(code, number)

and names it in the configuration (``USER_OFFICE: {MODULE: site.user_office, CLASS: SiteUserOffice,
CONFIG: {...}}``).
"""

from abc import ABC, abstractmethod


class AbstractUserOffice(ABC):
    """A source of proposal documents: every proposal, or one by code and number."""

    def configure(self, config):
        """Read the plug-in's ``CONFIG`` mapping; raise ``ConfigError`` on bad values."""
        self.config = dict(config or {})

    def init_app(self, app):  # noqa: B027 - optional hook, empty by default
        """Hook called once with the application (optional)."""

    @abstractmethod
    def proposal_documents(self):
        """Yield ``(source, document)`` for every proposal the user office holds (source names it in messages)."""

    @abstractmethod
    def proposal_document(self, code, number):
        """Return ``(source, document)`` of one proposal, or None when the user office does not know it."""
