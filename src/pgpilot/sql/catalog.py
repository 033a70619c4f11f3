"""What the target's catalog says about functions the classifier does not know."""

from psycopg_pool import AsyncConnectionPool

# A name counts as stable only if every function of that name (all overloads, all schemas)
# is IMMUTABLE or STABLE, since the classifier does not know which overload a call picks, and
# none is SECURITY DEFINER, which would run with its owner's rights instead of the caller's.
STABLE_SQL = """
SELECT proname
FROM pg_catalog.pg_proc
WHERE proname = ANY(%s)
GROUP BY proname
HAVING bool_and(provolatile IN ('i', 's') AND NOT prosecdef)
"""


async def stable_functions(pool: AsyncConnectionPool, names: tuple[str, ...]) -> frozenset[str]:
    """The names among `names` that are IMMUTABLE or STABLE in the target; missing ones are not."""
    if not names:
        return frozenset()
    async with pool.connection() as conn:
        rows = await (await conn.execute(STABLE_SQL, (list(names),))).fetchall()
    return frozenset(str(name) for (name,) in rows)
