"""`pgpilot serve`: the HTTP app on uvicorn, with its databases brought up first."""

import socket
from contextlib import ExitStack
from typing import Annotated

import typer

from pgpilot import logs, runtime
from pgpilot.cli.context import starting
from pgpilot.cli.output import err
from pgpilot.errors import ConfigError
from pgpilot.services import Services
from pgpilot.settings import load_settings


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
        err.print(f"pgpilot: serving on http://{ready.host}:{ready.port}  (Ctrl-C stops)")
        uvicorn.run(
            create_app(ready),
            host=ready.host,
            port=ready.port,
            log_config=None,
            server_header=False,
            access_log=False,  # pgpilot.access logs each request with its id
        )


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
