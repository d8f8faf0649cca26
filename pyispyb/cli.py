# SPDX-License-Identifier: LGPL-3.0-or-later
"""The ``pyispyb`` command: serve, check the database schema, generate data, import from the user office.

Every error a user can cause (configuration, database, port, files) ends the command with
one line on stderr saying what is wrong and what to do, and exit status 2.
"""

import errno
import logging
import sys

import click

from pyispyb.config import NO_PLUGIN_MESSAGE, ConfigError

LOOPBACK = ("127.0.0.1", "localhost", "::1")
NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2
DRIVER_MODULES = ("MySQLdb", "pymysql", "sqlite3")  # errors of the raw connections the bulk loader opens


class CommandError(Exception):
    """A command cannot do what was asked; the message says why and what to do."""


def fail(message):
    """Print one error line and exit with status 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def database_error_line(exc):
    """Return the driver's own message of a database error (never the SQL statement)."""
    original = getattr(exc, "orig", None) or exc
    args = getattr(original, "args", None) or [str(original)]
    return str(args[-1]).splitlines()[0]


class OneLineErrors(click.Group):
    """A command group whose expected errors print as one line (status 2) instead of a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Parse and run; a usage error (unknown option, bad value) is one line, with where to find help."""
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.Abort:
            click.echo("error: interrupted", err=True)
            sys.exit(130)
        except NO_ARGS_IS_HELP as exc:  # a bare group: its help, as click prints it
            click.echo(exc.ctx.get_help())
            sys.exit(0)
        except click.UsageError as exc:
            where = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            fail(f"{exc.format_message().rstrip('.')}{where}")
        except click.ClickException as exc:
            fail(exc.format_message())
        sys.exit(status if isinstance(status, int) else 0)

    def invoke(self, ctx):
        """Run the command, turning configuration, database and OS errors into one line."""
        from sqlalchemy.exc import SQLAlchemyError

        from pyispyb.demo_data.schema import SchemaLoadError

        try:
            return super().invoke(ctx)
        except (ConfigError, CommandError, SchemaLoadError) as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:
            fail(f"database error: {database_error_line(exc)}")
        except OSError as exc:
            fail(str(exc))
        except Exception as exc:
            if type(exc).__module__.split(".")[0] not in DRIVER_MODULES:
                raise
            fail(f"database error: {database_error_line(exc)}")


def create_application(config_file, run_mode, quiet_up_to=logging.NOTSET):
    """Create the application of a command, silencing its start-up log records up to ``quiet_up_to``."""
    from pyispyb import create_app

    logging.disable(quiet_up_to)
    try:
        return create_app(config_file, run_mode)
    finally:
        logging.disable(logging.NOTSET)


