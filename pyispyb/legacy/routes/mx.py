# SPDX-License-Identifier: LGPL-3.0-or-later
"""Legacy MX routes: data collection groups and collections, autoprocessing, phasing, scans (J11-J17, J27)."""

from pyispyb.kernel.http.routing import PATH_TOKEN, route
from pyispyb.legacy.services import autoproc, collections, groups, phasing, scans
from pyispyb.legacy.services.common import parse_ids, readable_proposal_id
from pyispyb.legacy.routes.base import (PAGED_PARAMS, PATH_PARAMS, check_choice, choice_param, legacy_namespace, page,
                                        without_nulls)

ns = legacy_namespace("Legacy MX", "Java-ISPyB data collections, processing and scans (token in the path)")

MX = "/<token>/proposal/<proposal>/mx"


@route(ns, f"{MX}/datacollection/session/<session_ids>/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_groups_by_sessions(user, proposal, session_ids):
    """List the data collection groups of sessions, newest data collection first (J11)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    limit, offset = page()
    rows = groups.session_group_rows(user, proposal_id, parse_ids(session_ids), limit=limit, offset=offset)
    return without_nulls(rows)


@route(ns, f"{MX}/datacollection/datacollectiongroupid/<group_ids>/list", answer="Rows", errors=(401, 403),
       params=PAGED_PARAMS, auth=PATH_TOKEN)
def legacy_collections_by_groups(user, proposal, group_ids):
    """List the data collections of groups, one row each (J12)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return without_nulls(collections.group_collection_rows(user, proposal_id, parse_ids(group_ids), page()))


@route(ns, f"{MX}/datacollection/<dc_ids>/list", answer="Rows", errors=(401, 403), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_groups_by_collections(user, proposal, dc_ids):
    """List data collections by id, each as its group row with that collection's columns (J13)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return without_nulls(groups.collection_group_rows(user, proposal_id, parse_ids(dc_ids)))


@route(ns, f"{MX}/datacollection/sample/<int:sample_id>/list", answer="Rows", errors=(401, 403), params=PATH_PARAMS,
       auth=PATH_TOKEN)
def legacy_groups_by_sample(user, proposal, sample_id):
    """List the data collection groups of a sample (J14)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return without_nulls(groups.sample_group_rows(user, proposal_id, sample_id))


@route(ns, f"{MX}/datacollection/protein_acronym/<acronyms>/list", answer="Rows", errors=(401, 403), params=PATH_PARAMS,
       auth=PATH_TOKEN)
def legacy_groups_by_acronym(user, proposal, acronyms):
    """List the data collection groups of proteins given by comma-separated acronyms (J14)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    names = [name.strip() for name in acronyms.split(",") if name.strip()]
    return without_nulls(groups.acronym_group_rows(user, proposal_id, names))


@route(ns, f"{MX}/autoprocintegration/datacollection/<dc_ids>/view",
       answer="One list of integration rows per data collection id", errors=(401, 403), params=PATH_PARAMS,
       auth=PATH_TOKEN)
def legacy_integration_views(user, proposal, dc_ids):
    """List the autoprocessing integrations of data collections: a list of rows per id (J15)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return [[] for _ in parse_ids(dc_ids)]
    return autoproc.integration_views(user, proposal_id, parse_ids(dc_ids))


@route(ns, f"{MX}/autoprocintegration/attachment/autoprocprogramid/<program_ids>/list",
       answer="One list of attachments per program id", errors=(401, 403), params=PATH_PARAMS, auth=PATH_TOKEN)
def legacy_attachment_lists(user, proposal, program_ids):
    """List the attachments of autoprocessing programs: a list per program id (J16)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return [[] for _ in parse_ids(program_ids)]
    return autoproc.attachment_lists(user, proposal_id, parse_ids(program_ids))


@route(ns, f"{MX}/phasing/<kind>/<ids>/list", answer="One list of phasing rows per id", errors=(401, 403, 404),
       params={**PATH_PARAMS, "kind": choice_param("kind", phasing.FILTERS)}, auth=PATH_TOKEN)
def legacy_phasing_lists(user, proposal, kind, ids):
    """List phasing steps by data collection, group, session, integration, step or sample ids (J17)."""
    check_choice("kind", kind, phasing.FILTERS)
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return [[] for _ in parse_ids(ids)]
    return phasing.phasing_lists(user, proposal_id, kind, parse_ids(ids))


@route(ns, f"{MX}/energyscan/session/<int:session_id>/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_energy_scans(user, proposal, session_id):
    """List the energy scans of a session (J27)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return scans.energy_scan_rows(user, proposal_id, session_id, page())


@route(ns, f"{MX}/xrfscan/session/<int:session_id>/list", answer="Rows", errors=(401, 403), params=PAGED_PARAMS,
       auth=PATH_TOKEN)
def legacy_xrf_scans(user, proposal, session_id):
    """List the XRF spectra of a session (J27)."""
    proposal_id = readable_proposal_id(user, proposal, "session")
    if proposal_id is None:
        return []
    return scans.xrf_scan_rows(user, proposal_id, session_id, page())
