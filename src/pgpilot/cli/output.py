"""Console output for commands: data to stdout, errors as one line to stderr."""

from rich.console import Console

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    """Print one error line."""
    err.print(f"[bold red]error:[/] {message}", markup=True)
