"""Unique keys of a target's tables: whether a point read can return more than one row.

Only a hint for the read executor (a wrong one costs a second run, never a wrong answer), so
the keys are kept per target for the catalog's TTL and a failed look-up counts as no keys.
A key counts only where it bounds every row the name reads: a full, valid, unique index on
plain columns of a table without inheritance children (or a partitioned table, whose unique
indexes span its partitions).
"""

import logging
import time
from dataclasses import dataclass

import psycopg
from psycopg_pool import AsyncConnectionPool

from pgpilot.sql.verdict import Lookup

log = logging.getLogger(__name__)

KEYS_SQL = """
SELECT n.nspname::text, c.relname::text, pg_catalog.pg_table_is_visible(c.oid),
       array(SELECT a.attname::text
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num
             WHERE k.ord <= i.indnkeyatts)
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE i.indisunique AND i.indisvalid AND i.indpred IS NULL AND NOT 0 = ANY (i.indkey::int2[])
  AND (c.relkind = 'p' OR (c.relkind IN ('r', 'm') AND NOT c.relhassubclass))
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
"""


@dataclass(frozen=True, slots=True)
class UniqueKeys:
    """The unique keys of each table, by schema.name and, where the search path finds it, name."""

    by_table: dict[str, tuple[frozenset[str], ...]]

    def covers(self, found: Lookup) -> bool:
        """Whether the lookup's columns hold a whole unique key of its table."""
        return any(key <= found.columns for key in self.by_table.get(found.table, ()))


class KeyCache:
    """`UniqueKeys` per target, kept for `ttl_s` seconds (pgpilot's own DDL clears them)."""

    def __init__(self, ttl_s: float) -> None:
        self._ttl_s = ttl_s
        self._entries: dict[str, tuple[float, UniqueKeys]] = {}

    async def keys(self, key: str, pool: AsyncConnectionPool) -> UniqueKeys:
        """The target's unique keys, from the cache or one catalog query."""
        entry = self._entries.get(key)
        now = time.monotonic()
        if entry is not None and now - entry[0] < self._ttl_s:
            return entry[1]
        try:
            async with pool.connection() as conn:
                rows = await (await conn.execute(KEYS_SQL)).fetchall()
        except psycopg.Error as exc:
            log.warning("could not read the unique keys of target %r: %s", key, exc)
            rows = []
        found: dict[str, list[frozenset[str]]] = {}
        for schema, name, visible, columns in rows:
            for table in (f"{schema}.{name}", name) if visible else (f"{schema}.{name}",):
                found.setdefault(table, []).append(frozenset(columns))
        keys = UniqueKeys({table: tuple(sets) for table, sets in found.items()})
        self._entries[key] = (now, keys)
        return keys

    def invalidate(self, key: str) -> None:
        """Forget a target's keys, after DDL that may have changed them."""
        self._entries.pop(key, None)
