"""Names the value sample missed, looked up at question time: found, bounded, literal."""

from collections.abc import AsyncIterator, Iterator

import psycopg
import pytest

from pgpilot.llm.offline_sql import plan
from pgpilot.llm.sql_prompt import read_tables, system_prompt
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.probe import columns, phrases, plan_probe
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.service import question_values, schema_of, values_of
from pgpilot.sql.targets import Target, Targets
from pgpilot.sql.values import GroundingLimits, Values, from_json, index, to_json
from tests.conftest import create_database, drop_database

# 300 people, named in order, so a sample of the first 100 names (alphabetically) misses most.
PEOPLE = """
CREATE TABLE people (
    id int PRIMARY KEY, full_name text NOT NULL, city text NOT NULL, salary_expected int
);
INSERT INTO people
SELECT n, 'Person ' || lpad(n::text, 3, '0'), 'Town', 1000 + n FROM generate_series(1, 299) n;
INSERT INTO people VALUES (300, 'Sarah Tran', 'Town', 4321);
INSERT INTO people VALUES (301, 'Bobby''); DROP TABLE people; --', 'Town', 7);
CREATE TABLE visits (id int PRIMARY KEY, visitor text NOT NULL);
INSERT INTO visits SELECT n, 'Visitor ' || n FROM generate_series(1, 20000) n;
ANALYZE visits;
"""


@pytest.fixture(scope="module")
def people_url(pg_server: str) -> Iterator[str]:
    url = create_database(pg_server)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(PEOPLE)
        yield url
    finally:
        drop_database(pg_server, url)


@pytest.fixture
async def people(people_url: str) -> AsyncIterator[tuple[SqlContext, Target]]:
    targets = Targets({"default": people_url})
    ctx = SqlContext(targets, None, Limits(), WritePolicy(), SchemaCache())  # type: ignore[arg-type]
    try:
        yield ctx, targets.resolve(None)
    finally:
        await targets.close()


async def test_a_name_beyond_the_sample_is_found_and_the_question_answered(
    people: tuple[SqlContext, Target], people_url: str
) -> None:
    ctx, target = people
    question = "what salary is Sarah Tran expecting?"
    cached = await values_of(ctx, target)
    assert not cached.find("Sarah Tran", fuzzy=False)  # the sample missed her
    seen = await question_values(ctx, target, question=question, tables=["public.people"])
    assert [h.value for h in seen.find("Sarah Tran", fuzzy=False)] == ["Sarah Tran"]
    assert not (await values_of(ctx, target)).find("Sarah Tran", fuzzy=False)  # cache kept
    tables = await schema_of(ctx, target)
    sql = plan(question, read_tables(system_prompt([tables["public.people"]])), seen)
    with psycopg.connect(people_url) as conn:
        assert conn.execute(sql).fetchall() == [(4321,)], sql


async def test_no_probe_when_no_phrase_qualifies(people: tuple[SqlContext, Target]) -> None:
    ctx, target = people
    cached = await values_of(ctx, target)
    question = "how many people live in each city?"
    assert phrases(question, cached) == []
    seen = await question_values(ctx, target, question=question, tables=["public.people"])
    assert seen is cached  # no round trip, no copy


async def test_an_injection_in_the_phrase_stays_a_literal(
    people: tuple[SqlContext, Target], people_url: str
) -> None:
    ctx, target = people
    name = "Bobby'); DROP TABLE people; --"
    question = f'what salary does "{name}" expect?'
    seen = await question_values(ctx, target, question=question, tables=["public.people"])
    assert [h.value for h in seen.find(name, fuzzy=False)] == [name]
    with psycopg.connect(people_url) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchall() == [(301,)]


@pytest.mark.parametrize(
    ("index", "probed"),
    [
        pytest.param(None, False, id="big-table-without-index"),
        pytest.param("CREATE INDEX ON visits (visitor)", True, id="big-table-indexed"),
        pytest.param("CREATE INDEX ON visits (lower(visitor))", False, id="expression-index"),
    ],
)
async def test_a_big_table_is_probed_only_through_an_index(
    people_url: str, index: str | None, probed: bool
) -> None:
    with psycopg.connect(people_url, autocommit=True) as conn:
        conn.execute("DROP INDEX IF EXISTS visits_visitor_idx, visits_lower_idx")
        if index:
            conn.execute(index)
    targets = Targets({"default": people_url})
    ctx = SqlContext(targets, None, Limits(), WritePolicy(), SchemaCache())  # type: ignore[arg-type]
    try:
        target = targets.resolve(None)
        tables = await schema_of(ctx, target)
        values = await values_of(ctx, target)
        visits = tables["public.visits"]
        assert (visits.qualified, "visitor") in values.partial
        query = plan_probe("did Visitor 19999 come?", [visits], values, GroundingLimits())
        assert (query is not None) == probed, query
        if query is not None:  # compared as spelled, so the index serves it
            assert "lower(" not in query
            seen = await question_values(
                ctx, target, question="did Visitor 19999 come?", tables=["public.visits"]
            )
            assert seen.find("visitor 19999", fuzzy=False)
    finally:
        await targets.close()


def test_names_in_a_question() -> None:
    known = Values()
    assert phrases("Which exhibitions did Saskia Santos curate?", known) == ["Saskia Santos"]
    assert phrases("how many trips in March?", known) == []
    assert phrases("history of bike HX16E337", known) == ["HX16E337"]
    assert phrases("Tom Whitfield's jobs", known) == ["Tom Whitfield", "Whitfield"]


def test_the_words_of_a_known_title_are_not_probed() -> None:
    known = index({("public.exhibitions", "title"): ["Faces of the Century"]})
    assert phrases("who curated Faces of the Century?", known) == []
    assert phrases("goals scored after the 85th minute", known) == []
    assert phrases("Bank of England loans", known) == ["Bank of England", "England"]


@pytest.mark.parametrize(
    ("kind", "estimate", "probed"),
    [
        pytest.param("table", 150, True, id="small-table"),
        pytest.param("table", -1, True, id="never-analyzed"),
        pytest.param("table", 50_000, False, id="big-table"),
        pytest.param("partitioned table", -1, False, id="partitioned"),
    ],
)
def test_only_tables_small_enough_to_read_are_probed_without_an_index(
    kind: str, estimate: int, probed: bool
) -> None:
    table = Table("public", "people", kind, None, estimate, [Column("full_name", "text", False)])
    partial = Values(partial=frozenset({("public.people", "full_name")}))
    assert bool(columns([table], partial, GroundingLimits())) == probed


def test_columns_seen_in_part_survive_the_shared_cache() -> None:
    values = index({("public.people", "full_name"): ["Ada"]}, partial={("public.people", "city")})
    again = from_json(to_json(values))
    assert again.partial == frozenset({("public.people", "city")})
    assert [h.value for h in again.find("ada", fuzzy=False)] == ["Ada"]
