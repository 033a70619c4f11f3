"""Questions checked against gold SQL: a schema's tables and values, and rows to compare."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from pgpilot.llm.offline_sql import plan
from pgpilot.llm.sql_prompt import read_tables, render, system_prompt
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.probe import found_in, plan_probe
from pgpilot.sql.ranking import fit
from pgpilot.sql.schema import Table
from pgpilot.sql.service import schema_of, values_of
from pgpilot.sql.targets import Targets
from pgpilot.sql.values import GroundingLimits, Values
from tests.conftest import create_database, drop_database


@dataclass(frozen=True, slots=True)
class Grounded:
    """Every table of a database, the values found in its data, and where to probe for more."""

    tables: dict[str, Table]
    values: Values
    url: str


async def ground(url: str) -> Grounded:
    """Every table of the database at `url`, and the values found in its data."""
    targets = Targets({"default": url})
    ctx = SqlContext(targets, None, Limits(), WritePolicy(), SchemaCache())  # type: ignore[arg-type]
    try:
        target = targets.resolve(None)
        return Grounded(await schema_of(ctx, target), await values_of(ctx, target), url)
    finally:
        await targets.close()


def probed(question: str, chosen: list[Table], grounded: Grounded) -> Values:
    """The values the agent's planner sees for this question: the probe's finds added."""
    query = plan_probe(question, chosen, grounded.values, GroundingLimits())
    if query is None:
        return grounded.values
    options = "-c default_transaction_read_only=on"
    with psycopg.connect(grounded.url, autocommit=True, options=options) as conn:
        return found_in(grounded.values, conn.execute(query).fetchall())


@dataclass(frozen=True, slots=True)
class GoldDatabase:
    """A question set's database, and one session that reads it for every question's rows."""

    url: str
    # Autocommit: a query that fails leaves the session ready for the next question. Every
    # query it runs is a read (planned() asserts so; gold SQL is written as one), so the
    # questions cannot see each other; one session saves two connections per question.
    reader: psycopg.Connection[Any]


@contextmanager
def database_of(server_url: str, schema: str) -> Iterator[GoldDatabase]:
    """A database of its own on the server, holding `schema`; dropped afterwards."""
    url = create_database(server_url)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(schema)
        with psycopg.connect(url, autocommit=True) as reader:  # no setting of the schema's script
            yield GoldDatabase(url, reader)
    finally:
        drop_database(server_url, url)


def rows(database: GoldDatabase, query: str) -> list[tuple[Any, ...]]:
    """The query's rows, sorted (NULLs too), read outside pgpilot; only ever a read."""
    assert classify(query).kind == "read", query
    return sorted(database.reader.execute(query).fetchall(), key=repr)


def reply(question: str, grounded: Grounded) -> str:
    """The offline planner's answer to a question, from the tables that fit a prompt."""
    fitted = fit(grounded.tables.values(), question, budget_tokens=4000, render=render)
    chosen = list(fitted.chosen)
    return plan(question, read_tables(system_prompt(chosen)), probed(question, chosen, grounded))


def planned(question: str, grounded: Grounded) -> str:
    """The offline planner's SQL for a question; a read."""
    sql = reply(question, grounded)
    assert classify(sql).kind == "read", sql
    return sql


def assert_answered(question: str, gold: str, database: GoldDatabase, grounded: Grounded) -> None:
    """The planner's SQL for the question returns the rows of the gold SQL."""
    sql = planned(question, grounded)
    assert rows(database, sql) == rows(database, gold), sql


def case(question: str, gold: str) -> Any:
    """A question and its gold SQL as a test case, named by its words."""
    return pytest.param(question, gold, id="-".join(question.lower().split())[:48])


def with_misses(cases: list[Any], misses: dict[str, str]) -> list[Any]:
    """The cases, those in `misses` marked as known misses (strict xfail) with their reason.

    A known miss may be refused or give other rows (an AssertionError); planned SQL that fails
    to run, or a planner that raises anything else, still fails its test.
    """
    unknown = set(misses) - {c.values[0] for c in cases}
    assert not unknown, f"misses that are not questions: {unknown}"
    known = {
        q: pytest.mark.xfail(strict=True, raises=AssertionError, reason=r)
        for q, r in misses.items()
    }
    return [
        pytest.param(*c.values, id=c.id, marks=[known[q]]) if (q := c.values[0]) in misses else c
        for c in cases
    ]
