# SPDX-License-Identifier: LGPL-3.0-or-later
"""Configuration: a YAML file (``server:`` and ``authorization_rules:``), checked key by key.

Every accepted key is declared in :data:`SETTINGS` with its type and default. A missing
file, an unknown key, a wrong type, a malformed database URI or a weak secret in
production raise :class:`ConfigError` with one line naming the problem.
"""

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

RUN_MODES = ("dev", "test", "prod")
MIN_SECRET_BYTES = 32
DUMMY_AUTH_CLASS = "DummyAuthentication"


try:  # under gunicorn, a configuration error then prints as one line, not a traceback
    from gunicorn.errors import AppImportError as _StartupError
except ImportError:  # pragma: no cover - gunicorn is a dependency, but the library works without it
    _StartupError = Exception


class ConfigError(_StartupError):
    """The configuration cannot be used; the message names the problem."""


@dataclass(frozen=True)
class Setting:
    """One configuration key: its accepted types, its default and what it does."""

    name: str
    types: tuple
    default: object
    doc: str
    choices: tuple = ()


def _s(name, types, default, doc, choices=()):
    return Setting(name, types if isinstance(types, tuple) else (types,), default, doc, choices)


SETTINGS = {s.name: s for s in [
    # database and security
    _s("SQLALCHEMY_DATABASE_URI", str, None, "Database URI, e.g. mysql://user:pass@host/ispyb."),
    _s("SQLALCHEMY_ENGINE_OPTIONS", dict, {}, "Extra SQLAlchemy engine options (pool_size, pool_recycle, ...)."),
    _s("SQLALCHEMY_ECHO", bool, False, "Log every SQL statement (debugging only)."),
    _s("DB_CONNECT_TIMEOUT", int, 5, "Seconds to wait for a MariaDB connection before answering 503."),
    _s("DB_READ_TIMEOUT", int, 10, "Seconds to wait for one MariaDB answer before answering 503 (the client "
       "library may retry a read once more: keep twice this plus DB_CONNECT_TIMEOUT under gunicorn's timeout)."),
    _s("DB_WRITE_TIMEOUT", int, 10, "Seconds to wait while sending to MariaDB before answering 503."),
    _s("DB_POOL_TIMEOUT", int, 10, "Seconds a request waits for a free pooled connection before answering 503."),
    _s("DB_RETRY_AFTER", int, 5, "Seconds given in the Retry-After header of a 503 for an unavailable database."),
    _s("MAX_CONTENT_LENGTH", int, 4 * 1024 * 1024, "Largest request body in bytes (413 beyond); file uploads "
       "are bounded by MAX_UPLOAD_SIZE, whichever is larger applies to them."),
    _s("SECRET_KEY", str, None, "Key that signs tokens; at least 32 bytes in prod."),
    _s("JWT_CODING_ALGORITHM", str, "HS256", "Token signature algorithm.", ("HS256", "HS384", "HS512")),
    _s("TOKEN_EXP_TIME", int, 180, "Token lifetime in minutes."),
    _s("AUTH", list, [], "Authentication plugins (see the example configuration)."),
    _s("ADMIN_GROUPS", list, ["admin", "manager"], "Groups that hold every permission."),
    _s("DEFAULT_PERMISSIONS", list, [], "Permissions granted to every authenticated user."),
    _s("LOGIN_MAX_FAILURES", int, 5, "Failed logins for one username before slowing down (429)."),
    _s("LOGIN_FAILURE_WINDOW", int, 300, "Seconds over which failed logins are counted."),
    _s("LOGIN_MAX_ADDRESS_FAILURES", int, 20, "Failed logins from one client address before slowing down."),
    _s("TRUSTED_PROXIES", int, 0, "Reverse proxies in front of the server whose X-Forwarded-For is trusted."),
    _s("AUTH_STORE", (str, type(None)), None,
       "Where revoked tokens and failed logins are kept: a Redis URL (redis://host:6379/0) shared by every "
       "host, or a class (module.Class); default: a SQLite file in STATE_FOLDER (one host only)."),
    _s("AUTH_STORE_PREFIX", str, "pyispyb:", "Prefix of the keys the Redis store writes."),
    _s("AUTH_STORE_PATH", (str, type(None)), None,
       "SQLite file of the default store (default: STATE_FOLDER/auth-state.sqlite)."),
    _s("STATE_FOLDER", (str, type(None)), None,
       "Persistent folder of this host's state (default: $STATE_DIRECTORY, else $XDG_STATE_HOME/pyispyb, "
       "else ~/.local/state/pyispyb)."),
    # HTTP API
    _s("API_ROOT", str, "/ispyb/api/v1", "URL prefix of every route."),
    _s("SWAGGER_UI_URI", (str, bool), "/docs", "Swagger UI path under API_ROOT; false disables it."),
    _s("SERVICES", list, ["core", "em", "ssx"], "Services to serve.", ("core", "em", "ssx")),
    _s("CORS_ORIGINS", (str, list), "*", "Origins allowed by CORS ('*' or a list)."),
    _s("PAGINATION_ITEMS_LIMIT", int, 100, "Default page size of lists."),
    _s("PAGINATION_MAX_LIMIT", int, 1000, "Largest page size a client may ask for."),
    _s("LIST_COUNT_LIMIT", int, 10_000, "Lists count at most this many rows; beyond, total is this "
       "lower bound and total_is_lower_bound is true (0: always count exactly)."),
    _s("LEGACY_API", bool, True, "Serve the Java-ISPyB compatible routes under API_ROOT/legacy."),
    _s("API_2X_ROOT", (str, bool), "/v2/ispyb/api/v1",
       "URL prefix of the py-ispyb 2.x API that current MXCuBE clients speak; false disables it."),
    # logging
    _s("LOG_LEVEL", str, "INFO", "Level of the application logs.",
       ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")),
    _s("LOG_FILE", (str, type(None)), None, "Also write logs to this file."),
    _s("ACCESS_LOG", bool, True, "Log one line per request."),
    _s("LOG_FORMAT", str, "text", "Log lines as text, or as JSON objects (one per line).", ("text", "json")),
    _s("METRICS", bool, True, "Serve Prometheus metrics at /metrics (outside API_ROOT)."),
    _s("COMPRESSION", bool, True, "Compress JSON and text answers (gzip, br when asked)."),
    _s("COMPRESSION_MIN_SIZE", int, 1024, "Smallest answer, in bytes, that is compressed."),
    _s("DIRECT_READS", bool, True,
       "Answer the GETs of declared tables without Flask's per-request machinery (same answers, less CPU)."),
    # files and documents
    _s("PATH_MAP", dict, {}, "Map of path prefixes in the database to where this server sees them."),
    _s("FILE_ROOTS", list, [], "Only files under these folders are served."),
    _s("FILE_DATA_ROOTS", list, [],
       "Path templates of each session's data folder; when set, a file is served only from the data folder "
       "of a session the caller may read (e.g. /dls/{beamLineName}/data/{year}/{proposal}-{visit_number})."),
    _s("TEMP_FOLDER", (str, type(None)), None, "Scratch folder (default: a folder in the system temp dir)."),
    _s("UPLOAD_FOLDER", (str, type(None)), None, "Where uploaded files (PDB) are stored."),
    _s("MAX_UPLOAD_SIZE", int, 50 * 1024 * 1024, "Largest accepted upload in bytes."),
    _s("PDB_URI", str, "https://files.rcsb.org/download", "RCSB download service for PDB codes."),
    _s("PDB_TIMEOUT", (int, float), 10, "Seconds to wait for the PDB download service."),
    _s("PDB_MAX_SIZE", int, 50 * 1024 * 1024, "Largest PDB file fetched from the download service."),
    _s("PDB_CACHE_FOLDER", (str, type(None)), None, "Cache of files fetched from the PDB."),
    _s("SITE_NAME", str, "Generic", "Site name printed on dewar labels."),
    _s("SITE_LOGO_PATH", (str, type(None)), None, "Logo printed on dewar labels."),
    _s("SITE_ADDRESS", str, "", "Facility address printed on dewar labels (where dewars are sent)."),
    _s("BARCODE_TYPE", str, "code128", "python-barcode symbology of dewar labels."),
    _s("DEWAR_LABEL_TEMPLATE_FILEPATH", (str, type(None)), None, "Jinja2 HTML template of dewar labels."),
    _s("WKHTMLTOPDF_PATH", (str, type(None)), None, "wkhtmltopdf binary (default: found on PATH)."),
    _s("USER_OFFICE", dict, {}, "User-office plugin: MODULE, CLASS and CONFIG."),
]}

ALLOWED_SECTIONS = ("server", "authorization_rules")
AUTH_PLUGIN_KEYS = ("ENABLED", "AUTH_MODULE", "AUTH_CLASS", "CONFIG")
ENV_OVERRIDES = {"ISPYB_DATABASE_URI": "SQLALCHEMY_DATABASE_URI", "ISPYB_SECRET_KEY": "SECRET_KEY",
                 "ISPYB_STATE_FOLDER": "STATE_FOLDER"}


@dataclass
class Config:
    """A checked configuration, ready to be copied into ``app.config``."""

    run_mode: str
    server: dict
    authorization_rules: dict = field(default_factory=dict)
    source: str = "defaults"
    demo: bool = False

    def flask_mapping(self):
        """Return the keys Flask and its extensions read."""
        mapping = dict(self.server)
        mapping.update(
            RUN_MODE=self.run_mode,
            TESTING=self.run_mode == "test",
            AUTHORIZATION_RULES=self.authorization_rules,
            CONFIG_SOURCE=self.source,
            DEMO_DATABASE=self.demo,
            SQLALCHEMY_TRACK_MODIFICATIONS=False,
            RESTX_MASK_SWAGGER=False,
            RESTX_ERROR_404_HELP=False,
            JSON_SORT_KEYS=False,
        )
        return mapping


def resolve_run_mode(run_mode=None):
    """Return the run mode: the argument, else ``ISPYB_RUN_MODE``, else ``prod``."""
    mode = run_mode or os.environ.get("ISPYB_RUN_MODE") or "prod"
    if mode not in RUN_MODES:
        raise ConfigError(f"run mode {mode!r} is not one of {', '.join(RUN_MODES)}")
    return mode


def read_yaml(path):
    """Parse a YAML configuration file safely."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"configuration file {path} does not exist")
    try:
        data = YAML(typ="safe", pure=True).load(path.read_text())
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"configuration file {path} is not valid YAML{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"configuration file {path} must hold a mapping with a 'server:' section")
    return data


def did_you_mean(name, known):
    """Return `` (did you mean 'X'?)`` for the known name closest to a misspelled one, else ''."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.lower() == name.lower()]
    return f" (did you mean {close[0]!r}?)" if close else ""


def _type_name(types):
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
             list: "a list", dict: "a mapping", type(None): "null"}
    return " or ".join(names[t] for t in types)


