"""Stored history as the model's messages: ids from the rows, each message built once."""

import json

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.replay import Replayer, replay
from pgpilot.agent.task_graph import TaskAgent
from pgpilot.auth.users import User
from pgpilot.chat.transcript import Entry, StoredCall
from pgpilot.chat.turns import open_turn
from tests.agent.chatting import Chat
from tests.appdb import fetch_all


async def test_history_is_replayed_with_the_stored_ids_and_results(
    pool: AsyncConnectionPool, agent: TaskAgent, alice: User
) -> None:
    chat = Chat(pool, agent, alice)
    await chat.say("Add a task to buy milk tomorrow")
    await chat.say("hello")
    opened = await open_turn(
        pool, user_id=alice.id, conversation_id=chat.conversation_id, message="hi", history=50
    )
    replayed = replay(opened.history)
    kinds = [HumanMessage, AIMessage, ToolMessage, AIMessage, HumanMessage, AIMessage]
    assert [type(m) for m in replayed] == kinds
    stored = await fetch_all(
        pool,
        "SELECT id::text FROM messages WHERE conversation_id = %s ORDER BY created_at",
        (chat.conversation_id,),
    )
    # LangGraph draws a uuid only for a message without an id: history's come from its rows.
    assert [replayed[i].id for i in (0, 3, 4, 5)] == [i for (i,) in stored[:4]]
    ids = [m.id for m in replayed]
    assert None not in ids
    assert len(set(ids)) == len(ids)
    assert [m.id for m in replay(opened.history)] == ids
    call, result = replayed[1], replayed[2]
    assert isinstance(call, AIMessage)
    assert isinstance(result, ToolMessage)
    assert [c["name"] for c in call.tool_calls] == ["add_task"]
    assert result.tool_call_id == call.tool_calls[0]["id"]
    assert json.loads(str(result.content))["data"]["title"] == "Buy milk"


def _entry(number: int) -> Entry:
    call = StoredCall(f"call-{number}", "list_tasks", {}, '{"status": "success"}')
    return Entry(f"message-{number}", "assistant", f"answer {number}", (call,))


def test_a_stored_message_is_built_once_while_it_is_kept() -> None:
    replayer = Replayer(kept=2)
    first = replayer([_entry(1), _entry(2)])
    again = replayer([_entry(1), _entry(2)])
    assert (
        [m.id for m in again]
        == [m.id for m in first]
        == [
            "call-1:call",
            "call-1:result",
            "message-1",
            "call-2:call",
            "call-2:result",
            "message-2",
        ]
    )
    assert all(a is b for a, b in zip(again, first, strict=True))
    assert again == replay([_entry(1), _entry(2)])
    replayer([_entry(2), _entry(3)])  # entry 1, least recently used, goes out
    rebuilt = replayer([_entry(1)])
    assert rebuilt == first[:3]
    assert rebuilt[0] is not first[0]
