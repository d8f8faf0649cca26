# SPDX-License-Identifier: LGPL-3.0-or-later
"""Sessions added after the MX facility is generated (cryo-EM and SSX visits), with fresh ids."""

from datetime import timedelta

from pyispyb.demo_data.values import YEAR_START


def next_id(writer, column):
    """Return the next free value of an integer key column (1 if its table is empty or absent)."""
    return writer.max_id(column.table.name, column.name) + 1


def write_sessions(writer, rng, proposal_pi, count, beamlines, visit_base):
    """Write ``count`` sessions (the first for proposal 1, the demo PI's) with their participants.

    Return ``[(sessionId, proposalId, start, beamline)]``. Visit numbers start at ``visit_base``
    so they never collide with the MX visits of the same proposal.
    """
    from pyispyb.models import BLSession

    first = next_id(writer, BLSession.sessionId)
    proposals = sorted(proposal_pi)
    sessions, rows, people = [], [], []
    for n in range(count):
        sid = first + n
        pid = proposals[0] if n == 0 else rng.choice(proposals)
        start = YEAR_START + timedelta(days=rng.randint(0, 350), hours=rng.choice([0, 8]))
        beamline = beamlines[n % len(beamlines)]
        end = start + timedelta(hours=48)
        rows.append({"sessionId": sid, "proposalId": pid, "beamLineName": beamline, "startDate": start,
                     "endDate": end, "scheduled": 1, "nbShifts": 6, "visit_number": visit_base + n,
                     "lastUpdate": end, "bltimeStamp": start - timedelta(days=20)})
        team = {proposal_pi[pid]} | ({2} if pid == proposals[0] else set())
        people += [{"sessionId": sid, "personId": person, "role": "Team Leader", "remote": 0}
                   for person in sorted(team)]
        sessions.append((sid, pid, start, beamline))
    writer.write("BLSession", rows)
    writer.write("Session_has_Person", people)
    return sessions