def check_value(setting, value):
    """Raise ConfigError if ``value`` does not fit ``setting``."""
    if value is None and setting.default is None:
        return
    ok = any(isinstance(value, t) and not (t is int and isinstance(value, bool)) for t in setting.types)
    if float in setting.types and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if not ok:
        raise ConfigError(f"server.{setting.name} must be {_type_name(setting.types)} (got {value!r})")
    if setting.choices:
        values = value if isinstance(value, list) else [value]
        bad = [v for v in values if v not in setting.choices]
        if bad:
            raise ConfigError(f"server.{setting.name}: {bad[0]!r} is not one of {', '.join(setting.choices)}")


def check_database_uri(uri):
    """Raise ConfigError if the URI cannot be parsed or names an unsupported database."""
    if not uri:
        raise ConfigError("server.SQLALCHEMY_DATABASE_URI is not set (nor ISPYB_DATABASE_URI)")
    try:
        url = make_url(uri)
    except ArgumentError:
        raise ConfigError("server.SQLALCHEMY_DATABASE_URI is not a valid database URI") from None
    if url.get_backend_name() not in ("mysql", "mariadb", "sqlite"):
        raise ConfigError(f"database {url.get_backend_name()!r} is not supported (use mysql, mariadb or sqlite)")
    if "+" in url.drivername:
        check_driver_installed(url)


