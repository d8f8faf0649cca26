# SPDX-License-Identifier: LGPL-3.0-or-later
"""The one-command test runner: .ci/run calls scripts/test.sh, which is quick when everything is installed."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "test.sh"


def test_ci_entry_point_only_calls_the_test_script_with_ci_on():
    lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert lines == ["set -euo pipefail", 'export CI="${CI:-true}"', 'exec "$(dirname "$0")/../scripts/test.sh" "$@"']
    assert os.access(ROOT / ".ci" / "run", os.X_OK) and os.access(SCRIPT, os.X_OK)


def test_script_is_valid_bash_and_installs_the_test_extra():
    assert subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True).returncode == 0
    text = SCRIPT.read_text()
    assert 'pip install --quiet -e ".[test]"' in text and "exec python -m pytest -rs" in text
    for package in ("pkg-config", "libmariadb-dev", "gcc", "slapd", "ldap-utils", "wkhtmltopdf", "poppler-utils",
                    "wrk", "chromium", "mariadb-server", "redis-server"):
        assert re.search(rf"\b{package}\b", text), package


def installed(package):
    found = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in found.stdout


def test_second_run_goes_straight_to_the_tests():
    if Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        pytest.skip("the suite does not run in the checkout's .venv (the one scripts/test.sh manages)")
    packages = re.search(r'APT_PACKAGES="([^"]*)"', SCRIPT.read_text()).group(1).split()
    if not all(installed(p) for p in packages):
        pytest.skip("some Debian packages of scripts/test.sh are missing: it would install them")
    stamp = ROOT / ".venv" / ".pyispyb-test-install"
    sources = [ROOT / "setup.py", *ROOT.glob("requirements*.txt")]
    if not stamp.is_file() or any(p.stat().st_mtime > stamp.stat().st_mtime for p in sources):
        pytest.skip("scripts/test.sh has not installed the current requirements into this .venv yet")
    started = time.monotonic()
    result = subprocess.run([str(SCRIPT), "--collect-only", "-q", "tests/test_progress.py"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env={**os.environ, "CI": ""})
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("==>")] == ["==> running the test suite"]
    assert re.search(r"^\d+ tests collected", result.stdout, re.MULTILINE) and elapsed < 30
