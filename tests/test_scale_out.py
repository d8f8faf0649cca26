# SPDX-License-Identifier: LGPL-3.0-or-later
"""Several hosts behind a load balancer share one Redis: a logout and a login throttle hold on every host."""

import pytest
import requests

from pyispyb import create_app
from pyispyb.kernel.auth.store import RedisAuthStore
from tests.conftest import TEST_SECRET, app_settings
from tests.support.deployment import ROOT
from tests.support.deployment import redis_store, start_gunicorn, write_host_config  # noqa: F401 (fixture)
from tests.test_serving import call, run  # noqa: F401 (fixture)

LOGIN, LOGOUT, ME = "/auth/login", "/auth/logout", "/auth/me"


def only_one_schema(database):
    """Servers started per test are slow: one MariaDB schema is enough for them."""
    if database.backend == "mariadb-v1.10.4":
        pytest.skip("served on SQLite and MariaDB v5.0.0")


def test_redis_store_keeps_revocations_and_failures(redis_store):  # noqa: F811
    url, prefix = redis_store
    store = RedisAuthStore({"AUTH_STORE": url, "AUTH_STORE_PREFIX": prefix})
    twin = RedisAuthStore({"AUTH_STORE": url, "AUTH_STORE_PREFIX": prefix})
    store.revoke("token-1", expires_at=4_000_000_000)
    assert twin.is_revoked("token-1") and not twin.is_revoked("token-2")
    store.record_failure(["user:x", "addr:10.0.0.1"], now=1000.0, window=60)
    twin.record_failure(["user:x"], now=1001.0, window=60)
    assert store.recent_failures("user:x", since=900.0, limit=10) == [1000.0, 1001.0]
    assert store.recent_failures("user:x", since=1000.0, limit=10) == [1001.0]
    assert store.recent_failures("user:x", since=0, limit=1) == [1001.0]  # the latest ones
    twin.clear_failures("user:x")
    assert store.recent_failures("user:x", since=0, limit=10) == []
    assert store.recent_failures("addr:10.0.0.1", since=0, limit=10) == [1000.0]
    assert store.check()


def test_an_unreachable_redis_is_a_503_without_its_address(database, tmp_path):
    from tests.test_serving import free_port

    port = free_port()  # nothing listens there
    app = create_app(run_mode="test", overrides=app_settings(
        database, AUTH_STORE=f"redis://:hunter2-secret@127.0.0.1:{port}/0", STATE_FOLDER=str(tmp_path)))
    response = app.test_client().post("/ispyb/api/v1/auth/login", json={"username": "boaty", "password": "x"})
    assert response.status_code == 503
    assert response.get_json() == {"message": "the token store is unavailable; try again later"}
    assert str(port) not in response.get_data(as_text=True)
    health = app.test_client().get("/ispyb/api/v1/health")
    assert health.status_code == 503
    assert health.get_json()["database"] == "ok" and health.get_json()["auth_store"] == "unavailable"
    assert health.get_json()["message"] == "the token store does not answer"


def test_two_hosts_share_logout_and_throttle_through_redis(run, tmp_path, database, redis_store):  # noqa: F811
    only_one_schema(database)
    url, prefix = redis_store
    extra = (f'  AUTH_STORE: "{url}"\n  AUTH_STORE_PREFIX: "{prefix}"\n  LOG_LEVEL: WARNING\n'
             "  LOGIN_MAX_FAILURES: 1000\n  LOGIN_MAX_ADDRESS_FAILURES: 3\n")
    hosts = []
    for name in ("host-a", "host-b"):  # each host its own configuration copy and state folder
        (tmp_path / name).mkdir()
        config = write_host_config(tmp_path / name / "config.yml", database.uri, extra)
        hosts.append(start_gunicorn(run, config, workers=2, state=tmp_path / name / "state")[1])
    a, b = hosts
    credentials = {"plugin": "dummy", "username": "boaty", "password": "own_proposals"}
    status, body = call(a + LOGIN, credentials)
    assert status == 200
    token = body["token"]
    for _ in range(3):  # each host, each worker accepts it
        assert call(b + ME, token=token)[0] == 200
        assert call(a + ME, token=token)[0] == 200
    assert requests.post(a + LOGOUT, headers={"Authorization": f"Bearer {token}"}, timeout=10).status_code == 204
    for _ in range(4):  # logged out on host A: refused by every worker of host B
        status, body = call(b + ME, token=token)
        assert status == 401 and "revoked" in body["message"]

    wrong = {"plugin": "dummy", "username": " ", "password": "x"}  # the Dummy plugin refuses a blank user name
    assert call(a + LOGIN, wrong)[0] == 401
    assert call(b + LOGIN, wrong)[0] == 401
    assert call(a + LOGIN, wrong)[0] == 401
    for host in (b, a):  # 3 failures from one address spread over two hosts block that address on both
        status, body = call(host + LOGIN, credentials)
        assert status == 429 and "too many failed logins for this address" in body["message"]