def check_driver_installed(url):
    """Raise ConfigError if the driver a URI names explicitly (``mysql+mysqldb://``) is not installed."""
    from sqlalchemy.exc import NoSuchModuleError

    driver = url.get_driver_name()
    try:
        url.get_dialect().import_dbapi()
    except NoSuchModuleError:
        raise ConfigError(f"database driver {driver!r} of the URI is unknown "
                          "(use mysql:// for the installed driver)") from None
    except ImportError:
        hint = ' (pip install "pyispyb[mysql]")' if driver == "mysqldb" else ""
        raise ConfigError(f"database driver {driver!r} of the URI is not installed{hint}; or write mysql:// "
                          "without a driver to use the one installed") from None


def auth_plugin_entries(auth):
    """Yield ``(name, settings)`` for each entry of the AUTH list, checking its form."""
    for index, entry in enumerate(auth):
        if not isinstance(entry, dict) or len(entry) != 1:
            raise ConfigError(f"server.AUTH[{index}] must be a mapping with one plugin name")
        (name, plugin), = entry.items()
        if not isinstance(plugin, dict):
            raise ConfigError(f"server.AUTH[{index}] ({name}) must be a mapping")
        unknown = set(plugin) - set(AUTH_PLUGIN_KEYS)
        if unknown:
            first = sorted(unknown)[0]
            hint = did_you_mean(first, AUTH_PLUGIN_KEYS)
            raise ConfigError(f"server.AUTH[{index}] ({name}): unknown key {first}{hint}")
        for key in ("AUTH_MODULE", "AUTH_CLASS"):
            if not isinstance(plugin.get(key), str):
                raise ConfigError(f"server.AUTH[{index}] ({name}): {key} must be a string")
        if not isinstance(plugin.get("ENABLED", True), bool):
            raise ConfigError(f"server.AUTH[{index}] ({name}): ENABLED must be true or false")
        if not isinstance(plugin.get("CONFIG", {}) or {}, dict):
            raise ConfigError(f"server.AUTH[{index}] ({name}): CONFIG must be a mapping")
        yield name, plugin


