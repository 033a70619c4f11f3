"""The SQL graph: the verdict routes, errors are corrected, tickets pause and end runs."""

import asyncio
from typing import Any

import psycopg
import pytest
from langchain_core.messages import AIMessage
from langgraph.checkpoint.memory import InMemorySaver
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.sql_agent import SqlAgent
from pgpilot.approvals import tickets
from pgpilot.auth.actors import Actor
from pgpilot.errors import NotFound, PgpilotError
from pgpilot.llm.models import make_chat_model
from pgpilot.llm.offline_sql import OfflineSqlModel
from pgpilot.settings import Settings
from pgpilot.sql.context import SqlContext
from pgpilot.sql.service import values_of
from tests.actors import grant, user_actor
from tests.agent.scripted import ScriptedModel
from tests.appdb import make_user
from tests.llm.fake_openai import Step, fake_openai
from tests.sql.conftest import sql_context

RISKY = "delete orders where status is cancelled"


def agent(model: Any, *, retries: int = 2) -> SqlAgent:
    """An agent whose pauses live in memory (the Postgres saver is tested through the API)."""
    return SqlAgent(model, retries=retries, prompt_tokens=4000, checkpointer=InMemorySaver())


@pytest.fixture
async def asker(pool: AsyncConnectionPool) -> Actor:
    """Whoever asks: a user who may read the default target and request writes on it."""
    return await grant(pool, await make_user(pool, email="asker@example.com"))


@pytest.fixture
async def boss(pool: AsyncConnectionPool) -> Actor:
    """A human who approves writes."""
    return await user_actor(pool, await make_user(pool, email="boss@example.com", can_approve=True))


async def events(
    runner: SqlAgent, ctx: SqlContext, asker: Actor, question: str
) -> list[dict[str, Any]]:
    return [event async for event in runner.stream(ctx, asker, question=question, target=None)]


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("DELETE FROM orders; DROP TABLE customers", id="stacked"),
        pytest.param("SELECT pg_terminate_backend(pg_backend_pid())", id="denied-function"),
        pytest.param("COPY orders TO PROGRAM 'rm -rf /'", id="copy-program"),
    ],
)
async def test_a_forbidden_generated_sql_never_reaches_the_database(
    app_db_url: str, demo_url: str, asker: Actor, sql: str
) -> None:
    model = ScriptedModel(script=[AIMessage(sql)])
    async with sql_context(app_db_url, demo_url) as ctx:
        seen = await events(agent(model), ctx, asker, "do something bad")
    final = seen[-1]
    assert final["type"] == "error"
    assert final["kind"] == "forbidden"
    assert "refused by the guard" in final["message"]
    assert len(model.seen) == 3  # the first try and two corrections
    assert "refused by the guard" in str(model.seen[-1][-1].content)
    assert count(demo_url, "orders") == 2500
    assert count(demo_url, "customers") == 800


async def test_a_database_error_goes_back_to_the_model(
    app_db_url: str, demo_url: str, asker: Actor
) -> None:
    model = ScriptedModel(
        script=[AIMessage("SELECT nme FROM products"), AIMessage("SELECT count(*) FROM products")]
    )
    async with sql_context(app_db_url, demo_url) as ctx:
        seen = await events(agent(model), ctx, asker, "how many products")
    nodes = [event["node"] for event in seen if event["type"] == "step"]
    assert nodes.count("build_sql_query") == 2
    assert seen[-1]["rows"] == [[150]]
    assert 'column "nme" does not exist' in str(model.seen[1][-1].content)


async def test_retries_are_bounded(app_db_url: str, demo_url: str, asker: Actor) -> None:
    model = ScriptedModel(script=[AIMessage("SELECT nme FROM products")])
    async with sql_context(app_db_url, demo_url) as ctx:
        seen = await events(agent(model, retries=1), ctx, asker, "how many products")
    assert seen[-1]["type"] == "error"
    assert len(model.seen) == 2


async def test_an_expired_ticket_ends_the_run(app_db_url: str, demo_url: str, asker: Actor) -> None:
    runner = agent(OfflineSqlModel())
    async with sql_context(app_db_url, demo_url, approval_ttl=1) as ctx:
        paused = (await events(runner, ctx, asker, RISKY))[-1]
        assert paused["type"] == "approval_required"
        await asyncio.sleep(1.2)
        followed = [event async for event in runner.follow(ctx, asker, paused)]
    assert followed[0]["type"] == "expired"
    assert followed[-1]["status"] == "error"
    assert "expired" in followed[-1]["message"]
    assert count(demo_url, "orders") == 2500


async def test_ask_waits_for_the_decision(
    app_db_url: str, demo_url: str, asker: Actor, boss: Actor
) -> None:
    runner = agent(OfflineSqlModel())
    async with sql_context(app_db_url, demo_url) as ctx:
        asking = asyncio.ensure_future(
            runner.ask(ctx, asker, question=RISKY, target=None, wait=True)
        )
        ticket = await _pending(ctx)
        await tickets.decide(
            ctx.app_db, ticket, approve=True, approver=boss, comment=None, four_eyes=False
        )
        answer = await asyncio.wait_for(asking, 30)
    assert answer["status"] == "executed"
    assert count(demo_url, "orders") == 2500 - 313


async def _pending(ctx: SqlContext) -> str:
    for _ in range(200):
        waiting = await tickets.list_tickets(ctx.app_db, status="PENDING_APPROVAL")
        if waiting:
            return waiting[0].id
        await asyncio.sleep(0.05)
    raise AssertionError("no ticket")


@pytest.fixture(autouse=True)
def _loopback_without_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


