"""`pgpilot chat --user EMAIL`: talk to the task assistant in the terminal."""

import asyncio
from typing import TYPE_CHECKING, Annotated

import typer

from pgpilot.cli.context import run_service
from pgpilot.cli.output import out, print_json
from pgpilot.services import Services

if TYPE_CHECKING:
    from pgpilot.agent.assistant import ChatReply

LEAVE = frozenset({"exit", "quit", "bye", "/quit", "/exit"})


def chat(
    user: Annotated[str, typer.Option("--user", help="Email of the account to chat as.")],
    new: Annotated[
        bool, typer.Option("--new", help="Start a new conversation (default: go on).")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print each reply as one JSON line.")
    ] = False,
) -> None:
    """Chat with the task assistant as USER; Ctrl-D or "exit" leaves."""

    async def converse(services: Services) -> None:
        from pgpilot.agent.assistant import chat_turn
        from pgpilot.auth.users import find_user
        from pgpilot.errors import NotFound
        from pgpilot.llm.models import model_name

        account = await find_user(services.app_db, user)
        if account is None:
            raise NotFound(f"no account {user!r}; create it with: pgpilot users create EMAIL")
        agent = services.task_agent()
        conversation_id = None  # the first turn goes on with the most recent one, or a new one
        if not as_json:
            out.print(
                f"[bold]pgpilot[/] task assistant for {account.email} "
                f"(model {model_name(services.settings)}). Ctrl-D or 'exit' leaves.",
                markup=True,
            )
        while (line := await asyncio.to_thread(_ask, as_json)) is not None:
            if not line.strip():
                continue
            if line.strip().lower() in LEAVE:
                break
            reply = await chat_turn(
                services.app_db,
                agent,
                services.settings,
                user=account,
                message=line,
                conversation_id=conversation_id,
                new_conversation=new and conversation_id is None,
            )
            conversation_id = reply.conversation_id
            _show(reply, as_json)

    run_service(converse)


def _ask(quiet: bool) -> str | None:
    try:
        return input() if quiet else out.input("[bold green]you[/] > ")
    except EOFError:
        return None


def _show(reply: "ChatReply", as_json: bool) -> None:
    if as_json:
        print_json(reply.to_dict())
        return
    for call in reply.tool_calls:
        mark = "✓" if call.status == "success" else "✗"
        out.print(f"  [dim]{mark} {call.tool_name} {call.arguments}[/]", markup=True)
    style = "red" if reply.error_code else "cyan"
    out.print(f"[bold {style}]pgpilot[/] > ", end="", markup=True)
    out.print(reply.message, markup=False)
