# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy MX routes: data collection groups and collections, autoprocessing, phasing, scans (J11-J17, J27)."""

from pyispyb.legacy.services import autoproc, collections, groups, phasing, scans
from pyispyb.legacy.services.common import parse_ids
from pyispyb.legacy.routes.base import empty_lists, legacy_namespace, legacy_route, page

ns = legacy_namespace("Legacy MX", "Java-ISPyB data collections, processing and scans (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"
SESSION_DATA = {"proposal": "session"}
# the Java web services of these routes answer with sendResponse(rows, false): no null keys
ROWS_WITHOUT_NULLS = {"proposal": "session", "omit_nulls": True}


@legacy_route(ns, f"{MX}/datacollection/session/<session_ids>/list", "groups_by_sessions", paged=True,
              **ROWS_WITHOUT_NULLS)
def groups_by_sessions(user, proposal_id, session_ids):
    """List the data collection groups of sessions, newest data collection first (J11)."""
    limit, offset = page()
    return groups.session_group_rows(user, proposal_id, parse_ids(session_ids), limit=limit, offset=offset)


@legacy_route(ns, f"{MX}/datacollection/datacollectiongroupid/<group_ids>/list", "collections_by_groups",
              paged=True, **ROWS_WITHOUT_NULLS)
def collections_by_groups(user, proposal_id, group_ids):
    """List the data collections of groups, one row each (J12)."""
    return collections.group_collection_rows(user, proposal_id, parse_ids(group_ids), page())


@legacy_route(ns, f"{MX}/datacollection/<dc_ids>/list", "groups_by_collections", **ROWS_WITHOUT_NULLS)
def groups_by_collections(user, proposal_id, dc_ids):
    """List data collections by id, each as its group row with that collection's columns (J13)."""
    return groups.collection_group_rows(user, proposal_id, parse_ids(dc_ids))


@legacy_route(ns, f"{MX}/datacollection/sample/<int:sample_id>/list", "groups_by_sample", **ROWS_WITHOUT_NULLS)
def groups_by_sample(user, proposal_id, sample_id):
    """List the data collection groups of a sample (J14)."""
    return groups.sample_group_rows(user, proposal_id, sample_id)


@legacy_route(ns, f"{MX}/datacollection/protein_acronym/<acronyms>/list", "groups_by_acronym", **ROWS_WITHOUT_NULLS)
def groups_by_acronym(user, proposal_id, acronyms):
    """List the data collection groups of proteins given by comma-separated acronyms (J14)."""
    names = [name.strip() for name in acronyms.split(",") if name.strip()]
    return groups.acronym_group_rows(user, proposal_id, names)


@legacy_route(ns, f"{MX}/autoprocintegration/datacollection/<dc_ids>/view", "integration_views",
              success="One list of integration rows per data collection id", unknown=empty_lists("dc_ids"),
              **SESSION_DATA)
def integration_views(user, proposal_id, dc_ids):
    """List the autoprocessing integrations of data collections: a list of rows per id (J15)."""
    return autoproc.integration_views(user, proposal_id, parse_ids(dc_ids))


@legacy_route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/list", "attachment_lists",
              success="One list of attachments per program id", unknown=empty_lists("program_ids"), **SESSION_DATA)
def attachment_lists(user, proposal_id, program_ids):
    """List the attachments of autoprocessing programs: a list per program id (J16)."""
    return autoproc.attachment_lists(user, proposal_id, parse_ids(program_ids))


@legacy_route(ns, f"{MX}/phasing/<kind>/<ids>/list", "phasing_lists", success="One list of phasing rows per id",
              unknown=empty_lists("ids"), choices={"kind": phasing.FILTERS}, **SESSION_DATA)
def phasing_lists(user, proposal_id, kind, ids):
    """List phasing steps by data collection, group, session, integration, step or sample ids (J17)."""
    return phasing.phasing_lists(user, proposal_id, kind, parse_ids(ids))


@legacy_route(ns, f"{MX}/energyscan/session/<int:session_id>/list", "energy_scans", paged=True, **SESSION_DATA)
def energy_scans(user, proposal_id, session_id):
    """List the energy scans of a session (J27)."""
    return scans.energy_scan_rows(user, proposal_id, session_id, page())


@legacy_route(ns, f"{MX}/xrfscan/session/<int:session_id>/list", "xrf_scans", paged=True, **SESSION_DATA)
def xrf_scans(user, proposal_id, session_id):
    """List the XRF spectra of a session (J27)."""
    return scans.xrf_scan_rows(user, proposal_id, session_id, page())
