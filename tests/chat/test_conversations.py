"""Conversations: one per user at a time, history oldest first, messages with tool calls."""

import uuid

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.conversations import (
    get_conversation_history,
    get_or_create_conversation,
    store_message,
    update_conversation_timestamp,
)
from pgpilot.errors import NotFound, ValidationError
from pgpilot.tasks.recorder import ToolCall
from tests.appdb import fetch_all, fetch_one


async def test_get_or_create_returns_the_same_conversation(
    pool: AsyncConnectionPool, alice: int
) -> None:
    first = await get_or_create_conversation(pool, user_id=alice)
    again = await get_or_create_conversation(pool, user_id=alice)
    assert first.id == again.id
    assert first.user_id == alice
    assert first.title is None


async def test_most_recently_updated_wins(pool: AsyncConnectionPool, alice: int) -> None:
    older = await get_or_create_conversation(pool, user_id=alice)
    row = await fetch_one(
        pool,
        "INSERT INTO conversations (user_id, updated_at) VALUES (%s, now() + interval '1 minute')"
        " RETURNING id",
        (alice,),
    )
    assert (await get_or_create_conversation(pool, user_id=alice)).id == row[0]
    await fetch_one(
        pool,
        "UPDATE conversations SET updated_at = now() + interval '1 hour' WHERE id = %s "
        "RETURNING id",
        (older.id,),
    )
    assert (await get_or_create_conversation(pool, user_id=alice)).id == older.id


async def test_users_get_their_own_conversations(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    mine = await get_or_create_conversation(pool, user_id=alice)
    theirs = await get_or_create_conversation(pool, user_id=bob)
    assert mine.id != theirs.id
    with pytest.raises(NotFound):
        await get_or_create_conversation(pool, user_id=987654)


async def test_history_is_oldest_first_and_limited(pool: AsyncConnectionPool, alice: int) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    for i in range(6):
        await store_message(
            pool,
            user_id=alice,
            conversation_id=conversation.id,
            role="user" if i % 2 == 0 else "assistant",
            content=f"message {i}",
        )
    history = await get_conversation_history(
        pool, user_id=alice, conversation_id=conversation.id, limit=4
    )
    assert history == [
        {"role": "user", "content": "message 2"},
        {"role": "assistant", "content": "message 3"},
        {"role": "user", "content": "message 4"},
        {"role": "assistant", "content": "message 5"},
    ]
    everything = await get_conversation_history(
        pool, user_id=alice, conversation_id=conversation.id
    )
    assert [m["content"] for m in everything] == [f"message {i}" for i in range(6)]


async def test_empty_history(pool: AsyncConnectionPool, alice: int) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    assert (
        await get_conversation_history(pool, user_id=alice, conversation_id=conversation.id) == []
    )
    with pytest.raises(ValidationError):
        await get_conversation_history(
            pool, user_id=alice, conversation_id=conversation.id, limit=0
        )


async def test_first_user_message_names_the_conversation(
    pool: AsyncConnectionPool, alice: int
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    await store_message(
        pool, user_id=alice, conversation_id=conversation.id, role="assistant", content="Hi!"
    )
    await store_message(
        pool,
        user_id=alice,
        conversation_id=conversation.id,
        role="user",
        content="Add a task to buy the milk and bread tomorrow",
    )
    await store_message(
        pool, user_id=alice, conversation_id=conversation.id, role="user", content="another"
    )
    named = await get_or_create_conversation(pool, user_id=alice)
    assert named.title == "Add Task To Buy Milk Bread Tomorrow"
    assert named.updated_at > conversation.updated_at


async def test_message_and_tool_calls_are_one_transaction(
    pool: AsyncConnectionPool, alice: int
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    broken = ToolCall(
        tool_name="x" * 51,  # longer than the column allows
        arguments={},
        result={"status": "success"},
        status="success",
        duration_ms=1,
    )
    with pytest.raises(Exception, match="too long"):
        await store_message(
            pool,
            user_id=alice,
            conversation_id=conversation.id,
            role="assistant",
            content="done",
            tool_calls=[broken],
        )
    assert await fetch_all(pool, "SELECT id FROM messages") == []


@pytest.mark.parametrize(
    ("role", "content"),
    [
        pytest.param("system", "hello", id="bad-role"),
        pytest.param("user", "  ", id="blank-content"),
    ],
)
async def test_store_message_validation(
    pool: AsyncConnectionPool, alice: int, role: str, content: str
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    with pytest.raises(ValidationError):
        await store_message(
            pool,
            user_id=alice,
            conversation_id=conversation.id,
            role=role,  # type: ignore[arg-type]
            content=content,
        )


async def test_other_users_conversation_is_not_found(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    await store_message(
        pool, user_id=alice, conversation_id=conversation.id, role="user", content="secret"
    )
    with pytest.raises(NotFound):
        await get_conversation_history(pool, user_id=bob, conversation_id=conversation.id)
    with pytest.raises(NotFound):
        await store_message(
            pool, user_id=bob, conversation_id=conversation.id, role="user", content="x"
        )
    with pytest.raises(NotFound):
        await update_conversation_timestamp(pool, user_id=bob, conversation_id=conversation.id)
    with pytest.raises(NotFound):
        await update_conversation_timestamp(pool, user_id=alice, conversation_id=uuid.uuid4())
    assert await fetch_all(pool, "SELECT content FROM messages") == [("secret",)]


async def test_update_timestamp_moves_it(pool: AsyncConnectionPool, alice: int) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    await update_conversation_timestamp(pool, user_id=alice, conversation_id=conversation.id)
    assert (await get_or_create_conversation(pool, user_id=alice)).updated_at > (
        conversation.updated_at
    )
