"""Console output for commands: data to stdout, errors as one line to stderr."""

import json
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

from pgpilot.errors import ConfigError, PgpilotError

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    """Print one error line."""
    err.print(f"[bold red]error:[/] {message}", markup=True, emoji=False)


def print_json(data: object) -> None:
    """One JSON document on stdout, nothing else."""
    print(json.dumps(data, ensure_ascii=False, default=str))


@contextmanager
def errors_as_json(enabled: bool) -> Iterator[None]:
    """With --json, report an error as the envelope on stdout (exit 1) instead of a line.

    A start-up failure (ConfigError) is no answer of the command: it stays one line, exit 2.
    """
    try:
        yield
    except ConfigError:
        raise  # the process could not start: exit 2 with one line, there is no answer
    except PgpilotError as exc:
        if not enabled:
            raise
        print_json(exc.envelope())
        raise typer.Exit(1) from exc
