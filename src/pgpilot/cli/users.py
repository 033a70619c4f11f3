"""`pgpilot users …`: accounts of the task assistant."""

from typing import Annotated

import typer

from pgpilot.cli.context import run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.services import Services

app = typer.Typer(help="Manage pgpilot accounts.", no_args_is_help=True)


@app.command()
def create(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            help="8 characters or more; asked for (hidden) when not given.",
        ),
    ],
    timezone: Annotated[
        str, typer.Option(help="IANA time zone for due dates, e.g. Europe/Paris.")
    ] = "UTC",
    approver: Annotated[
        bool, typer.Option("--approver", help="Allow this account to approve writes.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Create an account that can log in to the API and the task assistant."""
    from pgpilot.auth.users import User, register_user, set_approver

    async def call(services: Services) -> User:
        user = await register_user(
            services.app_db, email=email, password=password, timezone=timezone
        )
        return await set_approver(services.app_db, user.email, allowed=True) if approver else user

    with errors_as_json(as_json):
        user = run_service(call)
    if as_json:
        print_json(user.to_dict())
        return
    role = ", may approve writes" if user.can_approve else ""
    out.print(
        f"created user {user.id} {user.email} (time zone {user.timezone}{role})", markup=False
    )


@app.command("approver")
def approver_command(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    revoke: Annotated[bool, typer.Option("--revoke", help="Take the right away.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Allow an account to approve or reject writes on the web page and over REST."""
    from pgpilot.auth.users import User, set_approver

    async def call(services: Services) -> User:
        return await set_approver(services.app_db, email, allowed=not revoke)

    with errors_as_json(as_json):
        user = run_service(call)
    if as_json:
        print_json(user.to_dict())
        return
    verb = "may approve writes" if user.can_approve else "may no longer approve writes"
    out.print(f"{user.email} {verb}", markup=False)
