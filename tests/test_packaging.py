# SPDX-License-Identifier: LGPL-3.0-or-later
"""The built wheel carries the package, its generated models and the static files, and runs without mysqlclient."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_creates_the_app(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("pyispyb-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "pyispyb/static/logo.svg" in names
    assert {"pyispyb/static/dewar_label.html", "pyispyb/static/user_office_proposal.schema.json"} <= set(names)
    assert "pyispyb/models/_core.py" in names
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "pyispyb/benchmark"))]  # tooling stays out
    examples = {"ispyb_core_config_example.yml", "ispyb_ssx_config_example.yml", "gunicorn.conf.py",
                "pyispyb.service", "nginx.conf", "docker-config.yml"}
    assert {f"pyispyb/examples/{name}" for name in examples} <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    probe = (
        "import sys\n"
        "sys.modules['MySQLdb'] = None  # a plain install has no mysqlclient\n"
        "import importlib.resources as r, pyispyb\n"
        f"assert pyispyb.__file__.startswith({str(target)!r}), pyispyb.__file__\n"
        "assert (r.files('pyispyb.static') / 'logo.svg').is_file()\n"
        "from pyispyb.config import load_config\n"
        "example = r.files('pyispyb') / 'examples' / 'ispyb_core_config_example.yml'\n"
        "assert load_config(str(example), 'dev').server['API_ROOT'] == '/ispyb/api/v1'\n"
        "app = pyispyb.create_app(run_mode='dev')\n"
        "assert app.test_client().get('/ispyb/api/v1/swagger.json').status_code == 200\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "ISPYB_DEMO_DIR": str(tmp_path / "demo"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    for name in ("ISPYB_CONFIG", "ISPYB_DATABASE_URI"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
