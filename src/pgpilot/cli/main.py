"""`pgpilot`: the root command, its options, and the one place CLI errors are rendered."""

import logging
import signal
import sys
from types import FrameType
from typing import Annotated

import typer

from pgpilot import __version__
from pgpilot.cli import approvals, ask, audit, chat, db, mcp, serve, sql, tasks, users
from pgpilot.cli.output import fail, out
from pgpilot.errors import ConfigError, PgpilotError

app = typer.Typer(
    name="pgpilot",
    help="Let AI agents act on PostgreSQL safely.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command(name="serve")(serve.serve)
app.command(name="mcp")(mcp.mcp)
app.command(name="check")(sql.check)
app.command(name="sql")(sql.sql)
app.command(name="ask")(ask.ask)
app.command(name="undo")(audit.undo)
app.command(name="audit")(audit.audit)
app.add_typer(approvals.app, name="approvals")
app.add_typer(db.app, name="db")
app.add_typer(users.app, name="users")
app.command(name="chat")(chat.chat)
app.add_typer(tasks.app, name="tasks")


def _version(value: bool) -> None:
    if value:
        out.print(f"pgpilot {__version__}")
        raise typer.Exit()


@app.callback()
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
    try:
        app()
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
