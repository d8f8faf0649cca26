# SPDX-License-Identifier: LGPL-3.0-or-later
"""MkDocs hooks of the documentation site (``mkdocs.yml``: ``hooks:``).

* ``<!-- configuration-table -->`` in a page becomes the table of every configuration key,
  read from :data:`pyispyb.config.SETTINGS` (so the reference never lags the code);
* after the build, ``openapi.json`` (and ``openapi.js``, the same document for a site opened
  from disk) is generated from ``create_app`` on an empty SQLite database, and the Swagger UI
  files that ship in the flask-restx wheel are copied next to it: the API reference page
  needs no network.
"""

import json
import logging
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE_MARKER = "<!-- configuration-table -->"
SWAGGER_UI_FILES = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js")

log = logging.getLogger("mkdocs.hooks.pyispyb")


def _import_pyispyb():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import pyispyb

    return pyispyb


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _default(value):
    if value is None:
        return "null"
    if value == [] or value == {}:
        return f"`{json.dumps(value)}`"
    return f"`{json.dumps(value) if not isinstance(value, str) else value}`"


def configuration_table():
    """Return the Markdown table of every ``server:`` key: name, types, default, meaning."""
    _import_pyispyb()
    from pyispyb.config import SETTINGS, _type_name

    lines = ["| Key | Type | Default | Meaning |", "| --- | --- | --- | --- |"]
    for setting in SETTINGS.values():
        meaning = setting.doc + (f" One of: {', '.join(setting.choices)}." if setting.choices else "")
        lines.append(f"| `{setting.name}` | {_cell(_type_name(setting.types))} | {_cell(_default(setting.default))} "
                     f"| {_cell(meaning)} |")
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    """Replace the configuration marker with the generated table."""
    if TABLE_MARKER in markdown:
        return markdown.replace(TABLE_MARKER, configuration_table())
    return markdown


def openapi_document():
    """Return the OpenAPI 3 document of the application (built on an empty SQLite database)."""
    pyispyb = _import_pyispyb()
    with tempfile.TemporaryDirectory(prefix="pyispyb-docs-") as folder:
        overrides = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/empty.sqlite", "LOG_LEVEL": "ERROR",
                     "TEMP_FOLDER": folder, "AUTH": []}
        for name in ("pyispyb", "pyispyb.kernel.data", "pyispyb.kernel.auth"):
            logging.getLogger(name).setLevel(logging.ERROR)
        app = pyispyb.create_app(run_mode="test", overrides=overrides)
        response = app.test_client().get(f"{app.config['API_ROOT']}/openapi.json")
        if response.status_code != 200:
            raise RuntimeError(f"openapi.json answered {response.status_code}")
        return response.get_json()


def on_post_build(config):
    """Write the OpenAPI document and the offline Swagger UI files into the site."""
    import flask_restx

    site = Path(config["site_dir"])
    document = openapi_document()
    text = json.dumps(document, indent=1, sort_keys=False)
    (site / "openapi.json").write_text(text, encoding="utf-8")
    (site / "openapi.js").write_text(f"window.PYISPYB_OPENAPI = {text};\n", encoding="utf-8")
    target = site / "assets" / "swagger-ui"
    target.mkdir(parents=True, exist_ok=True)
    static = Path(flask_restx.__file__).parent / "static"
    for name in SWAGGER_UI_FILES:
        shutil.copyfile(static / name, target / name)
    log.info("API reference: %d paths, Swagger UI from flask-restx %s", len(document["paths"]), flask_restx.__version__)
