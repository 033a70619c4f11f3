"""`pgpilot tasks …`: the task assistant's planner, seen from the terminal."""

import sys
from datetime import date
from typing import Annotated

import typer

from pgpilot.cli.output import print_json
from pgpilot.errors import ValidationError

app = typer.Typer(help="The task assistant's offline planner.", no_args_is_help=True)


@app.command()
def parse(
    message: Annotated[
        str | None, typer.Argument(help="A chat message, e.g. 'add buy milk tomorrow'.")
    ] = None,
    today: Annotated[
        str | None, typer.Option(help="Read dates as if today were YYYY-MM-DD.")
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One message per stdin line, one JSON line each.")
    ] = False,
) -> None:
    """How the offline planner reads a message: {"tool", "arguments", "reply", "task"}.

    Nothing is read or changed: dates become YYYY-MM-DD, a task named by title or "it" is
    in "task" (the chat looks it up), and delete asks first ("confirmed": false).
    """
    from pgpilot.llm.grammar import read

    day = _day(today)
    if jsonl:
        for line in sys.stdin:
            if line.strip():
                print_json(read(line, today=day).to_dict())
        return
    if message is None:
        raise ValidationError("give a MESSAGE, or --jsonl with messages on stdin")
    print_json(read(message, today=day).to_dict())


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"--today must be YYYY-MM-DD, got {text!r}") from None
