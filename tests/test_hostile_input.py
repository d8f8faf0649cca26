# SPDX-License-Identifier: LGPL-3.0-or-later
"""Hostile input: every malformed request is a 4xx JSON answer naming what is wrong, never a 5xx."""

import pytest

from pyispyb.kernel.data.values import parse_finite, parse_integer, parse_iso_date, text_problem

API = "/ispyb/api/v1"
ADMIN = ("all_proposals", "all_sessions", "write_proposals", "write_sessions", "write_shipments", "write_samples",
         "admin_proposals", "admin_persons")


@pytest.fixture
def admin(auth):
    """Headers of a user holding every read and write permission."""
    return auth.headers("hostile_admin", ADMIN)


def check_client_error(response, *statuses):
    """The answer is one of ``statuses`` (a 4xx) with a JSON ``message``."""
    assert response.status_code in statuses, (response.status_code, response.get_data(as_text=True)[:300])
    assert isinstance(response.get_json()["message"], str)
    return response.get_json()


@pytest.mark.parametrize("text", ["²", "٣", "1_0", " 5", "5 ", "+-1", "0x10", "1e3", "99999999999999999999"])
def test_integer_parsing_is_ascii_and_bounded(text):
    with pytest.raises(ValueError):
        parse_integer(text)


@pytest.mark.parametrize("text", ["inf", "-Infinity", "nan", "1e999", "١٫٥", "0x1p3", ""])
def test_number_parsing_is_finite_and_ascii(text):
    with pytest.raises(ValueError):
        parse_finite(text)


def test_dates_stay_within_what_the_database_stores():
    assert parse_iso_date("9999-12-31").year == 9999
    for text in ("0999-01-01", "2024-1-01", "２０２４-01-01", "20240101"):
        with pytest.raises(ValueError):
            parse_iso_date(text)


def test_text_problems_name_the_character_set():
    assert text_problem("café €", "latin1") is None
    assert "Latin-1" in text_problem("Ελληνικά", "latin1")
    assert "Latin-1" in text_problem("结晶", "latin1")
    assert text_problem("结晶", "utf8mb3") is None and "emoji" in text_problem("😀", "utf8mb3")
    assert text_problem("😀", "utf8mb4") is None
    assert "surrogate" in text_problem("a\ud800", "utf8mb4")


@pytest.mark.parametrize("query", [
    "proposals?externalId=abc", "proposals?externalId=%F0%9F%98%80", "proposals?limit=%C2%B2", "proposals?limit=1e3",
    "proposals?offset=-1", "proposals?proposalId=%C2%B2", "proposals?proposalId=99999999999999999999",
    "proposals?proposalId=1,2", "data_collections?wavelength=inf", "data_collections?wavelength=nan",
    "data_collections?wavelength=1e999", "data_collections?startTime=99999-01-01",
    "data_collections?startTime=2024-01-01T25:00", "sessions/date?end_date=" + "%C2%B2" * 8,
    "sessions/date?start_date=00000101", "em/data_collections/%C2%B2/stats",
    "ssx/sessions/1/stats?hitMinimumSpots=%C2%B2",
    "proposals?title=%CE%95%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC" + "&limit=0",
])
def test_malformed_query_is_400(client, admin, query):
    check_client_error(client.get(f"{API}/{query}", headers=admin), 400)


@pytest.mark.parametrize("path", ["proposals/%C2%B2", "proposals/%D9%A3", "sessions/99999999999999999999999",
                                  "dewars/-1", "samples/%F0%9F%98%80"])
def test_odd_ids_are_404_or_400(client, admin, path):
    check_client_error(client.get(f"{API}/{path}", headers=admin), 400, 404)


def test_far_future_day_is_a_valid_window(client, admin):
    response = client.get(f"{API}/sessions/date?end_date=99991231", headers=admin)
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize("word", ["Ελληνικά", "结晶", "😀"])
def test_characters_a_column_cannot_store(client, admin, database, word):
    """On MariaDB latin1 columns refuse Greek, CJK and emoji: 400 for a filter, 422 naming the field for a body."""
    listing = client.get(f"{API}/proposals", query_string={"title": word}, headers=admin)
    created = client.post(f"{API}/samples/proteins",
                          json={"proposalId": 37027, "acronym": "ok", "name": word}, headers=admin)
    if not database.is_mariadb:  # SQLite stores any text
        assert listing.status_code == 200 and created.status_code == 201
        return
    assert "title" in check_client_error(listing, 400)["message"]
    assert "name" in check_client_error(created, 422)["errors"]


def test_invalid_json_in_a_json_column_is_422(client, admin, database):
    if database.backend != "mariadb-v5.0.0":
        pytest.skip("JSON_VALID checks are MariaDB's, on schemas that have Shipping.extra")
    shipment = client.get(f"{API}/shipments?limit=1", headers=admin).get_json()["data"]["rows"][0]
    response = client.patch(f"{API}/shipments/{shipment['shippingId']}", json={"extra": "{not json"}, headers=admin)
    assert "extra" in check_client_error(response, 422)["errors"]


@pytest.mark.parametrize("url", ["auth/login", "proposals", "samples/proteins", "legacy/authenticate"])
def test_deeply_nested_json_is_400(client, admin, url):
    body = "[" * 1000 + "]" * 1000
    check_client_error(client.post(f"{API}/{url}", data=body, content_type="application/json", headers=admin),
                       400, 401, 422)
    nested = '{"a":' * 900 + "1" + "}" * 900
    check_client_error(client.post(f"{API}/{url}", data=nested, content_type="application/json", headers=admin),
                       400, 401, 422)


@pytest.mark.parametrize("body", ['{"acronym": "\\ud800"}', '{"acronym": "a\\u0000b"}', '{"acronym": NaN}',
                                  '{"acronym": 1e999}', b'{"acronym": "\xff"}'])
def test_strings_that_are_not_text_are_refused(client, admin, body):
    check_client_error(client.post(f"{API}/samples/proteins", data=body, content_type="application/json",
                                   headers=admin), 400, 422)


def test_large_bodies_are_413_json(client, admin):
    big = b'{"x": "' + b"a" * (5 * 1024 * 1024) + b'"}'
    check_client_error(client.post(f"{API}/proposals", data=big, content_type="application/json", headers=admin), 413)
    check_client_error(client.post(f"{API}/auth/login", data=big, content_type="application/json"), 413)


def test_many_unknown_keys_give_a_small_422(client, admin):
    body = {f"key{i}": i for i in range(100_000)}
    response = client.post(f"{API}/proposals", json=body, headers=admin)
    answer = check_client_error(response, 422)
    assert len(answer["errors"]) <= 20 and len(response.get_data()) < 5000
    assert "more" in answer["message"]


def test_405_names_the_allowed_methods(client, admin):
    response = client.delete(f"{API}/proposals", headers=admin)
    check_client_error(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}
