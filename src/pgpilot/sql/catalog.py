"""What the target's catalog says: unknown functions, code reached without a call, the role.

The classifier is pure, so it sees names only. PostgreSQL also runs functions that no call
node names: an operator's function (`1 === 2`), a cast's or a domain CHECK's function
(`1::traced_int`), and a function taking a row, reached by attribute notation (`c.badge` when
`badge(customers)` exists). `HIDDEN_SQL` lists, in one query, every such name of the target
backed by code that is not a plain read, and the views and row-level policies that run such
code; `HiddenCode.calls_in` finds them in a statement.
"""

import re
import time
from dataclasses import dataclass

import orjson
import psycopg
from pglast.parser import parse_sql_json
from psycopg_pool import AsyncConnectionPool

from pgpilot.sql.functions import HARMLESS_VOLATILE

# Code written in SQL or a procedural language by anyone who may CREATE FUNCTION. On a role
# that may write server files or run programs, its IMMUTABLE/STABLE label proves nothing: a
# "STABLE" function can still COPY … TO a file with the caller's rights. C and internal
# functions (languages 12 and 13, fixed oids) can only come from a superuser, so they are as
# trusted as the server.
_USER_CODE = """
(%(elevated)s AND {p}.oid >= 16384 AND {p}.prolang NOT IN (12, 13))
"""

# A name counts as stable only if every function of that name (all overloads, all schemas)
# is IMMUTABLE or STABLE, since the classifier does not know which overload a call picks, and
# none is SECURITY DEFINER, which would run with its owner's rights instead of the caller's.
STABLE_SQL = f"""
SELECT proname
FROM pg_catalog.pg_proc p
WHERE proname = ANY(%(names)s)
GROUP BY proname
HAVING bool_and(provolatile IN ('i', 's') AND NOT prosecdef AND NOT {_USER_CODE.format(p="p")})
"""

