"""No NUL byte in any input: found wherever it hides, refused by every service (CLI, MCP)."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.assistant import chat_turn
from pgpilot.agent.sql_agent import SqlAgent
from pgpilot.agent.task_graph import TaskAgent
from pgpilot.approvals import tickets
from pgpilot.audit.writer import list_events
from pgpilot.auth.users import authenticate, get_user, register_user
from pgpilot.errors import ValidationError
from pgpilot.inputs import nul_path, refuse_nul
from pgpilot.llm.offline_sql import OfflineSqlModel
from pgpilot.llm.offline_tasks import OfflineTaskModel
from pgpilot.settings import Settings
from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.operations import Pending
from pgpilot.tasks import tools
from pgpilot.tasks.envelopes import enveloped
from tests.actors import OPERATOR
from tests.sql.conftest import sql_context

NUL = "a\x00b"


@pytest.mark.parametrize(
    ("value", "path"),
    [
        pytest.param("plain", None, id="clean-text"),
        pytest.param(NUL, "x", id="text"),
        pytest.param({"a": [1, "ok", {"b": NUL}]}, "x.a[2].b", id="nested"),
        pytest.param({NUL: 1}, "x", id="key"),
        pytest.param([None, 3, 2.5], None, id="no-text"),
    ],
)
def test_nul_path(value: object, path: str | None) -> None:
    assert nul_path(value, "x") == path


def test_refusal_names_the_field() -> None:
    with pytest.raises(ValidationError, match=r"tags\[1\]: text cannot contain a NUL byte"):
        refuse_nul(title="fine", tags=["ok", NUL])


@pytest.fixture
async def ctx(app_db_url: str, demo_url: str) -> AsyncIterator[SqlContext]:
    async with sql_context(app_db_url, demo_url) as context:
        yield context


Call = Callable[[AsyncConnectionPool, SqlContext, int], Awaitable[Any]]


async def _chat(pool: AsyncConnectionPool, _: SqlContext, user_id: int) -> Any:
    user = await get_user(pool, user_id)
    assert user is not None
    agent = TaskAgent(OfflineTaskModel(), max_tool_rounds=3)
    return await chat_turn(pool, agent, Settings(), user=user, message=NUL)


async def _ask(_: AsyncConnectionPool, ctx: SqlContext, __: int) -> Any:
    agent = SqlAgent(OfflineSqlModel(), retries=0, prompt_tokens=4000, checkpointer=InMemorySaver())
    return [event async for event in agent.stream(ctx, OPERATOR, question=NUL, target=None)]


async def _decide(pool: AsyncConnectionPool, ctx: SqlContext, _: int) -> Any:
    pending = await door.run(ctx, OPERATOR, sql="DELETE FROM orders", target=None)
    assert isinstance(pending, Pending)
    return await tickets.decide(
        pool, pending.ticket.id, approve=True, approver=OPERATOR, comment=NUL, four_eyes=False
    )


SERVICES = [
    pytest.param(
        lambda pool, ctx, user: register_user(pool, email=f"{NUL}@x.io", password="long enough"),
        id="register-email",
    ),
    pytest.param(
        lambda pool, ctx, user: authenticate(pool, email=f"{NUL}@x.io", password="long enough"),
        id="login-email",
    ),
    pytest.param(_chat, id="chat-message"),
    pytest.param(_ask, id="ask-question"),
    pytest.param(lambda pool, ctx, user: list_events(pool, action=NUL), id="audit-action"),
    pytest.param(
        lambda pool, ctx, user: door.run(ctx, OPERATOR, sql=f"SELECT '{NUL}'", target=None),
        id="sql-text",
    ),
    pytest.param(
        lambda pool, ctx, user: door.schema_context(ctx, OPERATOR, target=None, table_names=[NUL]),
        id="schema-table-names",
    ),
    pytest.param(_decide, id="decision-comment"),
]


@pytest.mark.parametrize("call", SERVICES)
async def test_services_refuse_nul(
    pool: AsyncConnectionPool, ctx: SqlContext, alice: int, call: Call
) -> None:
    with pytest.raises(ValidationError, match="NUL byte"):
        await call(pool, ctx, alice)


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        pytest.param(tools.add_task, {"title": NUL}, id="add-title"),
        pytest.param(tools.add_task, {"title": "t", "description": NUL}, id="add-description"),
        pytest.param(tools.add_task, {"title": "t", "tags": ["x", NUL]}, id="add-tags"),
        pytest.param(tools.update_task, {"task_id": 1, "title": NUL}, id="update-title"),
        pytest.param(tools.update_task, {"task_id": 1, "tags": [NUL]}, id="update-tags"),
    ],
)
async def test_task_tools_answer_validation_error(
    pool: AsyncConnectionPool, alice: int, tool: Callable[..., Awaitable[Any]], arguments: Any
) -> None:
    await tools.add_task(pool, user_id=alice, title="first")
    result = await enveloped(tool)(pool, user_id=alice, **arguments)
    assert result["error_code"] == "VALIDATION_ERROR", result
    assert "NUL byte" in result["message"]
