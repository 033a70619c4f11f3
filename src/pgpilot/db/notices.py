"""A LISTEN connection kept up in the background: reconnects after a loss, says when it listens.

Its users (approvals/listener.py, auth/actor_cache.py) must treat every change of `listening`
as "notices may have been missed": a connection that is not listening yet, or no more, hears
nothing, and NOTIFY is not queued for it.
"""

import asyncio
import logging
from collections.abc import Callable
from contextlib import suppress

import psycopg
from psycopg import sql

log = logging.getLogger(__name__)


class Listener:
    """LISTEN `channel` on a connection of its own, started on first use, until `close()`."""

    def __init__(
        self,
        conninfo: str,
        channel: str,
        *,
        application_name: str,
        on_notice: Callable[[str], None],
        on_listening: Callable[[bool], None],
        reconnect_s: float,
    ) -> None:
        self._conninfo = conninfo
        self._channel = channel
        self._application_name = application_name
        self._on_notice = on_notice
        self._on_listening = on_listening
        self._reconnect_s = reconnect_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Listen from now on, unless already listening (or trying to)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name=self._application_name)

    async def close(self) -> None:
        """Stop listening and release the connection."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name=self._application_name
                ) as conn:
                    await conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
                    self._on_listening(True)
                    async for notice in conn.notifies():
                        self._on_notice(notice.payload)
            except (psycopg.Error, OSError) as exc:
                log.warning("%s lost its connection, reconnecting: %s", self._application_name, exc)
            finally:
                self._on_listening(False)
            await asyncio.sleep(self._reconnect_s)