def test_guessing_a_password_on_alternating_hosts_is_throttled_as_on_one(run, tmp_path, database,  # noqa: F811
                                                                         redis_store):  # noqa: F811
    only_one_schema(database)
    url, prefix = redis_store
    plugin = ('  AUTH:\n    - passwords:\n        AUTH_MODULE: "tests.support.password_plugin"\n'
              '        AUTH_CLASS: "PasswordListAuthentication"\n        CONFIG: {USERS: {boaty: "right"}}\n')
    extra = (f'  AUTH_STORE: "{url}"\n  AUTH_STORE_PREFIX: "{prefix}"\n  LOG_LEVEL: WARNING\n'
             "  LOGIN_MAX_FAILURES: 4\n  LOGIN_MAX_ADDRESS_FAILURES: 1000\n")
    hosts = []
    for name in ("host-a", "host-b"):
        (tmp_path / name).mkdir()
        config = tmp_path / name / "config.yml"
        config.write_text(f'server:\n  SQLALCHEMY_DATABASE_URI: "{database.uri}"\n  SECRET_KEY: "{TEST_SECRET}"\n'
                          + plugin + extra)
        hosts.append(start_gunicorn(run, config, workers=2, state=tmp_path / name / "state", PYTHONPATH=ROOT)[1])
    guesses = [call(hosts[i % 2] + LOGIN, {"username": "boaty", "password": f"guess{i}"})[0] for i in range(4)]
    assert guesses == [401] * 4  # two wrong passwords on each host
    for host in hosts:  # the fifth try is refused on both hosts, even with the right password
        status, body = call(host + LOGIN, {"username": "boaty", "password": "right"})
        assert status == 429 and "too many failed logins for this user name" in body["message"]


def test_two_hosts_share_uploads_through_a_shared_folder_and_keep_their_own_caches(run, tmp_path, database,  # noqa: F811
                                                                                    redis_store):  # noqa: F811
    if database.backend != "sqlite":
        pytest.skip("the hosts write: they get a private copy of the SQLite database")
    import io
    import shutil

    from PIL import Image
    from sqlalchemy import create_engine, insert, select

    from pyispyb.models import Crystal, DataCollection, Protein

    db_file = tmp_path / "ispyb.sqlite"
    shutil.copy(make_url_path(database.uri), db_file)
    engine = create_engine(f"sqlite:///{db_file}")
    with engine.begin() as connection:
        protein = connection.execute(insert(Protein.__table__).values(
            proposalId=37027, name="Lysozyme", acronym="LYS")).inserted_primary_key[0]
        crystal = connection.execute(insert(Crystal.__table__).values(
            proteinId=protein, name="xtal")).inserted_primary_key[0]
        snapshot = connection.execute(select(DataCollection.xtalSnapshotFullPath1).where(
            DataCollection.dataCollectionId == 993677)).scalar()
    engine.dispose()
    data = tmp_path / "beamline-data"  # the beamlines' files, mounted on every host
    image = data / snapshot.removeprefix("/dls/")
    image.parent.mkdir(parents=True)
    Image.new("RGB", (640, 480), (10, 200, 10)).save(image, format="PNG")
    url, prefix = redis_store
    shared_uploads = tmp_path / "shared-uploads"  # e.g. NFS, mounted at the same path on every host
    roots = {}
    for name in ("host-a", "host-b"):
        (tmp_path / name).mkdir()
        extra = (f'  AUTH_STORE: "{url}"\n  AUTH_STORE_PREFIX: "{prefix}"\n  LOG_LEVEL: WARNING\n'
                 f'  UPLOAD_FOLDER: "{shared_uploads}"\n  TEMP_FOLDER: "{tmp_path / name / "tmp"}"\n'
                 f'  PATH_MAP: {{"/dls/": "{data}/"}}\n  FILE_ROOTS: ["{data}"]\n')
        config = write_host_config(tmp_path / name / "config.yml", f"sqlite:///{db_file}", extra)
        roots[name] = start_gunicorn(run, config, workers=1, state=tmp_path / name / "state")[1]
    a, b = roots["host-a"], roots["host-b"]
    token = call(a + LOGIN, {"plugin": "dummy", "username": "boaty",
                             "password": "own_proposals,own_sessions,write_samples"})[1]["token"]
    headers = {"Authorization": f"Bearer {token}"}
    pdb = b"HEADER    HYDROLASE\nATOM      1  N   LYS A   1       3.287  10.092  10.329  1.00 17.55           N\nEND\n"
    stored = requests.put(f"{a}/samples/crystals/{crystal}/pdb", headers=headers,
                          files={"file": ("model.pdb", io.BytesIO(pdb))}, timeout=10)
    assert stored.status_code == 200, stored.text
    served = requests.get(f"{b}/samples/crystals/{crystal}/pdb", headers=headers, timeout=10)
    assert served.status_code == 200 and served.content == pdb  # uploaded through A, served by B
    for host in (a, b):
        thumbnail = requests.get(f"{host}/data_collections/993677/snapshot/1?thumbnail=true", headers=headers,
                                 timeout=10)
        assert thumbnail.status_code == 200 and thumbnail.headers["Content-Type"].startswith("image/")
    for name in ("host-a", "host-b"):  # thumbnails: a cache of each host, made again where missing
        assert list((tmp_path / name / "tmp" / "thumbnails").iterdir())


def make_url_path(uri):
    """Return the file of a ``sqlite:///`` URI."""
    return uri.removeprefix("sqlite:///")
