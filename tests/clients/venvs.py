# SPDX-License-Identifier: LGPL-3.0-or-later
"""Virtual environments holding the real client packages, built once and reused.

Each client gets its own environment (their pins clash: ispyb-client wants typing-extensions
4.3 and urllib3 1.26, mxcubecore pydantic 2.8) under ``~/.cache/pyispyb-test-clients/<name>``
(``PYISPYB_TEST_CLIENTS_DIR`` elsewhere). mxcubecore is installed without its dependencies, then
with the few its LIMS modules import: its full set (PyTango, matplotlib, lxml, python-ldap...) is
large and needs compilers. A finished environment has a marker naming what it holds.
"""

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

MXCUBECORE_IMPORTS = ["requests", "colorama", "gevent", "PyDispatcher", "ruamel.yaml<0.18",
                      "pydantic>=2.8.2,<2.9.0", "numpy<2", "scipy<2"]


@dataclass(frozen=True)
class ClientEnv:
    """A client package set: installed without dependencies, then ``extras`` (with theirs)."""

    name: str
    no_deps: tuple
    extras: tuple = field(default=())

    def spec(self):
        """What the environment holds, as written in its marker."""
        return {"no_deps": list(self.no_deps), "extras": list(self.extras), "python": sys.version.split()[0]}


JAVA_REST = ClientEnv("mxcubecore-1.193.0", ("mxcubecore==1.193.0",), tuple(MXCUBECORE_IMPORTS))
CURRENT = ClientEnv("mxcubecore-2.149.0", ("mxcubecore==2.149.0", "ispyb-client==1.0.0"),
                    (*MXCUBECORE_IMPORTS, "frozendict~=2.3.4", "python-dateutil", "urllib3<2", "certifi"))
ISPYB_CLIENT = ClientEnv("ispyb-client-1.0.0", (), ("ispyb-client==1.0.0",))


def cache_dir():
    """Where the environments live."""
    return Path(os.environ.get("PYISPYB_TEST_CLIENTS_DIR") or Path.home() / ".cache" / "pyispyb-test-clients")


def python_of(env):
    """Return the interpreter of ``env``, building the environment first if needed; and the seconds it took."""
    folder = cache_dir() / env.name
    marker = folder / "installed.json"
    python = folder / "bin" / "python"
    if marker.is_file() and python.is_file() and json.loads(marker.read_text()) == env.spec():
        return python, 0.0
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], check=True, capture_output=True,
                   timeout=300)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if env.no_deps:
        _pip(pip + ["--no-deps", *env.no_deps])
    if env.extras:
        _pip(pip + list(env.extras))
    marker.write_text(json.dumps(env.spec()))
    return python, time.monotonic() - started


def _pip(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[3:])} failed: {result.stderr.strip()[-2000:]}")
