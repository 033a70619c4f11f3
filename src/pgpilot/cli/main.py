"""`pgpilot`: the root command, its options, and the one place CLI errors are rendered."""

import importlib
import logging
import signal
import sys
from types import FrameType
from typing import Annotated

import typer

from pgpilot import __version__
from pgpilot.cli.output import fail, out
from pgpilot.errors import ConfigError, PgpilotError

# name -> (module under pgpilot.cli, function); groups are a module's `app`. In this order in
# --help. Only the invoked command's module is imported: MCP clients and scripts spawn pgpilot
# often, and every module pulls in its own slow imports (the MCP SDK, LangGraph, Alembic).
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("serve", "serve"),
    "mcp": ("mcp", "mcp"),
    "check": ("sql", "check"),
    "sql": ("sql", "sql"),
    "ask": ("ask", "ask"),
    "undo": ("audit", "undo"),
    "audit": ("audit", "audit"),
    "approvals": ("approvals", "app"),
    "db": ("db", "app"),
    "users": ("users", "app"),
    "chat": ("chat", "chat"),
    "tasks": ("tasks", "app"),
}


def build_app(names: list[str] | None = None) -> typer.Typer:
    """The root app with these commands (all when none is named)."""
    app = typer.Typer(
        name="pgpilot",
        help="Let AI agents act on PostgreSQL safely.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.callback()(root)
    for name in names or list(COMMANDS):
        module_name, attribute = COMMANDS[name]
        module = importlib.import_module(f"pgpilot.cli.{module_name}")
        command = getattr(module, attribute)
        if isinstance(command, typer.Typer):
            app.add_typer(command, name=name)
        else:
            app.command(name=name)(command)
    return app


def invoked(argv: list[str]) -> list[str]:
    """The command an argument list runs, when it names one."""
    first = next((arg for arg in argv[1:] if not arg.startswith("-")), None)
    return [first] if first in COMMANDS else []


def _version(value: bool) -> None:
    if value:
        out.print(f"pgpilot {__version__}")
        raise typer.Exit()


def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Let AI agents act on PostgreSQL safely."""


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    # SystemExit unwinds `finally` blocks, so the embedded PostgreSQL is stopped.
    raise SystemExit(128 + signum)


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    if sys.argv[1:] == ["--version"]:  # asked before every MCP launch by some clients
        out.print(f"pgpilot {__version__}")
        return
    try:
        build_app(invoked(sys.argv))()
    except ConfigError as exc:
        fail(exc.message)
        sys.exit(2)
    except PgpilotError as exc:
        fail(exc.message)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last resort: a user sees one line, the log has the rest
        logging.getLogger("pgpilot").debug("unexpected error", exc_info=exc)
        fail(f"unexpected {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        sys.exit(1)
