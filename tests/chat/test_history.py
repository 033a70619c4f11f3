"""Conversations newest first, and a conversation's messages page by page, only the owner's."""

from uuid import UUID, uuid4

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.conversations import get_or_create_conversation, store_message
from pgpilot.chat.history import list_conversations, list_messages
from pgpilot.errors import NotFound
from pgpilot.tasks.recorder import ToolCall


async def test_messages_come_in_pages_oldest_first(pool: AsyncConnectionPool, alice: int) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    for number in range(5):
        await store_message(
            pool,
            user_id=alice,
            conversation_id=conversation.id,
            role="user",
            content=f"message {number}",
        )
    call = ToolCall("list_tasks", {}, {"status": "success", "message": "none"}, "success", 3)
    await store_message(
        pool,
        user_id=alice,
        conversation_id=conversation.id,
        role="assistant",
        content="answer",
        tool_calls=[call],
    )
    last = await list_messages(pool, user_id=alice, conversation_id=conversation.id, limit=2)
    assert [m["content"] for m in last["messages"]] == ["message 4", "answer"]
    assert last["messages"][1]["tool_calls"][0]["tool"] == "list_tasks"
    assert last["has_more"] is True
    older = await list_messages(
        pool,
        user_id=alice,
        conversation_id=conversation.id,
        limit=10,
        before=UUID(last["messages"][0]["id"]),
    )
    assert [m["content"] for m in older["messages"]] == [f"message {n}" for n in range(4)]
    assert older["has_more"] is False
    listed = await list_conversations(pool, user_id=alice)
    assert [(c["title"], c["message_count"]) for c in listed] == [("Message 0", 6)]


@pytest.mark.parametrize(
    "whose", [pytest.param("bob", id="another-users"), pytest.param("none", id="missing")]
)
async def test_someone_elses_conversation_is_not_found(
    pool: AsyncConnectionPool, alice: int, bob: int, whose: str
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    wanted = conversation.id if whose == "bob" else uuid4()
    with pytest.raises(NotFound):
        await list_messages(pool, user_id=bob, conversation_id=wanted)
    assert await list_conversations(pool, user_id=bob) == []
