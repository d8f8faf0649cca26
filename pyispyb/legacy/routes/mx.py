# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy MX routes: data collection groups and collections, autoprocessing, phasing, scans (J11-J17, J27)."""

from pyispyb.app.exceptions import NotFound
from pyispyb.legacy.modules import autoproc, collections, groups, phasing, scans
from pyispyb.legacy.modules.common import parse_ids, readable_proposal_id
from pyispyb.legacy.routes.base import legacy_namespace, legacy_route, page

ns = legacy_namespace("Legacy MX", "Java-ISPyB data collections, processing and scans (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"


def _session_data(user, proposal):
    """The proposal id for reading session data (None: unknown proposal, answer [])."""
    return readable_proposal_id(user, proposal, "session")


@legacy_route(ns, f"{MX}/datacollection/session/<session_ids>/list", "groups_by_sessions", paged=True)
def groups_by_sessions(user, proposal, session_ids):
    """List the data collection groups of sessions, newest data collection first (J11)."""
    proposal_id = _session_data(user, proposal)
    if proposal_id is None:
        return []
    limit, offset = page()
    return groups.session_group_rows(user, proposal_id, parse_ids(session_ids), limit=limit, offset=offset)


@legacy_route(ns, f"{MX}/datacollection/datacollectiongroupid/<group_ids>/list", "collections_by_groups", paged=True)
def collections_by_groups(user, proposal, group_ids):
    """List the data collections of groups, one row each (J12)."""
    proposal_id = _session_data(user, proposal)
    if proposal_id is None:
        return []
    return collections.group_collection_rows(user, proposal_id, parse_ids(group_ids), page())


@legacy_route(ns, f"{MX}/datacollection/<dc_ids>/list", "groups_by_collections")
def groups_by_collections(user, proposal, dc_ids):
    """List data collections by id, each as its group row with that collection's columns (J13)."""
    proposal_id = _session_data(user, proposal)
    return [] if proposal_id is None else groups.collection_group_rows(user, proposal_id, parse_ids(dc_ids))


@legacy_route(ns, f"{MX}/datacollection/sample/<int:sample_id>/list", "groups_by_sample")
def groups_by_sample(user, proposal, sample_id):
    """List the data collection groups of a sample (J14)."""
    proposal_id = _session_data(user, proposal)
    return [] if proposal_id is None else groups.sample_group_rows(user, proposal_id, sample_id)


@legacy_route(ns, f"{MX}/datacollection/protein_acronym/<acronyms>/list", "groups_by_acronym")
def groups_by_acronym(user, proposal, acronyms):
    """List the data collection groups of proteins given by comma-separated acronyms (J14)."""
    proposal_id = _session_data(user, proposal)
    names = [name.strip() for name in acronyms.split(",") if name.strip()]
    return [] if proposal_id is None else groups.acronym_group_rows(user, proposal_id, names)


@legacy_route(ns, f"{MX}/autoprocintegration/datacollection/<dc_ids>/view", "integration_views",
              success="One list of integration rows per data collection id")
def integration_views(user, proposal, dc_ids):
    """List the autoprocessing integrations of data collections: a list of rows per id (J15)."""
    proposal_id = _session_data(user, proposal)
    ids = parse_ids(dc_ids)
    return [[] for _ in ids] if proposal_id is None else autoproc.integration_views(user, proposal_id, ids)


@legacy_route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/list", "attachment_lists",
              success="One list of attachments per program id")
def attachment_lists(user, proposal, program_ids):
    """List the attachments of autoprocessing programs: a list per program id (J16)."""
    proposal_id = _session_data(user, proposal)
    ids = parse_ids(program_ids)
    return [[] for _ in ids] if proposal_id is None else autoproc.attachment_lists(user, proposal_id, ids)


@legacy_route(ns, f"{MX}/phasing/<any({','.join(phasing.FILTERS)}):kind>/<ids>/list", "phasing_lists",
              success="One list of phasing rows per id")
def phasing_lists(user, proposal, kind, ids):
    """List phasing steps by data collection, group, session, integration, step or sample ids (J17)."""
    proposal_id = _session_data(user, proposal)
    values = parse_ids(ids)
    return [[] for _ in values] if proposal_id is None else phasing.phasing_lists(user, proposal_id, kind, values)


@legacy_route(ns, f"{MX}/energyscan/session/<int:session_id>/list", "energy_scans", paged=True)
def energy_scans(user, proposal, session_id):
    """List the energy scans of a session (J27)."""
    proposal_id = _session_data(user, proposal)
    return [] if proposal_id is None else scans.energy_scan_rows(user, proposal_id, session_id, page())


@legacy_route(ns, f"{MX}/xrfscan/session/<int:session_id>/list", "xrf_scans", paged=True)
def xrf_scans(user, proposal, session_id):
    """List the XRF spectra of a session (J27)."""
    proposal_id = _session_data(user, proposal)
    return [] if proposal_id is None else scans.xrf_scan_rows(user, proposal_id, session_id, page())


def proposal_or_404(user, proposal, kind="session"):
    """The proposal id of an item route (404 for an unknown proposal)."""
    proposal_id = readable_proposal_id(user, proposal, kind)
    if proposal_id is None:
        raise NotFound(f"proposal {proposal} not found")
    return proposal_id
