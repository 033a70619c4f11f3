"""A turn reads only its window of the conversation: the latest messages, with their calls."""

import json

from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.conversations import get_or_create_conversation, store_message
from pgpilot.chat.turns import open_turn
from pgpilot.tasks.recorder import ToolCall
from tests.appdb import fetch_all


async def test_a_turn_reads_the_latest_messages_of_its_window(
    pool: AsyncConnectionPool, alice: int
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    result = {"status": "success", "data": {"id": 7, "title": "Buy milk"}}
    for number in range(6):
        await store_message(
            pool,
            user_id=alice,
            conversation_id=conversation.id,
            role="assistant" if number % 2 else "user",
            content=f"message {number}",
            tool_calls=[ToolCall("add_task", {"title": "x"}, result, "success", 2)]
            if number == 5
            else [],
        )
    opened = await open_turn(
        pool,
        user_id=alice,
        conversation_id=conversation.id,
        message="message 6",
        history=4,
    )
    assert [entry.content for entry in opened.history] == [f"message {n}" for n in range(2, 6)]
    ids = await fetch_all(
        pool,
        "SELECT id::text FROM messages WHERE conversation_id = %s ORDER BY created_at",
        (conversation.id,),
    )
    assert [entry.id for entry in opened.history] == [i for (i,) in ids[2:6]]
    [call] = opened.history[-1].tool_calls
    assert (call.tool, call.arguments) == ("add_task", {"title": "x"})
    assert call.result is not None
    assert json.loads(call.result) == result