async def test_a_provider_model_fixes_its_first_wrong_sql(
    app_db_url: str, demo_url: str, asker: Actor
) -> None:
    script = [
        Step(content="SELECT nme FROM products"),
        Step(content="```sql\nSELECT count(*) FROM products;\n```"),
    ]
    with fake_openai(*script) as fake:
        settings = Settings(
            model="openai:fake-model",
            openai_api_key="sk-test",
            openai_base_url=fake.url,
            llm_max_retries=0,
        )
        async with sql_context(app_db_url, demo_url) as ctx:
            seen = await events(
                agent(make_chat_model(settings, purpose="sql")), ctx, asker, "how many products"
            )
    assert seen[-1]["rows"] == [[150]]
    assert len(fake.requests) == 2
    first, second = (request["messages"] for request in fake.requests)
    assert first[0]["role"] == "system"
    assert "table public.products" in first[0]["content"]
    assert 'column "nme" does not exist' in second[-1]["content"]


async def test_a_paused_run_is_its_askers_alone(
    app_db_url: str, demo_url: str, asker: Actor, boss: Actor, pool: AsyncConnectionPool
) -> None:
    runner = agent(OfflineSqlModel())
    other = await grant(pool, await make_user(pool))
    async with sql_context(app_db_url, demo_url) as ctx:
        paused = (await events(runner, ctx, asker, RISKY))[-1]
        assert paused["type"] == "approval_required"
        thread = paused["thread_id"]
        assert (await runner.paused(asker, thread))["ticket_id"] == paused["ticket_id"]
        with pytest.raises(NotFound) as caught:
            await runner.paused(other, thread)
        assert caught.value.error_code == "NO_RUN"
        await tickets.decide(
            ctx.app_db,
            paused["ticket_id"],
            approve=True,
            approver=boss,
            comment=None,
            four_eyes=True,
        )
        with pytest.raises(NotFound) as caught:
            _ = [event async for event in runner.resume(ctx, other, thread_id=thread)]
        assert caught.value.error_code == "NO_RUN"
        assert count(demo_url, "orders") == 2500, "another user's resume runs nothing"
        finished = [event async for event in runner.resume(ctx, asker, thread_id=thread)]
    assert finished[-1]["status"] == "executed"
    assert count(demo_url, "orders") == 2500 - 313


async def test_no_grant_no_question(
    app_db_url: str, demo_url: str, pool: AsyncConnectionPool
) -> None:
    model = ScriptedModel(script=[AIMessage("SELECT 1")])
    stranger = await user_actor(pool, await make_user(pool))
    async with sql_context(app_db_url, demo_url) as ctx:
        with pytest.raises(PgpilotError) as caught:
            await agent(model).ask(ctx, stranger, question="anything", target=None)
    assert caught.value.error_code == "NO_TARGET_ACCESS"
    assert model.seen == [], "the model is never asked"


async def test_the_offline_planner_finds_values_in_the_target_and_forgets_them_after_ddl(
    app_db_url: str, demo_url: str, asker: Actor
) -> None:
    runner = agent(OfflineSqlModel())
    async with sql_context(app_db_url, demo_url) as ctx:
        first = await runner.ask(
            ctx, asker, question="how many orders were cancelled?", target=None
        )
        with psycopg.connect(demo_url, autocommit=True) as conn:
            conn.execute("UPDATE customers SET country = 'Iceland' WHERE id = 3")
            conn.execute("ANALYZE customers")
        question = "how many customers live in Iceland"
        before = await runner.ask(ctx, asker, question=question, target=None)
        await ctx.schemas.invalidate(ctx.targets.resolve(None).name)
        after = await runner.ask(ctx, asker, question=question, target=None)
    assert first["type"] == "result", first
    assert "'cancelled'" in first["sql"]
    assert first["rows"] == [[313]]
    assert before["type"] == "error"  # the values were read once, with the schema
    assert "'iceland'" in before["message"]
    assert after["type"] == "result", after
    assert after["rows"] == [[1]]


async def test_an_answer_that_left_words_out_says_which_in_its_sql(
    app_db_url: str, demo_url: str, asker: Actor
) -> None:
    runner = agent(OfflineSqlModel())
    async with sql_context(app_db_url, demo_url) as ctx:
        answer = await runner.ask(
            ctx, asker, question="which customers in Spain shop with us", target=None
        )
    with psycopg.connect(demo_url) as conn:
        gold = conn.execute("SELECT count(*) FROM customers WHERE country = 'Spain'").fetchall()
    assert answer["type"] == "result", answer
    assert answer["sql"].startswith("-- words left out: 'shop'\n")
    assert [(len(answer["rows"]),)] == gold


async def test_the_offline_planner_finds_a_name_the_sample_missed(
    app_db_url: str, demo_url: str, asker: Actor
) -> None:
    runner = agent(OfflineSqlModel())
    question = "show the orders of Tim Wirth"  # names sort from "Ada": sampled up to "Ken"
    async with sql_context(app_db_url, demo_url) as ctx:
        values = await values_of(ctx, ctx.targets.resolve(None))
        answer = await runner.ask(ctx, asker, question=question, target=None)
    with psycopg.connect(demo_url) as conn:
        gold = conn.execute(
            "SELECT count(*) FROM orders JOIN customers c ON c.id = customer_id"
            " WHERE c.name = 'Tim Wirth'"
        ).fetchall()
    assert not values.find("Tim Wirth", fuzzy=False)
    assert answer["type"] == "result", (answer.get("message"), answer.get("sql"))
    assert "'Tim Wirth'" in answer["sql"]
    assert [(len(answer["rows"]),)] == gold
