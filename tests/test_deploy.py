"""The container files pass their schemas, and the container's entrypoint works, without Docker.

Compose is checked against the Compose Specification vendored by check-jsonschema, the
Kubernetes manifests against the API schemas kubernetes-validate ships (strict: unknown fields
fail), render.yaml against deploy/schemas (see its description). The entrypoint script runs
here as it would in the image: migrations, then `serve --no-migrate`.
"""

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import kubernetes_validate
import pytest
import yaml

from pgpilot.db import migrate
from tests.cli.test_workers import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
KUBERNETES = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))
KUBERNETES_VERSION = "1.33.0"
ENTRYPOINT = ROOT / "deploy" / "docker-entrypoint.sh"


def check_jsonschema(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_compose_file_follows_the_compose_specification() -> None:
    checked = check_jsonschema(
        "--builtin-schema", "vendor.compose-spec", str(ROOT / "docker-compose.yml")
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_render_blueprint_follows_its_schema() -> None:
    schema = ROOT / "deploy" / "schemas" / "render-blueprint.schema.json"
    checked = check_jsonschema("--schemafile", str(schema), str(ROOT / "render.yaml"))
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("manifest", KUBERNETES, ids=[path.name for path in KUBERNETES])
def test_kubernetes_manifests_follow_the_api_schemas(manifest: Path) -> None:
    for document in yaml.safe_load_all(manifest.read_text()):
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def kinds() -> dict[str, dict[str, Any]]:
    return {
        document["kind"]: document
        for manifest in KUBERNETES
        for document in yaml.safe_load_all(manifest.read_text())
    }


def test_kubernetes_has_replicas_probes_a_migration_job_and_settings() -> None:
    found = kinds()
    assert {"Deployment", "Service", "Job", "Secret", "ConfigMap"} <= set(found)
    deployment = found["Deployment"]["spec"]
    assert deployment["replicas"] > 1
    container = deployment["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health/ready"
    assert container["livenessProbe"]["httpGet"]["path"] == "/health/live"
    assert found["ConfigMap"]["data"]["PGPILOT_MIGRATE"] == "0", "the Job migrates, not each pod"
    assert found["Job"]["spec"]["template"]["spec"]["containers"][0]["args"] == ["migrate"]


def test_compose_migrates_once_and_serves_two_workers_on_one_port() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["app-db"]["image"] == "postgres:18"
    assert services["migrate"]["command"] == ["migrate"]
    app = services["pgpilot"]
    assert app["environment"]["PGPILOT_MIGRATE"] == "0"
    assert app["environment"]["PGPILOT_WORKERS"] == "2"
    assert app["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert len(app["ports"]) == 1
    assert "REDIS_URL" in app["environment"]


def stages(dockerfile: str) -> list[str]:
    """The Dockerfile's build stages, each as its text."""
    parts = re.split(r"^(?=FROM )", dockerfile, flags=re.MULTILINE)
    return [part for part in parts if part.startswith("FROM ")]


def test_dockerfile_builds_with_uv_and_runs_unprivileged_without_build_tools() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    build, final = stages(dockerfile)[0], stages(dockerfile)[-1]
    assert len(stages(dockerfile)) >= 2
    assert "uv.lock" in build
    assert "uv sync --locked" in build
    assert "--no-dev" in build
    assert re.search(r"^USER (?!root)\w+", final, flags=re.MULTILINE)
    assert "HEALTHCHECK" in final
    assert "/health/ready" in final
    assert "ENTRYPOINT" in final
    for tool in ("/bin/uv", "apt-get", "gcc", "build-essential"):
        assert tool not in final, f"{tool} in the final image"


def test_dockerignore_keeps_local_state_out() -> None:
    rules = (ROOT / ".dockerignore").read_text().splitlines()
    assert "*" in rules, "allow-list: ignore everything, then name what the image needs"
    allowed = {rule.removeprefix("!") for rule in rules if rule.startswith("!")}
    assert {"pyproject.toml", "uv.lock", "src/", "deploy/docker-entrypoint.sh"} <= allowed
    assert not allowed & {".env", ".venv", ".git", "tests/"}


def entrypoint_env(database_url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "DATABASE_URL": database_url,
        "APP_ENV": "production",
        "JWT_SECRET": "Zq8-" + "".join(chr(65 + i % 26) + str(i) for i in range(20)),
        "PGPILOT_HOME": str(tmp_path / "home"),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def test_entrypoint_migrates_then_serves(blank_db_url: str, tmp_path: Path) -> None:
    port = free_port()
    env = entrypoint_env(blank_db_url, tmp_path, PGPILOT_PORT=str(port), PGPILOT_HOST="127.0.0.1")
    process = subprocess.Popen(
        ["sh", str(ENTRYPOINT), "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_ready(f"http://127.0.0.1:{port}", process)
        assert httpx.get(f"http://127.0.0.1:{port}/health/ready").json()["status"] == "ok"
    finally:
        process.terminate()
        _, log = process.communicate(timeout=20)
    assert "migrating the app database" in log
    assert migrate.current_revision(blank_db_url) == migrate.head_revision()


def test_entrypoint_without_migrations_refuses_an_old_database(
    blank_db_url: str, tmp_path: Path
) -> None:
    env = entrypoint_env(blank_db_url, tmp_path, PGPILOT_MIGRATE="0", PGPILOT_PORT=str(free_port()))
    result = subprocess.run(
        ["sh", str(ENTRYPOINT), "serve"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "run `pgpilot db upgrade`" in result.stderr
    assert "migrating" not in result.stderr


def test_entrypoint_migrate_seeds_the_sample_target(
    blank_db_url: str, pg_server: str, tmp_path: Path
) -> None:
    from tests.conftest import create_database, drop_database

    shop = create_database(pg_server)
    try:
        env = entrypoint_env(
            blank_db_url, tmp_path, TARGET_DATABASE_URL=shop, PGPILOT_SEED_DEMO="1"
        )
        result = subprocess.run(
            ["sh", str(ENTRYPOINT), "migrate"],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "created the sample shop" in result.stdout
        assert migrate.current_revision(blank_db_url) == migrate.head_revision()
        again = subprocess.run(
            ["sh", str(ENTRYPOINT), "sql", "--json", "SELECT count(*) FROM customers"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert again.returncode == 0, again.stderr
        assert '"rows": [[800]]' in again.stdout
    finally:
        drop_database(pg_server, shop)
