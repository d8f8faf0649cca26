# SPDX-License-Identifier: LGPL-3.0-or-later
"""Real ids and users of the generated database, to fill the mix's path templates.

The "owner" is the person in the most proposals (an ``own_*`` user with many
proposals: the worst case of the ownership clauses); the "staff" user has the
``all_*`` permissions and writes sessions.
"""

STAFF_LOGIN = "bench_staff"
STAFF_PERMISSIONS = "all_proposals,all_sessions,write_sessions"
OWNER_PERMISSIONS = "own_proposals,own_sessions"
SAMPLES = 10


def _column(cursor, sql, params=None):
    cursor.execute(sql, params or ())
    return [row[0] for row in cursor.fetchall()]


def spread(values, count=SAMPLES):
    """Pick ``count`` values spread evenly over ``values``."""
    if len(values) <= count:
        return list(values)
    step = len(values) / count
    return [values[int(i * step)] for i in range(count)]


def pick_fixtures(connection):
    """Return ``{name: value or [values]}`` for the mix, read from a MySQLdb connection."""
    cursor = connection.cursor()
    cursor.execute(
        "SELECT p.personId, p.login, COUNT(*) AS n FROM ProposalHasPerson m JOIN Person p ON p.personId = m.personId "
        "WHERE p.login IS NOT NULL GROUP BY p.personId, p.login ORDER BY n DESC, p.personId LIMIT 1")
    owner_id, owner_login, _ = cursor.fetchone()
    proposals = _column(cursor, "SELECT proposalId FROM ProposalHasPerson WHERE personId = %s "
                                "UNION SELECT proposalId FROM Proposal WHERE personId = %s ORDER BY 1",
                        (owner_id, owner_id))
    placeholders = ", ".join(["%s"] * len(proposals))
    sessions = _column(cursor, "SELECT s.sessionId FROM BLSession s WHERE s.proposalId IN "
                               f"({placeholders}) AND EXISTS (SELECT 1 FROM DataCollectionGroup g "
                               "WHERE g.sessionId = s.sessionId) ORDER BY s.sessionId", proposals)
    sessions = spread(sessions) or _column(cursor, f"SELECT sessionId FROM BLSession WHERE proposalId IN "
                                                  f"({placeholders}) ORDER BY 1 LIMIT 10", proposals)
    groups = _column(cursor, "SELECT dataCollectionGroupId FROM DataCollectionGroup WHERE sessionId IN "
                             f"({', '.join(['%s'] * len(sessions))}) ORDER BY 1", sessions)
    collections = _column(cursor, "SELECT MIN(d.dataCollectionId) FROM DataCollection d JOIN AutoProcIntegration i "
                                  "ON i.dataCollectionId = d.dataCollectionId WHERE d.dataCollectionGroupId IN "
                                  f"({', '.join(['%s'] * len(groups))}) GROUP BY d.dataCollectionGroupId ORDER BY 1",
                          groups) if groups else []  # collections with processing results
    all_proposals = _column(cursor, "SELECT proposalId FROM Proposal ORDER BY proposalId")
    all_sessions = _column(cursor, "SELECT sessionId FROM BLSession ORDER BY sessionId")
    beamlines = _column(cursor, "SELECT beamLineName FROM BLSession WHERE beamLineName IS NOT NULL "
                                "GROUP BY beamLineName ORDER BY COUNT(*) DESC LIMIT 3")
    cursor.close()
    return {
        "owner_id": owner_id,
        "owner_login": owner_login,
        "owner_proposal_id": spread(proposals),
        "owner_session_id": sessions,
        "owner_dcg_id": spread(groups),
        "owner_dc_id": spread(collections),
        "proposal_id": spread(all_proposals),
        "session_id": spread(all_sessions),
        "beamline": beamlines,
    }