HIDDEN_SQL = f"""
WITH RECURSIVE unsafe AS (
  SELECT p.oid, p.proname::text AS proname, p.pronamespace,
         CASE WHEN p.provolatile = 'v' THEN 'VOLATILE'
              WHEN p.prosecdef THEN 'SECURITY DEFINER'
              ELSE 'user code run by a role that can write server files' END AS why
  FROM pg_catalog.pg_proc p
  WHERE p.provolatile = 'v' OR p.prosecdef OR {_USER_CODE.format(p="p")}
), ops AS (
  SELECT o.oid, o.oprname::text AS name, u.proname, u.why
  FROM pg_catalog.pg_operator o,
       LATERAL (VALUES (o.oprcode::oid), (o.oprrest::oid), (o.oprjoin::oid)) AS f(oid)
       JOIN unsafe u ON u.oid = f.oid
), typed(type_oid, why) AS (
  SELECT c.casttarget, 'a cast to it runs ' || u.proname || '(), ' || u.why
  FROM pg_catalog.pg_cast c JOIN unsafe u ON u.oid = c.castfunc
  UNION
  SELECT t.oid, 'its input function ' || u.proname || '() is ' || u.why
  FROM pg_catalog.pg_type t,
       LATERAL (VALUES (t.typinput::oid), (t.typreceive::oid), (t.typmodin::oid)) AS f(oid)
       JOIN unsafe u ON u.oid = f.oid
  UNION
  SELECT con.contypid, 'its CHECK runs ' || coalesce(u.proname, o.proname) || '(), '
                       || coalesce(u.why, o.why)
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_constraint'::regclass AND d.objid = con.oid
  LEFT JOIN unsafe u ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.refobjid = u.oid
  LEFT JOIN ops o ON d.refclassid = 'pg_catalog.pg_operator'::regclass AND d.refobjid = o.oid
  WHERE con.contypid <> 0 AND (u.oid IS NOT NULL OR o.oid IS NOT NULL)
  UNION
  SELECT t.oid, 'it is built on ' || format_type(typed.type_oid, NULL) || ': ' || typed.why
  FROM typed JOIN pg_catalog.pg_type t  -- a domain over it, or an array of it
    ON t.typbasetype = typed.type_oid OR (t.typelem = typed.type_oid AND t.typlen = -1)
), named(name, why) AS (
  SELECT proname, 'may call ' || proname || '(), which is ' || why
  FROM unsafe WHERE pronamespace <> 'pg_catalog'::regnamespace
  UNION ALL
  SELECT name, 'uses operator ' || name || ', which runs ' || proname || '(), ' || why FROM ops
  UNION ALL
  SELECT t.typname::text, 'uses type ' || t.typname || '; ' || typed.why
  FROM typed JOIN pg_catalog.pg_type t ON t.oid = typed.type_oid
), code(refclassid, refobjid, why) AS (  -- what a view's query or a policy may depend on
  SELECT 'pg_catalog.pg_proc'::regclass, oid, proname || '(), which is ' || why FROM unsafe
  WHERE pronamespace <> 'pg_catalog'::regnamespace OR NOT proname = ANY(%(harmless)s)
  UNION ALL
  SELECT 'pg_catalog.pg_operator'::regclass, oid, 'operator ' || name || ' (' || proname
         || '(), ' || why || ')' FROM ops
), relations(oid, why) AS (  -- views and row-level policies that run such code when read
  SELECT DISTINCT coalesce(r.ev_class, pol.polrelid), code.why
  FROM pg_catalog.pg_depend d
  JOIN code ON code.refclassid = d.refclassid AND code.refobjid = d.refobjid
  LEFT JOIN pg_catalog.pg_rewrite r
    ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND r.oid = d.objid
  LEFT JOIN pg_catalog.pg_policy pol
    ON d.classid = 'pg_catalog.pg_policy'::regclass AND pol.oid = d.objid
  WHERE r.oid IS NOT NULL OR pol.oid IS NOT NULL
  UNION
  SELECT r.ev_class, relations.why  -- a view over such a view
  FROM relations
  JOIN pg_catalog.pg_depend d
    ON d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = relations.oid
   AND d.classid = 'pg_catalog.pg_rewrite'::regclass
  JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid AND r.ev_class <> relations.oid
), anywhere(why) AS (
  SELECT 'the target has an implicit cast from ' || format_type(c.castsource, NULL) || ' to '
         || format_type(c.casttarget, NULL) || ' that runs ' || u.proname || '(), ' || u.why
  FROM pg_catalog.pg_cast c JOIN unsafe u ON u.oid = c.castfunc
  WHERE c.castcontext IN ('i', 'a')
  UNION ALL
  SELECT 'values of type ' || t.typname || ' are output by ' || u.proname || '(), ' || u.why
  FROM pg_catalog.pg_type t,
       LATERAL (VALUES (t.typoutput::oid), (t.typsend::oid)) AS f(oid)
       JOIN unsafe u ON u.oid = f.oid
  UNION ALL
  SELECT 'an operator class runs ' || u.proname || '() to sort or hash, ' || u.why
  FROM pg_catalog.pg_amproc a JOIN unsafe u ON u.oid = a.amproc
  UNION ALL
  SELECT 'an operator class uses operator ' || o.name || ' to sort or hash; it runs '
         || o.proname || '(), ' || o.why
  FROM pg_catalog.pg_amop a JOIN ops o ON o.oid = a.amopopr
)
SELECT (SELECT coalesce(json_object_agg(name, whys), '{{}}')
        FROM (SELECT name, string_agg(DISTINCT why, '; ') AS whys FROM named GROUP BY name) n),
       (SELECT coalesce(json_agg(DISTINCT why), '[]') FROM anywhere),
       (SELECT coalesce(json_object_agg(name, whys), '{{}}')
        FROM (SELECT c.relname::text AS name,
                     'reads ' || c.relname || ', whose view or policy runs '
                     || string_agg(DISTINCT relations.why, '; ') AS whys
              FROM relations JOIN pg_catalog.pg_class c ON c.oid = relations.oid
              WHERE c.relkind <> 'm'  -- a materialized view is read, not run
                AND c.relnamespace NOT IN ('pg_catalog'::regnamespace,
                                           'information_schema'::regnamespace)
              GROUP BY c.relname) v)
"""

ROLE_SQL = """
SELECT current_user::text, r.rolsuper,
       pg_catalog.pg_has_role(current_user, 'pg_write_server_files', 'USAGE'),
       pg_catalog.pg_has_role(current_user, 'pg_execute_server_program', 'USAGE'),
       r.rolsuper OR pg_catalog.has_parameter_privilege('temp_file_limit', 'SET')
FROM pg_catalog.pg_roles r WHERE r.rolname = current_user
"""

_IDENTIFIER = re.compile(r'\{"String":\{"sval":("[^"\\]*(?:\\.[^"\\]*)*")\}\}')


