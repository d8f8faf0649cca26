#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-3.0-or-later
# One command for the whole test suite on a Debian/Ubuntu machine: installs what is missing (Debian
# packages, a MariaDB server when none answers, the reference schemas, the Python packages of
# .[test] in .venv), then runs `python -m pytest` with any arguments given (e.g. `-k docs`,
# `--backend sqlite`). Everything already in place is checked, not redone: a second run goes
# straight to the tests.
#
# CI=true (set by .ci/run) makes the tests fail, not skip, when a service is missing. Outside CI the
# skipped tests are listed at the end with their reasons.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

say() { printf '==> %s\n' "$*"; }
in_ci() { case "${CI:-}" in 1|true|yes|TRUE|True) return 0 ;; *) return 1 ;; esac; }
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "error: installing system packages needs root (or sudo): $*" >&2; return 1
    fi
}

# -- Debian packages -------------------------------------------------------------------------------
# compiler and headers for mysqlclient, slapd/ldap-utils for the LDAP tests, wkhtmltopdf and
# poppler-utils for the dewar labels, wrk for the benchmark, chromium for the documentation site in a
# real browser, redis-server for the shared token store, docker-compose to check docker/ (no daemon
# needed), mariadb-server for the fault tests' private mariadbd (and the shared one if none answers).
APT_PACKAGES="pkg-config libmariadb-dev gcc slapd ldap-utils wkhtmltopdf poppler-utils wrk chromium
redis-server docker-compose mariadb-client mariadb-server git python3-venv python3-dev"
mariadb_answers() { mariadb --protocol=tcp -h127.0.0.1 -P3306 -uroot -e "SELECT 1" >/dev/null 2>&1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=""
for package in $APT_PACKAGES; do is_installed "$package" || missing="$missing $package"; done
if [ -n "$missing" ]; then
    say "installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    if ! { as_root apt-get update -qq && as_root apt-get install -y -qq --no-install-recommends $missing >/dev/null; }
    then
        if in_ci; then echo "error: could not install:$missing" >&2; exit 1; fi
        say "could not install:$missing (the tests that need them will be skipped)"
    fi
fi

# -- MariaDB on 127.0.0.1:3306 ---------------------------------------------------------------------
if [ -z "${ISPYB_TEST_MARIADB:-}" ] && ! mariadb_answers; then
    if ! port_open 3306 && [ -x /usr/sbin/mariadbd ]; then
        say "starting MariaDB"
        as_root mkdir -p /run/mysqld
        as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
        as_root start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd || true
        for _ in $(seq 1 60); do port_open 3306 && break; sleep 1; done
    fi
    if ! mariadb_answers && [ -x /usr/sbin/mariadbd ]; then  # a fresh Debian server admits root by socket only
        say "letting root@localhost connect over TCP without a password (test machine)"
        as_root mariadb -uroot -e "ALTER USER root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password
            USING PASSWORD('')" || true
    fi
    if ! mariadb_answers; then
        if in_ci; then echo "error: no MariaDB answers on 127.0.0.1:3306 as root without a password" >&2; exit 1; fi
        say "no MariaDB answers on 127.0.0.1:3306 as root: the MariaDB tests will be skipped"
    fi
fi

# -- Redis on 127.0.0.1:6379 (the shared token store of several hosts) ---------------------------------
if [ -z "${ISPYB_TEST_REDIS:-}" ] && ! port_open 6379 && [ -x /usr/bin/redis-server ]; then
    say "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
    for _ in $(seq 1 30); do port_open 6379 && break; sleep 1; done
fi

# -- reference schemas (v5.0.0 and v1.10.4) --------------------------------------------------------
schemas="${ISPYB_DATABASE_DIR:-$(cd "$ROOT/.." && pwd)/shared/ispyb-database}"
if [ ! -f "$schemas/v5.0.0/tables.sql" ] || [ ! -f "$schemas/v1.10.4/tables.sql" ]; then
    say "fetching the reference schemas into $schemas"
    scripts/fetch_reference_schemas.sh "$schemas" || {
        if in_ci; then exit 1; fi
        say "could not fetch the reference schemas: the database tests will be skipped"
    }
fi

# -- Python packages in .venv ----------------------------------------------------------------------
[ -x .venv/bin/python ] || { say "creating .venv"; python3 -m venv .venv; }
stamp=".venv/.pyispyb-test-install"
wanted="$(cat setup.py requirements*.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "installing the Python packages of .[test] into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test]"
    echo "$wanted" > "$stamp"
fi

# -- the suite -------------------------------------------------------------------------------------
say "running the test suite$(in_ci && echo ' (CI: a missing service is a failure)')"
. .venv/bin/activate
exec python -m pytest -rs "$@"
