"""Run one async service call from a command, with the process's databases and pools."""

import asyncio
import getpass
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TypeVar

from pgpilot import runtime
from pgpilot.auth.actors import Actor
from pgpilot.errors import ConfigError, PgpilotError
from pgpilot.services import Services
from pgpilot.settings import Settings, load_settings

T = TypeVar("T")


def run_service(call: Callable[[Services], Awaitable[T]]) -> T:
    """Bring databases up (embedded if unset), build Services, run `call`, close everything."""
    with ExitStack() as stack:
        with starting():
            settings = stack.enter_context(runtime.databases(load_settings()))
        return asyncio.run(_with_services(settings, call))


async def _with_services(settings: Settings, call: Callable[[Services], Awaitable[T]]) -> T:
    with starting():
        services = await Services.start(settings)
    try:
        return await call(services)
    finally:
        await services.close()


@contextmanager
def starting() -> Iterator[None]:
    """A failure while the process starts is a ConfigError: one line and exit 2, never JSON."""
    try:
        yield
    except ConfigError:
        raise
    except PgpilotError as exc:
        raise ConfigError(exc.message, error_code=exc.error_code) from exc


def operator(by: str | None = None) -> Actor:
    """The operator at this console: every right; `--by` only names them in the log."""
    return Actor.console(by or f"cli:{getpass.getuser()}")