@dataclass(frozen=True, slots=True)
class RoleFacts:
    """What the role pgpilot connects as may do beyond SQL on tables."""

    name: str
    superuser: bool
    write_files: bool
    run_programs: bool
    may_limit_temp_files: bool

    @property
    def elevated(self) -> bool:
        """Whether code run by this role can write server files or run programs."""
        return self.superuser or self.write_files or self.run_programs

    def warning(self, target: str) -> str | None:
        """A loud line for `serve` and `db roles` when the role can do more than it should."""
        if not self.elevated:
            return None
        powers = [
            word
            for word, held in (
                ("is a superuser", self.superuser),
                ("holds pg_write_server_files", self.write_files and not self.superuser),
                ("holds pg_execute_server_program", self.run_programs and not self.superuser),
            )
            if held
        ]
        return (
            f"WARNING: target {target!r} connects as {self.name!r}, which {' and '.join(powers)}: "
            "code in the database can write server files and run programs with its rights, so "
            "pgpilot treats every user-defined function as a write. Connect as a "
            "least-privilege role instead: `pgpilot db roles --target "
            f"{target}` prints them."
        )


async def role_facts(conn: psycopg.AsyncConnection) -> RoleFacts:
    """The connected role's powers (one query)."""
    row = await (await conn.execute(ROLE_SQL)).fetchone()
    assert row is not None  # current_user always has a pg_roles row
    return RoleFacts(str(row[0]), *(bool(value) for value in row[1:]))


def role_facts_sync(conn: psycopg.Connection) -> RoleFacts:
    """`role_facts` for the CLI's blocking connections."""
    row = conn.execute(ROLE_SQL).fetchone()
    assert row is not None
    return RoleFacts(str(row[0]), *(bool(value) for value in row[1:]))


@dataclass(frozen=True, slots=True)
class HiddenCode:
    """Names in a target that run non-read code without a call node, and code that runs anywhere."""

    names: dict[str, str]
    anywhere: tuple[str, ...]
    relations: dict[str, str]  # views and tables with policies that run such code

    @property
    def empty(self) -> bool:
        """Whether nothing in the target runs non-read code without a call."""
        return not (self.names or self.anywhere or self.relations)

    def calls_in(self, sql: str, tables: tuple[str, ...] = ()) -> list[tuple[str, str]]:
        """(name, why) for each such name the statement uses; everything when code runs anywhere."""
        found = [("", why) for why in self.anywhere]
        for table in tables:
            name = table.split(".")[-1]
            if name in self.relations:
                found.append((name, self.relations[name]))
        if self.names:
            seen = {_decode(m) for m in _IDENTIFIER.findall(parse_sql_json(sql))}
            found += [(name, self.names[name]) for name in sorted(seen & self.names.keys())]
        return found


class CatalogCache:
    """`HiddenCode` per target, kept for `ttl_s` seconds (pgpilot's own DDL clears it)."""

    def __init__(self, ttl_s: float) -> None:
        self._ttl_s = ttl_s
        self._entries: dict[str, tuple[float, HiddenCode]] = {}

    async def hidden_code(
        self, key: str, pool: AsyncConnectionPool, *, elevated: bool
    ) -> HiddenCode:
        """The target's hidden code, from the cache or one catalog query."""
        entry = self._entries.get(key)
        now = time.monotonic()
        if entry is not None and now - entry[0] < self._ttl_s:
            return entry[1]
        async with pool.connection() as conn, conn.transaction():
            # The planner overestimates the recursive part; JIT would cost a second.
            await conn.execute("SET LOCAL jit = off")
            params = {"elevated": elevated, "harmless": sorted(HARMLESS_VOLATILE)}
            row = await (await conn.execute(HIDDEN_SQL, params)).fetchone()
        assert row is not None
        code = HiddenCode(dict(row[0]), tuple(row[1]), dict(row[2]))
        self._entries[key] = (now, code)
        return code

    def invalidate(self, key: str) -> None:
        """Forget a target's entry, after DDL that may have created code."""
        self._entries.pop(key, None)


async def stable_functions(
    pool: AsyncConnectionPool, names: tuple[str, ...], *, elevated: bool = False
) -> frozenset[str]:
    """The names among `names` that are IMMUTABLE or STABLE in the target; missing ones are not."""
    if not names:
        return frozenset()
    async with pool.connection() as conn:
        params = {"names": list(names), "elevated": elevated}
        rows = await (await conn.execute(STABLE_SQL, params)).fetchall()
    return frozenset(str(name) for (name,) in rows)


def _decode(quoted: str) -> str:
    return str(orjson.loads(quoted)) if "\\" in quoted else quoted[1:-1]
