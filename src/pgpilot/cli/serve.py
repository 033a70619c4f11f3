"""`pgpilot serve`: the HTTP app on uvicorn, with its databases brought up first."""

import socket
from contextlib import ExitStack
from typing import Annotated

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


def serve(
    host: Annotated[str | None, typer.Option(help="Bind address [PGPILOT_HOST].")] = None,
    port: Annotated[int | None, typer.Option(help="Port [PGPILOT_PORT].", min=1, max=65535)] = None,
) -> None:
    """Start the web app and REST API on the embedded or configured databases."""
    import uvicorn  # the web stack is imported only by the command that serves it

    from pgpilot.api.app import create_app

    settings = load_settings()
    settings = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    ensure_port_free(settings.host, settings.port)
    logs.configure(settings.log_level)
    err.print(f"pgpilot: preparing databases{' (embedded)' if settings.uses_embedded else ''}…")
    with ExitStack() as stack:
        with starting():
            ready = stack.enter_context(runtime.databases(settings))
            Services.preflight(ready)  # refused here in one line, not as a lifespan traceback
        warn_about_roles(ready)
        err.print(f"pgpilot: serving on http://{ready.host}:{ready.port}  (Ctrl-C stops)")
        uvicorn.run(
            create_app(ready),
            host=ready.host,
            port=ready.port,
            log_config=None,
            server_header=False,
            access_log=False,  # pgpilot.access logs each request with its id
        )


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