@click.group(cls=OneLineErrors)
@click.version_option(package_name="pyispyb")
def main():
    """py-ISPyB: the Python REST server of ISPyB."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def bind_server(host, port):
    """Open the listening socket first, so that a port in use fails before anything says "ready"."""
    import socket

    from werkzeug.serving import make_server

    def not_ready(_environ, start_response):
        start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
        return [b"starting"]

    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(128)
    except OSError as exc:
        listener.close()
        reason = "is already in use" if exc.errno == errno.EADDRINUSE else f"cannot be opened ({exc.strerror})"
        raise CommandError(f"port {port} on {host} {reason}: stop what listens there or pick another "
                           "with --port") from None
    try:
        return make_server(host, port, not_ready, threaded=True, fd=listener.fileno())
    finally:
        listener.close()  # the server holds its own duplicate of the socket


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--config", "config_file", type=click.Path(), help="YAML configuration (default: ISPYB_CONFIG).")
@click.option("--run-mode", type=click.Choice(["dev", "test", "prod"]), default="dev", show_default=True)
def serve(host, port, config_file, run_mode):
    """Run the server (without configuration: the embedded demo database)."""
    from pyispyb import load_app_config
    from pyispyb.config import enabled_plugins

    if not enabled_plugins(load_app_config(config_file, run_mode).server):
        raise CommandError(NO_PLUGIN_MESSAGE)
    server = bind_server(host, port)
    try:
        app = create_application(config_file, run_mode)
        if app.config["DEMO_DATABASE"] and host not in LOOPBACK:
            raise CommandError("the embedded demo uses the Dummy login plugin and only listens on loopback "
                               "(use --host 127.0.0.1, or give a configuration)")
    except BaseException:
        server.server_close()
        raise
    if app.config["DEMO_DATABASE"]:
        click.echo(f"Embedded demo database: {app.config['SQLALCHEMY_DATABASE_URI'].removeprefix('sqlite:///')}")
        click.echo("WARNING: the Dummy login plugin is on: any user name, password = permissions "
                   "(e.g. own_proposals,own_sessions). For development only.")
    server.app = app
    root = f"http://{host}:{port}{app.config['API_ROOT']}"
    click.echo(f"py-ISPyB on {root}  (Swagger UI: {root}{app.config['SWAGGER_UI_URI'] or '/swagger.json'})")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.group()
def db():
    """Database commands."""


@db.command("check")
@click.option("--config", "config_file", type=click.Path(), help="YAML configuration (default: ISPYB_CONFIG).")
@click.option("--run-mode", type=click.Choice(["dev", "test", "prod"]), default="dev", show_default=True)
def db_check(config_file, run_mode):
    """Print what the site's database schema lacks (or adds) compared with the models."""
    app = create_application(config_file, run_mode, quiet_up_to=logging.WARNING)  # the report says it once
    info = app.extensions["ispyb_schema"]
    if info is None:
        from sqlalchemy.engine import make_url

        uri = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).render_as_string(hide_password=True)
        fail(f"cannot connect to database {uri}: it is unavailable (down, frozen or out of connections); "
             f"start it or fix SQLALCHEMY_DATABASE_URI in {app.config['CONFIG_SOURCE']}")
    click.echo(f"database: {app.config['CONFIG_SOURCE']}: {len(info.tables)} tables")
    lines = info.report_lines()
    if not lines:
        click.echo("the schema has every table and column of the models")
    for line in lines:
        click.echo(line)


def check_demo_target(engine, create_tables, append, created):
    """Refuse a target database that is absent, lacks the ISPyB tables, or already holds data (without --append)."""
    from pathlib import Path

    from sqlalchemy.exc import OperationalError

    from pyispyb.kernel.data.schema_info import read_live_tables
    from pyispyb.demo_data import tables_with_data

    name = engine.url.database
    if engine.dialect.name == "sqlite" and name and not Path(name).exists() and not create_tables:
        raise CommandError(f"database file {name} does not exist: add --create-tables to create it")
    try:
        with engine.connect() as connection:
            live = read_live_tables(connection)
            if "Proposal" not in live and not create_tables:
                raise CommandError(f"database {name} has no ISPyB tables: add --load-schema DIR (MariaDB) or "
                                   "--create-tables")
            holding = tables_with_data(connection) if "Proposal" in live else []
    except OperationalError as exc:
        message = database_error_line(exc)
        if "Unknown database" in message:
            raise CommandError(f"database {name} does not exist: create it, or add --load-schema DIR to create "
                               "it with a reference schema") from None
        raise CommandError(f"cannot connect to database {name}: {message}") from None
    if holding and not append and not created:
        raise CommandError(f"database {name} already holds data ({', '.join(holding)}): give an empty database, "
                           "or add --append to add generated rows anyway")


