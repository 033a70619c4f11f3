"""Actors kept between calls, dropped when PostgreSQL says their user or grants changed.

Triggers on users and target_grants send NOTIFY pgpilot_actors with the user's id (migration
0014); one LISTEN connection per cache drops that user's entries when the notice arrives.
Nothing is cached while that connection is not listening, and everything is dropped when it
is lost or (re)connects, since notices may have been missed meanwhile; a TTL bounds an entry's
life should a dead network go unnoticed. A lookup that a notice overtook is not kept.
"""

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from psycopg_pool import AsyncConnectionPool

from pgpilot.db.notices import Listener

if TYPE_CHECKING:
    from pgpilot.auth.actors import Actor

CHANNEL: Final = "pgpilot_actors"
APPLICATION_NAME: Final = "pgpilot-actors"
RECONNECT_S: Final = 1.0
MAX_ENTRIES: Final = 10_000
Key = tuple[str, object]  # ("id", 7) or ("email", "ada@example.com")


@dataclass(frozen=True, slots=True)
class _Entry:
    actor: "Actor"
    expires: float  # time.monotonic()


class ActorCache:
    """Actors by user id and by email, each valid until a notice, a lost listener or its TTL."""

    def __init__(self, conninfo: str, *, ttl_s: float, reconnect_s: float = RECONNECT_S) -> None:
        self._ttl_s = ttl_s
        self._entries: dict[Key, _Entry] = {}
        self._generation = 0  # moves on every notice, connect and loss
        self._live = False  # LISTEN is in effect on an open connection
        # Listening from (re)connect: whatever changed before may have been missed.
        self._listener = Listener(
            conninfo,
            CHANNEL,
            application_name=APPLICATION_NAME,
            on_notice=self._drop,
            on_listening=lambda live: self._forget(live=live),
            reconnect_s=reconnect_s,
        )
        self.lookups = 0  # database lookups made, for tests and benchmarks

    @property
    def listening(self) -> bool:
        """Whether notices can reach this cache now (else it keeps nothing)."""
        return self._live

    async def get(self, key: Key, load: Callable[[], Awaitable["Actor"]]) -> "Actor":
        """The cached actor of `key`, or `load()`'s, kept if no notice came meanwhile."""
        if self._ttl_s <= 0:
            self.lookups += 1
            return await load()
        self._listener.start()
        now = time.monotonic()
        entry = self._entries.get(key)
        if entry is not None and self._live and entry.expires > now:
            return entry.actor
        generation = self._generation
        self.lookups += 1
        actor = await load()  # its errors (gone, disabled) are never kept
        if self._live and generation == self._generation:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = _Entry(actor, now + self._ttl_s)
        return actor

    async def close(self) -> None:
        """Stop listening and forget every actor."""
        await self._listener.close()
        self._forget(live=False)

    def _forget(self, *, live: bool) -> None:
        self._live = live
        self._generation += 1
        self._entries.clear()

    def _drop(self, payload: str) -> None:
        self._generation += 1
        if not payload.isdigit():  # '*': users or grants were truncated
            self._entries.clear()
            return
        user_id = int(payload)
        for key in [key for key, entry in self._entries.items() if entry.actor.id == user_id]:
            del self._entries[key]


class AppPool(AsyncConnectionPool):
    """The app database's pool, with the actors of its process (auth/actors.py looks there)."""

    def __init__(self, conninfo: str, *, actor_ttl_s: float, **kwargs: Any) -> None:
        super().__init__(conninfo, **kwargs)
        self.actors = ActorCache(conninfo, ttl_s=actor_ttl_s)

    async def close(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 (the pool's own)
        """Close the pool and its listener."""
        await self.actors.close()
        await super().close(timeout)
