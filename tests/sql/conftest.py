"""SQL fixtures: targets over a database of the test's own, the context writes need, actors."""

import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Actor
from pgpilot.errors import PgpilotError
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets
from tests.actors import grant, user_actor
from tests.appdb import make_user


@pytest.fixture
async def targets(demo_url: str) -> AsyncIterator[Targets]:
    """The demo database as the default target."""
    registry = Targets({"default": demo_url})
    yield registry
    await registry.close()


@pytest.fixture
def limits() -> Limits:
    """Small limits, so caps and timeouts show quickly."""
    return Limits(max_rows=50, statement_timeout_ms=2000, lock_timeout_ms=500)


@asynccontextmanager
async def sql_context(
    app_db_url: str,
    target_url: str,
    *,
    limits: Limits | None = None,
    schemas: SchemaCache | None = None,
    **policy: object,
) -> AsyncIterator[SqlContext]:
    """A SqlContext over a test app database and one default target."""
    app_db = AsyncConnectionPool(app_db_url, open=False, min_size=1, max_size=4)
    await app_db.open(wait=True)
    targets = Targets({"default": target_url})
    try:
        yield SqlContext(
            targets=targets,
            app_db=app_db,
            limits=limits or Limits(),
            policy=WritePolicy(**policy),  # type: ignore[arg-type]
            schemas=schemas or SchemaCache(),
        )
    finally:
        if schemas is not None:
            await schemas.close()
        await targets.close()
        await app_db.close()


@pytest.fixture
async def demo_ctx(app_db_url: str, demo_url: str, limits: Limits) -> AsyncIterator[SqlContext]:
    """Context over the demo shop."""
    async with sql_context(app_db_url, demo_url, limits=limits) as ctx:
        yield ctx


async def refused(code: str, call: object) -> PgpilotError:
    """Await `call` and return its PgpilotError, which must carry `code`."""
    with pytest.raises(PgpilotError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.error_code == code, caught.value.message
    return caught.value


@pytest.fixture
def target_url(blank_db_url: str, request: pytest.FixtureRequest) -> str:
    """A database of the test's own, holding the test module's SCHEMA."""
    with psycopg.connect(blank_db_url) as conn:
        conn.execute(request.module.SCHEMA)
    return blank_db_url


@pytest.fixture
async def ctx(app_db_url: str, target_url: str) -> AsyncIterator[SqlContext]:
    """The context writes need, over `target_url`."""
    async with sql_context(app_db_url, target_url) as context:
        yield context


@pytest.fixture
async def agent(pool: AsyncConnectionPool) -> Actor:
    """An agent's account: may read the default target and request writes on it."""
    return await grant(pool, await make_user(pool, email="agent@example.com"))


@pytest.fixture
async def approver(pool: AsyncConnectionPool) -> Actor:
    """A human who may approve writes (and undo them), with no target grant of their own."""
    return await user_actor(
        pool, await make_user(pool, email="human@example.com", can_approve=True)
    )


@pytest.fixture
def reader_url(demo_url: str) -> Iterator[str]:
    """The demo database as a login role with SELECT only: no superuser, no file roles."""
    name = f"pgpilot_test_reader_{uuid.uuid4().hex[:8]}"
    role = sql.Identifier(name)
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(role))
        conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(role))
    yield f"{demo_url}{'&' if '?' in demo_url else '?'}user={name}"
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,)
        )
        conn.execute(sql.SQL("DROP OWNED BY {}").format(role))
        conn.execute(sql.SQL("DROP ROLE {}").format(role))


# Code PostgreSQL runs without a call node. Each piece leaves a trace when it runs: a row in
# trace_log, a value of trace_seq, or (lying(), a "STABLE" function) a file on the server.
TRACED = """
CREATE TABLE trace_log (id serial PRIMARY KEY, what text NOT NULL);
CREATE SEQUENCE trace_seq;
CREATE FUNCTION traced(what text) RETURNS boolean VOLATILE LANGUAGE plpgsql AS $$
BEGIN INSERT INTO trace_log (what) VALUES (what); PERFORM nextval('trace_seq'); RETURN true; END
$$;
CREATE FUNCTION badge(c customers) RETURNS text VOLATILE LANGUAGE sql
  RETURN CASE WHEN traced('badge') THEN 'gold' END;
CREATE FUNCTION upper(c customers) RETURNS text VOLATILE LANGUAGE sql
  RETURN CASE WHEN traced('upper') THEN 'shadow' END;
CREATE FUNCTION traced_eq(a int, b int) RETURNS boolean VOLATILE LANGUAGE plpgsql AS $$
BEGIN RETURN traced('===') AND a = b; END $$;
CREATE OPERATOR === (FUNCTION = traced_eq, LEFTARG = int, RIGHTARG = int);
CREATE FUNCTION traced_check(v int) RETURNS boolean VOLATILE LANGUAGE sql RETURN traced('check');
CREATE DOMAIN traced_int AS int CHECK (traced_check(VALUE));
CREATE DOMAIN traced_small AS traced_int CHECK (VALUE < 10);
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE FUNCTION int_to_mood(i int) RETURNS mood VOLATILE LANGUAGE sql
  RETURN CASE WHEN traced('cast') THEN 'ok'::mood END;
CREATE CAST (int AS mood) WITH FUNCTION int_to_mood(int);
CREATE FUNCTION copier() RETURNS int VOLATILE LANGUAGE plpgsql AS $$
BEGIN EXECUTE format('COPY (SELECT 1) TO %L', {probe}); RETURN 1; END $$;
CREATE FUNCTION lying() RETURNS int STABLE LANGUAGE plpgsql AS $$ BEGIN RETURN copier(); END $$;
CREATE VIEW badged AS SELECT c.id, badge(c) AS badge FROM customers c;
CREATE VIEW gold AS SELECT id FROM badged WHERE id < 5;
CREATE TABLE notes (id int PRIMARY KEY, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY traced_notes ON notes USING (traced('policy'));
"""
TRACES = (
    "SELECT json_build_array((SELECT count(*) FROM trace_log),"
    " (SELECT last_value || CASE WHEN is_called THEN ' called' ELSE '' END FROM trace_seq))::text"
)


def traces(url: str) -> str:
    """What the traced code has left so far."""
    with psycopg.connect(url) as conn:
        row = conn.execute(TRACES).fetchone()
    assert row is not None
    return str(row[0])


@pytest.fixture
def traced(demo_url: str) -> Iterator[Path]:
    """The demo database with code reached without calls (TRACED); yields the probe file."""
    # The database server writes it, so it lives in the shared temp dir, not in tmp_path.
    probe = Path(tempfile.gettempdir()) / f"pgpilot-lying-probe-{uuid.uuid4().hex}"
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(TRACED.replace("{probe}", sql.Literal(str(probe)).as_string(conn)))
    yield probe
    probe.unlink(missing_ok=True)
