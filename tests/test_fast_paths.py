# SPDX-License-Identifier: LGPL-3.0-or-later
"""The shared fast paths: counts skipped when a page shows its total, verified tokens, merged grouped queries."""

import time

import jwt
import pytest
from sqlalchemy import func, select

from pyispyb.kernel.exceptions import Unauthorized
from pyispyb.kernel.auth.tokens import DecodedTokens, encode_token
from pyispyb.kernel.data.queries import fetch_merged, total_from_page
from pyispyb import models as m

API = "/ispyb/api/v1"
SECRET = "a-secret-that-is-long-enough-for-the-hs256-algorithm-0123456789"


@pytest.mark.parametrize(("returned", "limit", "offset", "total"), [
    (3, 10, 0, 3), (0, 10, 0, 0), (4, 10, 20, 24), (10, 10, 0, None), (0, 10, 20, None)])
def test_a_short_page_gives_the_total_without_a_count(returned, limit, offset, total):
    assert total_from_page(returned, limit, offset) == total


def test_list_totals_are_the_same_with_or_without_the_count(client, auth):
    headers = auth.headers("staff", ("all_proposals", "all_sessions"))
    everything = client.get(f"{API}/sessions?limit=1000", headers=headers).get_json()["data"]
    first = client.get(f"{API}/sessions?limit=2", headers=headers).get_json()["data"]
    beyond = client.get(f"{API}/sessions?limit=2&offset=100000", headers=headers).get_json()["data"]
    assert everything["total"] == len(everything["rows"]) == first["total"] == beyond["total"]
    assert beyond["rows"] == []


def test_decoded_tokens_skip_the_signature_check_only_for_the_same_valid_token():
    cache = DecodedTokens(size=2)
    token, claims = encode_token(username="ann", groups=[], permissions=["own_proposals"], secret=SECRET,
                                 algorithm="HS256", lifetime_minutes=1)
    assert cache.decode(token, secret=SECRET, algorithm="HS256") == claims
    assert token in cache.claims
    assert cache.decode(token, secret=SECRET, algorithm="HS256") is cache.claims[token]
    old, old_claims = encode_token(username="ann", groups=[], permissions=[], secret=SECRET, algorithm="HS256",
                                   lifetime_minutes=1, now=time.time() - 3600)
    cache.claims[old] = old_claims  # verified an hour ago, when it was valid
    with pytest.raises(Unauthorized, match="expired"):  # expiry is checked on every use
        cache.decode(old, secret=SECRET, algorithm="HS256")
    forged = jwt.encode({**claims, "permissions": ["all_proposals"]}, "another-secret-" * 4, algorithm="HS256")
    with pytest.raises(Unauthorized, match="Invalid"):
        cache.decode(forged, secret=SECRET, algorithm="HS256")
    for n in range(3):  # bounded
        other, _ = encode_token(username=f"u{n}", groups=[], permissions=[], secret=SECRET, algorithm="HS256",
                                lifetime_minutes=1)
        cache.decode(other, secret=SECRET, algorithm="HS256")
    assert len(cache.claims) <= 2


def test_merged_parts_equal_the_separate_queries_and_add_nothing_for_missing_rows(app, db_transaction):
    with app.app_context():
        from pyispyb.kernel.data import db

        ids = [row[0] for row in db.session.execute(select(m.BLSession.sessionId).limit(50))] + [-1]
        groups = (select(m.DataCollectionGroup.sessionId, func.count().label("groups"))
                  .where(m.DataCollectionGroup.sessionId.in_(ids)).group_by(m.DataCollectionGroup.sessionId))
        scans = (select(m.EnergyScan.sessionId.label("scanSession"), func.count().label("scans"))
                 .where(m.EnergyScan.sessionId.in_(ids)).group_by(m.EnergyScan.sessionId))
        merged = fetch_merged(m.BLSession.sessionId, ids, [(groups, "sessionId"), (scans, "scanSession")])
        separate = {}
        for statement in (groups, scans):
            for row in db.session.execute(statement):
                separate.setdefault(row[0], {}).update(dict(row._mapping))
        for values in separate.values():
            values.pop("sessionId", None)
            values.pop("scanSession", None)
        assert {k: v for k, v in merged.items() if v} == separate
        assert -1 not in merged
