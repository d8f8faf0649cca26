# SPDX-License-Identifier: LGPL-3.0-or-later
"""Session rows of the Java API: ``v_session`` columns plus 12 counts (43 keys), from base tables.

The page of sessions is one query; the counts are one more: grouped parts over the page's
session ids (data collections, energy scans, XRF spectra, SAXS experiments where the
schema has them, last data collection group) joined into one statement, whatever the
number of sessions.
"""

from datetime import datetime

from sqlalchemy import and_, case, func, or_, select

from pyispyb.kernel.access import visible_filter
from pyispyb.kernel.exceptions import BadRequest
from pyispyb.kernel.data.queries import fetch_dicts, fetch_merged
from pyispyb.kernel.data.values import parse_compact_day, parse_iso_date
from pyispyb import models as m
from pyispyb.legacy.services.common import site_table, source_column
from pyispyb.legacy.services.group_columns import plain, prefixed

S, DCG, DC = m.BLSession, m.DataCollectionGroup, m.DataCollection

SESSION_COLUMNS = [
    *plain("BLSession", ["sessionId", "expSessionPk", "beamLineSetupId", "proposalId", "projectCode"]),
    *prefixed("BLSession", ["startDate", "endDate"]),
    *plain("BLSession", [
        "beamLineName", "scheduled", "nbShifts", "comments", "beamLineOperator", "visit_number", "bltimeStamp",
        "usedFlag", "sessionTitle", "structureDeterminations", "dewarTransport", "databackupFrance",
        "databackupEurope", "operatorSiteNumber"]),
    *prefixed("BLSession", ["lastUpdate", "protectedData"]),
    ("Proposal_title", "Proposal", "title"),
    ("Proposal_proposalCode", "Proposal", "proposalCode"),
    ("Proposal_ProposalNumber", "Proposal", "proposalNumber"),
    ("Proposal_ProposalType", "Proposal", "proposalType"),
    *prefixed("Person", ["personId", "familyName", "givenName", "emailAddress"]),
]

#: Count keys and their value for a session without any matching row.
COUNT_DEFAULTS = {
    "energyScanCount": 0, "sampleCount": 0, "imagesCount": None, "testDataCollectionGroupCount": 0,
    "dataCollectionGroupCount": 0, "EMdataCollectionGroupCount": 0, "xrfSpectrumCount": 0, "hplcCount": 0,
    "sampleChangerCount": 0, "calibrationCount": 0, "lastExperimentDataCollectionGroup": None,
    "lastEndTimeDataCollectionGroup": None,
}
ROW_KEYS = [key for key, _t, _c in SESSION_COLUMNS] + list(COUNT_DEFAULTS)


def parse_day(text):
    """Parse a ``YYYYMMDD`` (or ``YYYY-MM-DD``) path date; the day starts at 00:00 as in Java."""
    for parse in (parse_compact_day, parse_iso_date):
        try:
            day = parse(str(text))
        except ValueError:
            continue
        return datetime(day.year, day.month, day.day)
    raise BadRequest(f"date {text!r} must be written YYYYMMDD")


def overlap_clause(start, end):
    """Sessions overlapping ``[start, end]`` (Java's four-case predicate)."""
    begins, ends = S.startDate, S.endDate
    return or_(and_(begins >= start, begins <= end), and_(ends >= start, ends <= end),
               and_(ends >= end, begins <= start), and_(ends <= end, begins >= start))


def session_rows(user, where=(), *, limit=None, offset=0):
    """Return the session rows (43 keys) the user may see matching ``where``, by id descending."""
    source = (S.__table__.join(m.Proposal, m.Proposal.proposalId == S.proposalId)
              .outerjoin(m.Person, m.Person.personId == m.Proposal.personId))
    stmt = (select(*[source_column(table, name, key) for key, table, name in SESSION_COLUMNS])
            .select_from(source).where(*where, *visible_filter(user, S)).order_by(S.sessionId.desc())
            .prefix_with("STRAIGHT_JOIN", dialect="mysql"))  # sessions first: read in key order, not all sorted
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = fetch_dicts(stmt)
    attach_counts(rows)
    return [{key: row.get(key) for key in ROW_KEYS} for row in rows]


def _collection_counts(ids):
    """Per session: samples, images, test and real collection groups, EM groups."""
    with_dc = DC.dataCollectionId.isnot(None)
    stmt = (select(DCG.sessionId.label("sessionId"),
                   func.count(DCG.blSampleId.distinct()).label("sampleCount"),
                   func.sum(DC.numberOfImages).label("imagesCount"),
                   func.count(case((DC.numberOfImages < 5, 1))).label("testDataCollectionGroupCount"),
                   func.count(case((DC.numberOfImages > 4, 1))).label("dataCollectionGroupCount"),
                   func.count(case((and_(with_dc, DCG.experimentType == "EM"), 1))).label("EMdataCollectionGroupCount"))
            .select_from(DCG.__table__.outerjoin(DC, DC.dataCollectionGroupId == DCG.dataCollectionGroupId))
            .where(DCG.sessionId.in_(ids)).group_by(DCG.sessionId))
    return [(stmt, "sessionId")]


def _simple_count(session_column, key, ids):
    """Per session: the number of rows of ``session_column``'s table."""
    stmt = (select(session_column.label("sessionId"), func.count().label(key))
            .where(session_column.in_(ids)).group_by(session_column))
    return [(stmt, "sessionId")]


def _experiment_counts(ids):
    """Per session: HPLC, sample changer and calibration experiments (schemas with ``Experiment``)."""
    experiment = site_table("Experiment")
    if experiment is None or not {"sessionId", "experimentType"} <= set(experiment.c.keys()):
        return []
    kind = experiment.c.experimentType
    stmt = (select(experiment.c.sessionId.label("sessionId"),
                   func.count(case((kind == "HPLC", 1))).label("hplcCount"),
                   func.count(case((kind == "STATIC", 1))).label("sampleChangerCount"),
                   func.count(case((kind == "CALIBRATION", 1))).label("calibrationCount"))
            .where(experiment.c.sessionId.in_(ids)).group_by(experiment.c.sessionId))
    return [(stmt, "sessionId")]


def _last_groups(ids):
    """Per session: experiment type and end time of its last data collection group."""
    last = select(func.max(DCG.dataCollectionGroupId)).where(DCG.sessionId.in_(ids)).group_by(DCG.sessionId)
    stmt = (select(DCG.sessionId.label("sessionId"), DCG.experimentType.label("lastExperimentDataCollectionGroup"),
                   DCG.endTime.label("lastEndTimeDataCollectionGroup"))
            .where(DCG.dataCollectionGroupId.in_(last)))
    return [(stmt, "sessionId")]


def attach_counts(rows):
    """Add the 12 count keys to session rows (in place): one query of grouped parts for all rows."""
    ids = sorted({row["sessionId"] for row in rows})
    for row in rows:
        row.update(COUNT_DEFAULTS)
    if not ids:
        return rows
    parts = (_collection_counts(ids)
             + _simple_count(m.EnergyScan.sessionId, "energyScanCount", ids)
             + _simple_count(m.XFEFluorescenceSpectrum.sessionId, "xrfSpectrumCount", ids)
             + _experiment_counts(ids) + _last_groups(ids))
    found = fetch_merged(S.sessionId, ids, parts)
    for row in rows:
        row.update(found.get(row["sessionId"], {}))
        # a SUM is a DECIMAL on MariaDB: answer a number of the same type on every database
        row["imagesCount"] = None if row["imagesCount"] is None else float(row["imagesCount"])
    return rows
