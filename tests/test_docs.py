# SPDX-License-Identifier: LGPL-3.0-or-later
"""The documentation site builds with --strict and every repository path the docs name exists."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator, validate

from tests.conftest import IN_CI
from tests.test_serving import BIN, free_port, wait_for
from tests.test_serving import run as run  # noqa: PLC0414 (a fixture)

ROOT = Path(__file__).resolve().parents[1]
# a path-like token: folders then a file name with an extension the repository uses
REPOSITORY_PATH = re.compile(
    r"(?<![\w/.~:@$-])((?:\.\./)*(?:\.?[\w-]+/)+[\w.-]*\.(?:py|ya?ml|md|sh|sql|json|conf|service|toml|txt|cfg|html|js"
    r"|css|ini))(?![\w/])")
PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9_]+/")  # API_ROOT/openapi.json is a URL, not a file
OUTPUT_FOLDERS = ("benchmark-results/", "site/", "assets/")  # written by tools and by the site build


def tracked_files():
    """The repository's files (git ls-files), or every file when this is not a git checkout."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True)
    if listed.returncode == 0:
        return listed.stdout.split()
    return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]


def named_paths(text):
    """Every repository-looking path a document names (in text, links and code blocks)."""
    return [m.group(1) for m in REPOSITORY_PATH.finditer(text)]


def test_every_repository_path_named_in_the_docs_exists():
    files = tracked_files()
    documents = sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md", ROOT / "mkdocs.yml"]
    missing = []
    for document in documents:
        for path in named_paths(document.read_text(encoding="utf-8")):
            if path.startswith(OUTPUT_FOLDERS) or PLACEHOLDER.match(path) or (document.parent / path).exists():
                continue
            if path.startswith("../"):  # from the document (a link) or the checkout (text): outside it is not ours
                if all((base / path).resolve().is_relative_to(ROOT) for base in (document.parent, ROOT)):
                    missing.append(f"{document.relative_to(ROOT)}: {path}")
                continue
            if not any(name == path or name.endswith("/" + path) for name in files):
                missing.append(f"{document.relative_to(ROOT)}: {path}")
    assert not missing, "paths named in the docs that do not exist:\n" + "\n".join(missing)


def test_the_path_check_catches_a_file_that_does_not_exist():
    assert named_paths("# core/routes/dewars.py\nsee `pyispyb/config.py` and [x](../deploy/nginx.conf)") == [
        "core/routes/dewars.py", "pyispyb/config.py", "../deploy/nginx.conf"]
    assert named_paths("https://example.org/a/b.py /etc/ispyb/config.yml ~/.local/x/y.md") == []


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The documentation site, built once with ``mkdocs build --strict``."""
    folder = tmp_path_factory.mktemp("docs") / "site"
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    return folder


def test_site_builds_strict_with_configuration_table_and_offline_api_reference(site):
    configuration = (site / "configuration.html").read_text(encoding="utf-8")
    from pyispyb.config import SETTINGS

    assert all(f"<code>{name}</code>" in configuration for name in SETTINGS)
    assert "LOGIN_MAX_ADDRESS_FAILURES" in configuration and "--8&lt;--" not in configuration
    document = json.loads((site / "openapi.json").read_text(encoding="utf-8"))
    validate(document, cls=OpenAPIV30SpecValidator)
    api_page = (site / "api.html").read_text(encoding="utf-8")
    for asset in ("assets/swagger-ui/swagger-ui-bundle.js", "assets/swagger-ui/swagger-ui.css", "openapi.js"):
        assert asset in api_page and (site / asset).stat().st_size > 1000
    assert not re.search(r"""src="https?://|<link[^>]+href="https?://""", api_page)  # nothing loaded from a CDN
    for page in ("clients/exi.html", "clients/mxcube.html", "clients/synchweb.html", "deployment.html",
                 "search/search_index.json"):
        assert (site / page).is_file(), page


@pytest.mark.parametrize("page", ["index.md", "usage.md", "configuration.md", "deployment.md", "api.md",
                                  "clients/index.md", "clients/exi.md", "clients/mxcube.md", "clients/synchweb.md"])
def test_every_page_is_in_the_navigation(page):
    assert f": {page}" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def browser():
    """The path of a Chromium binary, or None."""
    return next(filter(None, (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))), None)


def rendered_dom(url, tmp_path):
    """Open ``url`` in headless Chromium and return its DOM (a dead proxy: nothing beyond loopback loads)."""
    binary = browser()
    if binary is None:
        message = "no Chromium to open the pages in (scripts/test.sh installs it)"
        pytest.fail(message) if IN_CI else pytest.skip(message)
    rendered = subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--proxy-server=127.0.0.1:9",
         "--virtual-time-budget=15000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert rendered.returncode == 0 and "swagger-ui" in rendered.stdout, rendered.stderr[-2000:]
    return rendered.stdout


def test_api_reference_renders_in_a_real_browser_without_network(site, tmp_path):
    dom = rendered_dom((site / "api.html").as_uri(), tmp_path)
    assert 'class="opblock-tag' in dom  # Swagger UI drew the operations, grouped by tag, from openapi.js
    assert "Authentication" in dom and "/auth/login" in dom


def test_served_swagger_ui_shows_the_openapi_3_document(run, tmp_path):
    port = free_port()
    server = run([str(BIN / "pyispyb"), "serve", "--port", str(port)], ISPYB_DEMO_DIR=str(tmp_path / "demo"),
                 ISPYB_CONFIG="")
    wait_for(f"http://127.0.0.1:{port}/ispyb/api/v1/openapi.json", server, timeout=60)
    dom = rendered_dom(f"http://127.0.0.1:{port}/ispyb/api/v1/docs", tmp_path)
    assert ">OAS3<" in dom and 'class="btn authorize' in dom and 'id="operations-tag-Authentication"' in dom
