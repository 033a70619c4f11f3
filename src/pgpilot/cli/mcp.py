"""`pgpilot mcp --user EMAIL`: every pgpilot tool over MCP on stdin/stdout, as one user."""

import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Annotated

import typer

from pgpilot import logs, runtime
from pgpilot.cli.context import starting
from pgpilot.services import Services
from pgpilot.settings import Settings, load_settings


def mcp(
    user: Annotated[
        str,
        typer.Option(
            "--user", help="Act as this account (made with `pgpilot users create EMAIL`)."
        ),
    ],
) -> None:
    """Serve the MCP tools over stdio for an MCP client (Claude Desktop, Cursor, VS Code…)."""
    settings = load_settings()
    logs.configure(settings.log_level)  # stderr: stdout carries only the MCP messages
    with ExitStack() as stack:
        real = stack.enter_context(_stdout_to_stderr())
        with starting():
            ready = stack.enter_context(runtime.databases(settings))
        stack.enter_context(_real_stdout(real))
        asyncio.run(_serve(ready, user))


async def _serve(settings: Settings, email: str) -> None:
    from pgpilot.auth.actors import actor_for_email
    from pgpilot.mcp.server import build_mcp_server  # the MCP SDK is imported only here

    with starting():
        services = await Services.start(settings)
    try:
        actor = await actor_for_email(services.app_db, email)
        await build_mcp_server(services, user_id=actor.id).run_stdio_async()
    finally:
        await services.close()


@contextmanager
def _stdout_to_stderr() -> Iterator[int]:
    """Point fd 1 at stderr for the block (embedded server, migrations); yield the real one."""
    sys.stdout.flush()
    real = os.dup(1)
    os.dup2(2, 1)
    try:
        yield real
    finally:
        sys.stdout.flush()
        os.dup2(real, 1)
        os.close(real)


@contextmanager
def _real_stdout(real: int) -> Iterator[None]:
    """Give fd 1 back to the MCP wire for the block."""
    os.dup2(real, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(2, 1)
