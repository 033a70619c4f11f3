"""`pgpilot db …`: the app database's schema."""

from typing import Annotated

import typer

from pgpilot import runtime
from pgpilot.cli.context import starting
from pgpilot.cli.output import err, out
from pgpilot.settings import load_settings
from pgpilot.sql import roles as target_roles
from pgpilot.sql.targets import Targets

app = typer.Typer(help="Manage pgpilot's own database.", no_args_is_help=True)


@app.command()
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply migrations to the app database (DATABASE_URL, or the embedded one)."""
    with starting(), runtime.databases(load_settings(), migrate_app=False) as settings:
        runtime.upgrade_app_database(settings, revision)
        now = runtime.app_revision(settings)
    out.print(f"app database at revision {now}")


@app.command()
def downgrade(
    revision: Annotated[
        str, typer.Argument(help="Target revision; `base` removes every pgpilot table.")
    ],
) -> None:
    """Revert migrations of the app database down to REVISION."""
    with starting(), runtime.databases(load_settings(), migrate_app=False) as settings:
        runtime.downgrade_app_database(settings, revision)
        now = runtime.app_revision(settings)
    out.print(f"app database at revision {now or 'base'}")


@app.command()
def roles(
    target: Annotated[
        str | None,
        typer.Option("--target", "-t", help="Target name (PGPILOT_TARGETS) or postgresql:// URL."),
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Run the statements instead of printing them.")
    ] = False,
) -> None:
    """Print (or apply) least-privilege roles pgpilot_reader / pgpilot_writer for a target."""
    with runtime.databases(load_settings(), migrate_app=False, need_app=False) as settings:
        chosen = Targets.from_settings(settings).resolve(target, allow_url=True)
        with runtime.reachable(f"target {chosen.name!r}", chosen.url):
            if apply:
                count = target_roles.apply_roles(chosen.url)
                out.print(f"applied {count} statements to {chosen.display}", markup=False)
            else:
                limit = settings.temp_file_limit_kb
                print(target_roles.target_roles_sql(chosen.url, temp_file_limit_kb=limit), end="")
            warning = target_roles.role_warning(chosen.name, chosen.url)
            if warning is not None:
                err.print(warning, markup=False, style="bold red")


@app.command()
def demo(
    target: Annotated[
        str | None,
        typer.Option("--target", "-t", help="Target name (PGPILOT_TARGETS) or postgresql:// URL."),
    ] = None,
) -> None:
    """Fill a target with the sample shop (customers, products, orders), if it has none yet."""
    from pgpilot.db.demo import ensure_demo

    with runtime.databases(load_settings(), migrate_app=False, need_app=False) as settings:
        chosen = Targets.from_settings(settings).resolve(target, allow_url=True)
        with runtime.reachable(f"target {chosen.name!r}", chosen.url):
            made = ensure_demo(chosen.url)
    verb = "created the sample shop in" if made else "the sample shop is already in"
    out.print(f"{verb} {chosen.display}", markup=False)