def enabled_plugins(server):
    """Return ``[(name, settings)]`` of the enabled authentication plugins."""
    return [(n, p) for n, p in auth_plugin_entries(server.get("AUTH", [])) if p.get("ENABLED", True)]


NO_PLUGIN_MESSAGE = ("no authentication plugin is enabled in server.AUTH, so nobody can log in: set ENABLED: true "
                     "on one (see the AUTH section of ispyb_core_config_example.yml)")


def check_rules(rules):
    """Check the ``authorization_rules`` section: endpoint -> method -> list of names."""
    if not isinstance(rules, dict):
        raise ConfigError("authorization_rules must be a mapping of endpoint -> method -> names")
    for endpoint, methods in rules.items():
        if not isinstance(methods, dict):
            raise ConfigError(f"authorization_rules.{endpoint} must be a mapping of method -> names")
        for method, names in methods.items():
            if method.lower() not in ("get", "post", "put", "patch", "delete"):
                raise ConfigError(f"authorization_rules.{endpoint}: {method!r} is not an HTTP method")
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ConfigError(f"authorization_rules.{endpoint}.{method} must be a list of names")
    return {e: {m.lower(): list(n) for m, n in ms.items()} for e, ms in rules.items()}


def check_production(server):
    """Refuse settings that are unsafe in production."""
    key = server.get("SECRET_KEY") or ""
    if len(key.encode()) < MIN_SECRET_BYTES:
        raise ConfigError(
            f"prod mode needs a SECRET_KEY of at least {MIN_SECRET_BYTES} bytes "
            "(set server.SECRET_KEY or ISPYB_SECRET_KEY)")
    if len(set(key)) < 8:
        raise ConfigError("prod mode refuses a SECRET_KEY with so few distinct characters")
    for name, plugin in enabled_plugins(server):
        if plugin["AUTH_CLASS"] == DUMMY_AUTH_CLASS:
            raise ConfigError(
                f"prod mode refuses the Dummy authentication plugin ({name!r}); "
                "it is for development and tests only")


