# SPDX-License-Identifier: LGPL-3.0-or-later
"""The ``pyispyb`` command: serve, check the database schema, generate data."""

import logging
import sys

import click

from pyispyb.config import ConfigError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def fail(message):
    """Print one error line and exit with status 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="pyispyb")
def main():
    """py-ISPyB: the Python REST server of ISPyB."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--config", "config_file", type=click.Path(), help="YAML configuration (default: ISPYB_CONFIG).")
@click.option("--run-mode", type=click.Choice(["dev", "test", "prod"]), default="dev", show_default=True)
def serve(host, port, config_file, run_mode):
    """Run the server (without configuration: the embedded demo database)."""
    from pyispyb import create_app

    try:
        app = create_app(config_file, run_mode)
    except ConfigError as exc:
        fail(str(exc))
    if app.config["DEMO_DATABASE"]:
        if host not in LOOPBACK:
            fail("the embedded demo uses the Dummy login plugin and only listens on loopback "
                 "(use --host 127.0.0.1, or give a configuration)")
        click.echo(f"Embedded demo database: {app.config['SQLALCHEMY_DATABASE_URI'].removeprefix('sqlite:///')}")
        click.echo("WARNING: the Dummy login plugin is on: any user name, password = permissions "
                   "(e.g. own_proposals,own_sessions). For development only.")
    root = f"http://{host}:{port}{app.config['API_ROOT']}"
    click.echo(f"py-ISPyB on {root}  (Swagger UI: {root}{app.config['SWAGGER_UI_URI'] or '/swagger.json'})")
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False)


@main.group()
def db():
    """Database commands."""


@db.command("check")
@click.option("--config", "config_file", type=click.Path(), help="YAML configuration (default: ISPYB_CONFIG).")
@click.option("--run-mode", type=click.Choice(["dev", "test", "prod"]), default="dev", show_default=True)
def db_check(config_file, run_mode):
    """Print what the site's database schema lacks (or adds) compared with the models."""
    from pyispyb import create_app

    logging.getLogger("pyispyb").setLevel(logging.ERROR)
    try:
        app = create_app(config_file, run_mode)
    except ConfigError as exc:
        fail(str(exc))
    info = app.extensions["ispyb_schema"]
    if info is None:
        fail(f"the database of {app.config['CONFIG_SOURCE']} is unavailable (down, frozen or out of connections)")
    click.echo(f"database: {app.config['CONFIG_SOURCE']}: {len(info.tables)} tables")
    lines = info.report_lines()
    if not lines:
        click.echo("the schema has every table and column of the models")
    for line in lines:
        click.echo(line)


@main.command("demo-data")
@click.option("--database", required=True, help="URI of an empty database of the ISPyB schema.")
@click.option("--scale", default=1.0, show_default=True, type=float, help="1 = one year of a large facility.")
@click.option("--seed", default=1, show_default=True, type=int, help="Random seed (same seed, same data).")
@click.option("--create-tables", is_flag=True, help="Create the tables first (SQLite or a new database).")
@click.option("--load-schema", "schema_dir", type=click.Path(file_okay=False, exists=True),
              help="MariaDB/MySQL: create the database and load tables.sql + lookups.sql of this reference "
                   "schema folder first (e.g. ../shared/ispyb-database/v5.0.0).")
def demo_data(database, scale, seed, create_tables, schema_dir):
    """Fill an empty database with a realistic, deterministic facility data set."""
    import time

    from sqlalchemy import create_engine

    import pyispyb.models  # noqa: F401
    from pyispyb.app.extensions.db.base import Base
    from pyispyb.demo_data import generate
    from pyispyb.demo_data.schema import SchemaLoadError, load_reference_schema

    if schema_dir:
        try:
            load_reference_schema(database, schema_dir)
        except SchemaLoadError as exc:
            fail(str(exc))

    def progress(table, rows, total, elapsed):
        click.echo(f"{table:<28} {rows:>10,} rows   total {total:>11,}   {total / max(elapsed, 1e-9):>9,.0f} rows/s")

    engine = create_engine(database)
    if create_tables:
        Base.metadata.create_all(engine)
    started = time.perf_counter()
    counts = generate(engine, scale=scale, seed=seed, progress=progress)
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    click.echo(f"done: {total:,} rows in {elapsed:.1f} s ({total / max(elapsed, 1e-9):,.0f} rows/s)")


@main.group("user-office")
def user_office_group():
    """User-office synchronisation."""


@user_office_group.command("sync")
@click.option("--config", "config_file", type=click.Path(), help="YAML configuration (default: ISPYB_CONFIG).")
@click.option("--run-mode", type=click.Choice(["dev", "test", "prod"]), default="dev", show_default=True)
@click.option("--proposal", "proposals", nargs=2, multiple=True, metavar="CODE NUMBER",
              help="Import only this proposal (repeatable).")
@click.option("--document", "documents", type=click.Path(exists=True, dir_okay=False), multiple=True,
              help="Import this proposal document (JSON file) instead of asking the user office (repeatable).")
def user_office_sync(config_file, run_mode, proposals, documents):
    """Import proposals from the user office (every one by default), all or nothing; for cron."""
    import json
    from pathlib import Path

    from pyispyb import create_app
    from pyispyb.app.exceptions import ISPyBError
    from pyispyb.app.extensions.user_office.json_documents import read_json
    from pyispyb.core.modules import user_office_import

    logging.getLogger("pyispyb").setLevel(logging.WARNING)
    try:
        app = create_app(config_file, run_mode)
    except ConfigError as exc:
        fail(str(exc))
    with app.app_context():
        try:
            if documents:
                found = [(path, read_json(path, Path(path).read_text(encoding="utf-8"))) for path in documents]
                summary = user_office_import.import_documents(found)
            elif proposals:
                summary = user_office_import.sync_proposals(proposals)
            else:
                summary = user_office_import.sync_all()
        except ISPyBError as exc:
            details = "".join(f"\n  {place}: {'; '.join(messages)}" for place, messages in (exc.errors or {}).items())
            fail(f"{exc.message}{details}\nnothing was written")
    click.echo(json.dumps(summary, indent=2))
