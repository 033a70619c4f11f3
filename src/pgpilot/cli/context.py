"""Run one async service call from a command, with the process's databases and pools."""

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from typing import TypeVar

from pgpilot import runtime
from pgpilot.auth.actors import Actor
from pgpilot.services import Services
from pgpilot.settings import load_settings

T = TypeVar("T")


def run_service(call: Callable[[Services], Awaitable[T]]) -> T:
    """Bring databases up (embedded if unset), build Services, run `call`, close everything."""
    with runtime.databases(load_settings()) as settings:
        return asyncio.run(_with_services(settings, call))


async def _with_services(settings: object, call: Callable[[Services], Awaitable[T]]) -> T:
    from pgpilot.settings import Settings

    assert isinstance(settings, Settings)
    services = await Services.start(settings)
    try:
        return await call(services)
    finally:
        await services.close()


def operator(by: str | None = None) -> Actor:
    """The operator at this console: every right; `--by` only names them in the log."""
    return Actor.console(by or f"cli:{getpass.getuser()}")
