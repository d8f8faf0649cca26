# SPDX-License-Identifier: LGPL-3.0-or-later
"""The state folder: one development key for every worker, markers once per server."""

import multiprocessing
import os
import stat

from pyispyb import state
from tests.support.deployment import DUMMY_AUTH_YAML
from tests.test_serving import BIN, call, free_port, run, wait_for  # noqa: F401 (fixture)


def create_key(folder, queue):
    """Read or create the shared key from another process."""
    queue.put(state.shared_dev_key(folder))


def test_racing_processes_all_get_the_same_development_key(tmp_path):
    queue = multiprocessing.Queue()
    processes = [multiprocessing.Process(target=create_key, args=(str(tmp_path), queue)) for _ in range(6)]
    for process in processes:
        process.start()
    keys = {queue.get(timeout=30) for _ in processes}
    for process in processes:
        process.join(timeout=30)
    assert len(keys) == 1 and len(keys.pop()) >= 48
    key_file = tmp_path / state.DEV_KEY_FILE
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [state.DEV_KEY_FILE]  # no drafts left behind


def test_dev_mode_with_several_workers_accepts_its_tokens_on_every_worker(run, tmp_path, database):  # noqa: F811
    if database.backend != "sqlite":
        return  # the key does not depend on the database
    port = free_port()
    config = tmp_path / "config.yml"  # no SECRET_KEY
    config.write_text(f'server:\n  SQLALCHEMY_DATABASE_URI: "{database.uri}"\n  LOG_LEVEL: WARNING\n' + DUMMY_AUTH_YAML)
    process = run([str(BIN / "gunicorn"), "-w", "3", "-b", f"127.0.0.1:{port}", "pyispyb:create_app()"],
                  ISPYB_RUN_MODE="dev", ISPYB_CONFIG=str(config), ISPYB_STATE_FOLDER=str(tmp_path / "s"))
    root = f"http://127.0.0.1:{port}/ispyb/api/v1"
    wait_for(f"{root}/swagger.json", process, timeout=120)
    status, body = call(f"{root}/auth/login", {"username": "demo_pi", "password": "own_proposals"})
    assert status == 200
    statuses = [call(f"{root}/auth/me", token=body["token"])[0] for _ in range(12)]
    assert statuses == [200] * 12  # each worker signs and checks with the one key of the state folder
    assert (tmp_path / "s" / state.DEV_KEY_FILE).is_file()


def test_first_in_server_outside_gunicorn_is_always_true(tmp_path):
    assert state.first_in_server(tmp_path, "x") and state.first_in_server(tmp_path, "x")
