"""`pgpilot users …`: accounts of the task assistant."""

from typing import Annotated

import typer

from pgpilot.auth.actors import Access
from pgpilot.cli.context import operator, run_service
from pgpilot.cli.output import errors_as_json, out, print_json
from pgpilot.cli.sql import JsonOption
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
    from pgpilot.auth.passwords import HashCost
    from pgpilot.auth.users import User, register_user, set_approver

    async def call(services: Services) -> User:
        user = await register_user(
            services.app_db,
            email=email,
            password=password,
            timezone=timezone,
            cost=HashCost.of(services.settings),
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


@app.command("admin")
def admin_command(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    revoke: Annotated[bool, typer.Option("--revoke", help="Take the right away.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Make an account an admin: the whole audit log, every target, anyone's execute and undo."""
    _set_flag(email, "is_admin", value=not revoke, as_json=as_json)


@app.command("disable")
def disable_command(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    enable: Annotated[bool, typer.Option("--enable", help="Let the account in again.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Disable an account: its tokens stop working at once, on every face."""
    _set_flag(email, "is_active", value=enable, as_json=as_json)


FLAG_WORDS = {
    ("is_admin", True): "is an admin",
    ("is_admin", False): "is no longer an admin",
    ("is_active", True): "is enabled",
    ("is_active", False): "is disabled",
}


def _set_flag(email: str, flag: str, *, value: bool, as_json: bool) -> None:
    from pgpilot.auth.users import User, set_flag

    async def call(services: Services) -> User:
        return await set_flag(services.app_db, email, flag, value=value)

    with errors_as_json(as_json):
        user = run_service(call)
    if as_json:
        print_json(user.to_dict())
    else:
        out.print(f"{user.email} {FLAG_WORDS[flag, value]}", markup=False)


@app.command("grant")
def grant_command(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    target: Annotated[str, typer.Option("--target", "-t", help="A configured target's name.")],
    write: Annotated[
        bool, typer.Option("--write", help="Also let them request writes (approval still rules).")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Let an account read a SQL target (and, with --write, request writes on it)."""
    from pgpilot.auth.grants import grant

    access: Access = "write" if write else "read"

    async def call(services: Services) -> None:
        services.targets.resolve(target)  # a configured name, never a URL
        await grant(services.app_db, email=email, target=target, access=access, by=operator().name)

    with errors_as_json(as_json):
        run_service(call)
    if as_json:
        print_json({"email": email.strip().lower(), "target": target, "access": access})
    else:
        verb = "may read and request writes on" if write else "may read"
        out.print(f"{email.strip().lower()} {verb} target {target}", markup=False)


@app.command("revoke")
def revoke_command(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    target: Annotated[str, typer.Option("--target", "-t", help="The target's name.")],
    as_json: JsonOption = False,
) -> None:
    """Take an account's access to a SQL target away."""
    from pgpilot.auth.grants import revoke

    async def call(services: Services) -> bool:
        return await revoke(services.app_db, email=email, target=target)

    with errors_as_json(as_json):
        had = run_service(call)
    if as_json:
        print_json({"email": email.strip().lower(), "target": target, "revoked": had})
    else:
        word = "no longer has access to" if had else "had no access to"
        out.print(f"{email.strip().lower()} {word} target {target}", markup=False)


@app.command("grants")
def grants_command(
    email: Annotated[str | None, typer.Argument(help="Only this account.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Who may use which SQL target."""
    from pgpilot.auth.grants import Grant, list_grants

    async def call(services: Services) -> list[Grant]:
        return await list_grants(services.app_db, email=email)

    with errors_as_json(as_json):
        found = run_service(call)
    if as_json:
        print_json([item.to_dict() for item in found])
        return
    if not found:
        out.print("no grants", markup=False)
    for item in found:
        out.print(f"{item.email}  {item.target}  {item.access}", markup=False)
