"""`pgpilot db …`: the app database's schema."""

from typing import Annotated

import typer

from pgpilot import runtime
from pgpilot.cli.output import out
from pgpilot.db import migrate
from pgpilot.settings import load_settings

app = typer.Typer(help="Manage pgpilot's own database.", no_args_is_help=True)


@app.command()
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply migrations to the app database (DATABASE_URL, or the embedded one)."""
    with runtime.databases(load_settings(), migrate_app=False) as settings:
        runtime.upgrade_app_database(settings, revision)
        now = migrate.current_revision(runtime.app_url(settings))
    out.print(f"app database at revision {now}")


@app.command()
def downgrade(
    revision: Annotated[
        str, typer.Argument(help="Target revision; `base` removes every pgpilot table.")
    ],
) -> None:
    """Revert migrations of the app database down to REVISION."""
    with runtime.databases(load_settings(), migrate_app=False) as settings:
        runtime.downgrade_app_database(settings, revision)
        now = migrate.current_revision(runtime.app_url(settings))
    out.print(f"app database at revision {now or 'base'}")
