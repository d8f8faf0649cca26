# SPDX-License-Identifier: LGPL-3.0-or-later
"""Who may see what: every object resolves to a proposal or a session.

* A **proposal** is the caller's when he is its person (``Proposal.personId``), is listed
  in ``ProposalHasPerson``, or takes part in one of its sessions (``Session_has_Person``).
  Reading proposal-owned objects needs ``all_proposals``, or ``own_proposals`` and ownership.
* A **session** is the caller's when he is in ``Session_has_Person`` for it or owns its
  proposal (person or ``ProposalHasPerson``). Reading session-owned objects needs
  ``all_sessions``, or ``own_sessions`` and ownership.
* Every other table reaches one of these through foreign keys (a dewar through its
  shipment, a data collection through its group); :data:`SCOPES` declares the hops.
  Persons, laboratories and diffraction plans are reached backwards, from the rows that
  use them (see docs/core-api.md); detectors, set-ups and beam calendars are shared.
  Each service registers the scopes of its tables (``pyispyb/core/access.py`` and its siblings).

The caller's proposals and sessions are a subquery of the statement reading the rows (``owned_ids``).
"""

from pyispyb.kernel.access.checks import (
    READ_PERMISSIONS, check_owner_given, check_read_permission, check_reference, check_references, check_row_write,
    check_values,
    check_write_permission, ensure_all_visible, ensure_visible, fetch_visible, list_visible, owner_columns,
    restrict, sees_all, visible_filter, visible_flag,
)
from pyispyb.kernel.access.dependents import check_change_dependents, check_delete_dependents, is_reference
from pyispyb.kernel.access.file_paths import check_file_paths, file_path_columns
from pyispyb.kernel.access.ownership import caller_login, user_proposal_ids, user_session_ids
from pyispyb.kernel.access.scopes import (
    SCOPES, Owned, Shared, Via, forward, link, model_of_table, references, register_scope, scope_kind, scope_of, via,
)

__all__ = [
    "READ_PERMISSIONS", "SCOPES", "Owned", "Shared", "Via", "caller_login", "check_change_dependents",
    "check_delete_dependents",
    "check_file_paths", "check_owner_given", "check_read_permission", "check_reference", "check_references",
    "check_row_write", "check_values",
    "check_write_permission", "ensure_all_visible", "ensure_visible", "fetch_visible", "file_path_columns", "forward",
    "is_reference", "link", "list_visible", "model_of_table", "owner_columns", "references",
    "register_scope", "restrict", "scope_kind", "scope_of", "sees_all", "user_proposal_ids", "user_session_ids",
    "via", "visible_filter", "visible_flag",
]