@main.command("demo-data")
@click.option("--database", required=True, help="URI of an empty database of the ISPyB schema.")
@click.option("--scale", default=1.0, show_default=True, type=float, help="1 = one year of a large facility.")
@click.option("--seed", default=1, show_default=True, type=int, help="Random seed (same seed, same data).")
@click.option("--create-tables", is_flag=True, help="Create the tables first (SQLite or a new database).")
@click.option("--load-schema", "schema_dir", type=click.Path(file_okay=False, exists=True),
              help="MariaDB/MySQL: create the database and load tables.sql + lookups.sql of this reference "
                   "schema folder first (e.g. ../shared/ispyb-database/v5.0.0).")
@click.option("--append", is_flag=True,
              help="Add rows to a database that already holds data (MariaDB skips rows whose keys exist; "
                   "SQLite stops at the first one).")
def demo_data(database, scale, seed, create_tables, schema_dir, append):
    """Fill an empty database with a realistic, deterministic facility data set."""
    import time

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    import pyispyb.models  # noqa: F401
    from pyispyb.kernel.data import with_installed_driver
    from pyispyb.models.base import Base
    from pyispyb.config import check_database_uri
    from pyispyb.demo_data import Plan, generate
    from pyispyb.demo_data.schema import load_reference_schema
    from pyispyb.progress import Progress

    try:
        check_database_uri(database)
    except ConfigError as exc:
        raise CommandError(str(exc).replace("server.SQLALCHEMY_DATABASE_URI", "--database")) from None
    try:
        is_mysql = make_url(database).get_backend_name() in ("mysql", "mariadb")
    except ArgumentError:
        raise CommandError("--database is not a valid database URI") from None
    if schema_dir:
        started = time.monotonic()
        load_reference_schema(database, schema_dir)
        click.echo(f"demo-data: created {make_url(database).database} with the schema of {schema_dir} "
                   f"in {time.monotonic() - started:.1f} s", err=True)
    engine = create_engine(with_installed_driver(database) if is_mysql else database)
    try:
        check_demo_target(engine, create_tables, append, created=bool(schema_dir))
        if create_tables:
            Base.metadata.create_all(engine)
        with Progress("demo-data", total=Plan.from_scale(scale).estimated_rows()) as progress:
            counts = generate(engine, scale=scale, seed=seed, progress=progress, defer_indexes=bool(schema_dir))
            total = sum(counts.values())
            progress.close(f"{total:,} rows written")
    finally:
        engine.dispose()
    skipped = progress.done - total
    click.echo(f"done: {total:,} rows written in {progress.elapsed():.1f} s "
               f"({total / max(progress.elapsed(), 1e-9):,.0f} rows/s)"
               + (f"; {skipped:,} generated rows skipped: their keys already exist" if skipped else ""))


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

    from pyispyb.kernel.exceptions import ISPyBError
    from pyispyb.kernel.user_office.json_documents import read_json
    from pyispyb.core.services import user_office_import
    from pyispyb.progress import Progress

    from pyispyb import load_app_config

    if not documents and not load_app_config(config_file, run_mode).server.get("USER_OFFICE"):
        raise CommandError("no user-office plug-in is configured: set server.USER_OFFICE (MODULE, CLASS, CONFIG) "
                           "in the configuration, or import files with --document FILE")
    app = create_application(config_file, run_mode, quiet_up_to=logging.INFO)
    with app.app_context(), Progress("user-office sync", unit="proposals") as progress:
        try:
            if documents:
                found = [(path, read_json(path, Path(path).read_text(encoding="utf-8"))) for path in documents]
                summary = user_office_import.import_documents(found, progress=progress)
            elif proposals:
                summary = user_office_import.sync_proposals(proposals, progress=progress)
            else:
                summary = user_office_import.sync_all(progress=progress)
        except ISPyBError as exc:
            details = "; ".join(f"{place}: {'; '.join(messages)}" for place, messages in (exc.errors or {}).items())
            raise CommandError(f"{exc.message}{' (' + details + ')' if details else ''}; nothing was written") from None
        progress.close(f"{progress.done:,} imported")
    click.echo(json.dumps(summary, indent=2))