def development_key(server):
    """Return the signing key of dev/test mode without SECRET_KEY: one key file in the state folder.

    Every gunicorn worker (and every restart) reads the same key, so a token issued by one
    worker is accepted by all of them.
    """
    from pyispyb import state

    try:
        return state.shared_dev_key(state.state_folder(server))
    except (state.StateFolderError, OSError) as exc:
        raise ConfigError(f"no SECRET_KEY and no usable state folder to keep a shared development key: {exc} "
                          "(set server.SECRET_KEY or server.STATE_FOLDER)") from None


def build_config(data, run_mode, source="mapping", environ=None):
    """Check a parsed configuration mapping and return a :class:`Config`."""
    environ = os.environ if environ is None else environ
    unknown_sections = set(data) - set(ALLOWED_SECTIONS)
    if unknown_sections:
        first = sorted(unknown_sections)[0]
        hint = did_you_mean(first, ALLOWED_SECTIONS) or f" (allowed: {', '.join(ALLOWED_SECTIONS)})"
        raise ConfigError(f"unknown configuration section {first!r}{hint}")
    given = data.get("server") or {}
    if not isinstance(given, dict):
        raise ConfigError("the 'server:' section must be a mapping")
    unknown = [k for k in given if k not in SETTINGS]
    if unknown:
        raise ConfigError(f"unknown configuration key server.{unknown[0]}{did_you_mean(unknown[0], SETTINGS)}")
    server = {name: s.default for name, s in SETTINGS.items()}
    for name, value in given.items():
        check_value(SETTINGS[name], value)
        server[name] = value
    for env_name, key in ENV_OVERRIDES.items():
        if environ.get(env_name):
            server[key] = environ[env_name]
    check_database_uri(server["SQLALCHEMY_DATABASE_URI"])
    list(auth_plugin_entries(server["AUTH"]))
    if server["PAGINATION_ITEMS_LIMIT"] < 1 or server["PAGINATION_MAX_LIMIT"] < server["PAGINATION_ITEMS_LIMIT"]:
        raise ConfigError("server.PAGINATION_ITEMS_LIMIT must be between 1 and PAGINATION_MAX_LIMIT")
    for name in ("DB_CONNECT_TIMEOUT", "DB_READ_TIMEOUT", "DB_WRITE_TIMEOUT", "DB_POOL_TIMEOUT", "MAX_CONTENT_LENGTH"):
        if server[name] < 1:
            raise ConfigError(f"server.{name} must be at least 1")
    if server["TOKEN_EXP_TIME"] < 1:
        raise ConfigError("server.TOKEN_EXP_TIME must be at least 1 (minutes)")
    rules = check_rules(data.get("authorization_rules") or {})
    if run_mode == "prod":
        check_production(server)
    elif not server["SECRET_KEY"]:
        server["SECRET_KEY"] = development_key(server)
    return Config(run_mode=run_mode, server=server, authorization_rules=rules, source=source)


def load_config(config_filename=None, run_mode=None, overrides=None):
    """Load the configuration: file argument, else ``ISPYB_CONFIG``; return a :class:`Config`.

    ``overrides`` is a mapping of ``server`` keys applied on top of the file (used by
    tests and by the embedded demo).
    """
    mode = resolve_run_mode(run_mode)
    path = config_filename or os.environ.get("ISPYB_CONFIG")
    if path:
        data = read_yaml(path)
        source = str(path)
    elif overrides is not None:
        data, source = {}, "built-in"
    else:
        raise ConfigError(
            "no configuration file: pass one to create_app() or set ISPYB_CONFIG "
            "(run `pyispyb serve` for the embedded demo)")
    if overrides:
        data = dict(data)
        data["server"] = {**(data.get("server") or {}), **overrides}
    return build_config(data, mode, source=source)


# Module paths of py-ispyb 1.x and of earlier releases of this server, still accepted in site configurations.
RENAMED_MODULES = (
    ("pyispyb.app.extensions.auth", "pyispyb.kernel.auth"),
    ("pyispyb.app.extensions.user_office", "pyispyb.kernel.user_office"),
    ("pyispyb.app.extensions.logging", "pyispyb.kernel.ops.logging"),
)


def current_module_name(name):
    """The module path to import for ``name``, translating the renamed paths of older configurations."""
    for old, new in RENAMED_MODULES:
        if name == old or name.startswith(old + "."):
            return new + name[len(old):]
    return name
