"""`pgpilot serve`: the HTTP app on uvicorn, with its databases brought up first.

With `--workers N` (N > 1) this process prepares everything once — the embedded server, if
any, migrations, the development JWT secret — then uvicorn starts N workers that build the
app from the environment this process hands them (`pgpilot.api.asgi:worker_app`).
"""

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any

import psycopg
import typer

from pgpilot import logs, runtime
from pgpilot.cli.context import starting
from pgpilot.cli.output import err
from pgpilot.errors import ConfigError
from pgpilot.services import Services
from pgpilot.settings import Settings, load_settings
from pgpilot.sql import roles
from pgpilot.sql.targets import Targets

MULTIPROC_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
WORKER_APP = "pgpilot.api.asgi:worker_app"


def serve(
    host: Annotated[str | None, typer.Option(help="Bind address [PGPILOT_HOST].")] = None,
    port: Annotated[int | None, typer.Option(help="Port [PGPILOT_PORT].", min=1, max=65535)] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Worker processes [PGPILOT_WORKERS]; more than 1 needs REDIS_URL.", min=1
        ),
    ] = None,
    migrate: Annotated[
        bool,
        typer.Option(
            help="Upgrade the app database first; --no-migrate refuses a database that is "
            "not current (run `pgpilot db upgrade` once instead, e.g. in a migration job)."
        ),
    ] = True,
) -> None:
    """Start the web app and REST API on the embedded or configured databases."""
    settings = load_settings()
    settings = settings.model_copy(
        update={
            "host": host or settings.host,
            "port": port or settings.port,
            "workers": workers or settings.workers,
        }
    )
    check_workers(settings)
    ensure_port_free(settings.host, settings.port)
    logs.configure(settings.log_level)
    err.print(f"pgpilot: preparing databases{' (embedded)' if settings.uses_embedded else ''}…")
    with ExitStack() as stack:
        with starting():
            ready = stack.enter_context(runtime.databases(settings, migrate_app=migrate))
            if not migrate:
                runtime.require_current_schema(ready)
            Services.preflight(ready)  # refused here in one line, not as a lifespan traceback
        warn_about_roles(ready)
        count = f", {ready.workers} workers" if ready.workers > 1 else ""
        err.print(f"pgpilot: serving on http://{ready.host}:{ready.port}{count}  (Ctrl-C stops)")
        if ready.workers == 1:
            _run_one(ready)
        else:
            _run_workers(ready)


def warn_about_roles(settings: Settings) -> None:
    """Say loudly when a target's role can write server files or run programs."""
    targets = Targets.from_settings(settings)
    for name in targets.names:
        target = targets.resolve(name)
        try:
            warning = roles.role_warning(name, target.url)
        except psycopg.Error as exc:  # an unreachable target must not stop the server
            err.print(f"pgpilot: could not check the role of target {name!r}: {exc}", markup=False)
            continue
        if warning is not None:
            err.print(warning, markup=False, style="bold red")


def check_workers(settings: Settings) -> None:
    """Refuse several workers that could not share their limits and caches."""
    if settings.workers > 1 and not settings.redis_url:
        raise ConfigError(
            f"--workers {settings.workers} needs REDIS_URL: rate limits, login throttles and "
            "the schema cache are shared between workers through Redis "
            "(or run one worker per process and put them behind a proxy, each with REDIS_URL)"
        )


def _run_one(settings: Settings) -> None:
    from pgpilot.api.app import create_app  # the web stack is imported only to serve

    _uvicorn(create_app(settings), settings)


def _run_workers(settings: Settings) -> None:
    with worker_environment(settings):
        _uvicorn(WORKER_APP, settings, factory=True, workers=settings.workers)


def _uvicorn(app: Any, settings: Settings, *, factory: bool = False, workers: int = 1) -> None:
    import uvicorn

    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        factory=factory,
        workers=workers if workers > 1 else None,
        log_config=None,
        server_header=False,
        access_log=False,  # pgpilot.access logs each request with its id
        proxy_headers=False,  # pgpilot.api.middleware.ProxyHeaders, PGPILOT_TRUSTED_PROXIES
    )


@contextmanager
def worker_environment(settings: Settings) -> Iterator[dict[str, str]]:
    """Hand the prepared settings to the workers through the environment, for the block.

    The workers connect to the databases this process prepared (the embedded server stays
    held here, so it outlives any worker) and sign tokens with the same secret; metrics of
    every worker go to one fresh PROMETHEUS_MULTIPROC_DIR (set before any worker imports
    prometheus_client, as its multiprocess mode requires).
    """
    metrics_dir, made = _metrics_dir()
    exported = {
        "DATABASE_URL": runtime.app_url(settings),
        "PGPILOT_HOST": settings.host,
        "PGPILOT_PORT": str(settings.port),
        "PGPILOT_WORKERS": str(settings.workers),
        MULTIPROC_VARIABLE: str(metrics_dir),
    }
    if settings.target_database_url is not None:
        exported["TARGET_DATABASE_URL"] = settings.target_database_url
    if settings.jwt_secret is not None:
        exported["JWT_SECRET"] = settings.jwt_secret.get_secret_value()
    saved = {name: os.environ.get(name) for name in exported}
    os.environ.update(exported)
    try:
        yield exported
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if made:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _metrics_dir() -> tuple[Path, bool]:
    """PROMETHEUS_MULTIPROC_DIR emptied of a previous run's files, or a new temporary one."""
    given = os.environ.get(MULTIPROC_VARIABLE)
    if not given:
        return Path(tempfile.mkdtemp(prefix="pgpilot-metrics-")), True
    path = Path(given)
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):  # counters of dead workers must not add up forever
        stale.unlink()
    return path, False


def ensure_port_free(host: str, port: int) -> None:
    """Refuse early, in one line, when the address cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({exc.strerror}); "
                "choose another with --port or PGPILOT_PORT"
            ) from exc
