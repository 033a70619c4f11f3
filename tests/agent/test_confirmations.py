"""Deletes are confirmed by the server: a yes to the question, in the very next message."""

from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.task_graph import TaskAgent
from pgpilot.auth.users import User
from pgpilot.chat.confirmations import is_affirmative, is_negative
from tests.agent.chatting import Chat
from tests.agent.scripted import ScriptedModel, calls
from tests.appdb import fetch_one


async def asked_to_delete(chat: Chat, title: str = "Buy milk") -> int:
    added = await chat.say(f"add {title}")
    task_id = int(added.tool_calls[0].result["data"]["id"])
    asked = await chat.say(f"delete task {task_id}")
    assert asked.message == f"Delete '{title}'? (yes/no)"
    return task_id


async def titles(chat: Chat) -> list[str]:
    return [row[1] for row in await chat.tasks()]


@pytest.mark.parametrize(
    "answer", ["no", "nope", "show my tasks", "delete it", "yes please do not", "maybe"]
)
async def test_anything_but_yes_deletes_nothing(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User, answer: str
) -> None:
    chat = Chat(pool, agent, alice)
    await asked_to_delete(chat)
    await chat.say(answer)
    assert await titles(chat) == ["Buy milk"] or answer == "delete it"


async def test_a_late_yes_deletes_nothing(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    await asked_to_delete(chat)
    await chat.say("show my tasks")
    reply = await chat.say("yes")
    assert reply.tool_calls == ()
    assert await titles(chat) == ["Buy milk"]


async def test_an_expired_question_deletes_nothing(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    await asked_to_delete(chat)
    await fetch_one(
        pool,
        "UPDATE conversations SET pending_confirmation = jsonb_set(pending_confirmation, "
        "'{expires_at}', to_jsonb((now() - interval '1 second')::text)) WHERE id = %s "
        "RETURNING id",
        (chat.conversation_id,),
    )
    reply = await chat.say("yes")
    assert [c.result["error_code"] for c in reply.tool_calls] == ["NOT_CONFIRMED"]
    assert await titles(chat) == ["Buy milk"]
    assert reply.message.endswith("Delete 'Buy milk'? (yes/no)"), "asked again"


def scripted(*steps: Any) -> TaskAgent:
    script = [*steps, calls("x").model_copy(update={"tool_calls": [], "content": "ok"})]
    return TaskAgent(ScriptedModel(script=script), max_tool_rounds=3)


async def test_a_model_confirming_on_its_own_is_refused(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    offline = Chat(pool, agent, alice)
    added = await offline.say("add buy milk")
    task_id = added.tool_calls[0].result["data"]["id"]
    rogue = Chat(pool, scripted(calls("delete_task", task_id=task_id, confirmed=True)), alice)
    reply = await rogue.say("delete task 1")
    [call] = reply.tool_calls
    assert call.arguments == {"task_id": task_id, "confirmed": False}
    assert call.result["error_code"] == "NOT_CONFIRMED"
    assert "confirmed=true was refused" in call.result["message"]
    assert reply.message == "ok\n\nDelete 'Buy milk'? (yes/no)", "the question is always asked"
    assert await titles(offline) == ["Buy milk"]


async def test_a_yes_allows_only_the_task_asked_about(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    other = int((await chat.say("add keep me")).tool_calls[0].result["data"]["id"])
    asked = await asked_to_delete(chat)
    chat.agent = scripted(
        calls("delete_task", task_id=other, confirmed=True),
        calls("delete_task", task_id=asked, confirmed=True),
        calls("delete_task", task_id=asked, confirmed=True),
    )
    reply = await chat.say("yes")
    results = [c.result.get("error_code", "deleted") for c in reply.tool_calls]
    assert results == ["NOT_CONFIRMED", "deleted", "TASK_NOT_FOUND"]
    assert await titles(chat) == ["Keep me"]


@pytest.mark.parametrize(
    ("message", "yes", "no"),
    [
        pytest.param("yes", True, False, id="yes"),
        pytest.param("Yes, delete it!", True, False, id="yes-delete-it"),
        pytest.param("ok", True, False, id="ok"),
        pytest.param("go ahead", True, False, id="go-ahead"),
        pytest.param("y", True, False, id="y"),
        pytest.param("yes but not that one", False, False, id="yes-but"),
        pytest.param("delete it", False, False, id="delete-it-is-a-request"),
        pytest.param("no", False, True, id="no"),
        pytest.param("No, keep it", False, True, id="no-keep-it"),
        pytest.param("never mind", False, True, id="never-mind"),
        pytest.param("yesterday", False, False, id="yesterday"),
    ],
)
def test_yes_and_no(message: str, yes: bool, no: bool) -> None:
    assert (is_affirmative(message), is_negative(message)) == (yes, no)
