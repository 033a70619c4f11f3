"""`pgpilot tasks parse` and `pgpilot chat`, as a user runs them."""

import json
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from pgpilot.tasks.dates import today_in
from tests.appdb import PASSWORD_HASH
from tests.cli.test_cli import assert_one_line_error, pgpilot


def test_parse_one_message() -> None:
    result = pgpilot("tasks", "parse", "--today", "2026-03-04", "Add a task to buy milk tomorrow")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "tool": "add_task",
        "arguments": {"title": "Buy milk", "due_date": "2026-03-05"},
        "reply": None,
        "task": None,
    }


def test_parse_jsonl() -> None:
    lines = "delete task 3\n\nmark it as done\nhello\nremove buy milk\n"
    result = pgpilot("tasks", "parse", "--jsonl", "--today", "2026-03-04", stdin=lines)
    assert result.returncode == 0, result.stderr
    read = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["tool"], r["arguments"], r["task"]) for r in read] == [
        ("delete_task", {"task_id": 3, "confirmed": False}, None),
        ("complete_task", {}, "it"),
        (None, {}, None),
        ("delete_task", {"confirmed": False}, "buy milk"),
    ]
    assert read[2]["reply"].startswith("Hello!")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(("--today", "2026-3-4", "hi"), "--today must be YYYY-MM-DD", id="bad-today"),
        pytest.param((), "give a MESSAGE", id="no-message"),
    ],
)
def test_parse_errors_are_one_line(args: tuple[str, ...], words: str) -> None:
    assert_one_line_error(pgpilot("tasks", "parse", *args), words)


@pytest.fixture
def env(app_db_url: str, home: Path) -> dict[str, str]:
    """A pgpilot process on this test's app database, with alice's account."""
    with psycopg.connect(app_db_url) as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('alice@example.com', %s)",
            (PASSWORD_HASH,),
        )
    return {"DATABASE_URL": app_db_url, "PGPILOT_HOME": str(home)}


def test_chat_in_the_terminal(env: dict[str, str], app_db_url: str) -> None:
    said = "add buy milk tomorrow\nshow my tasks\ndelete it\nyes\nexit\nnever read\n"
    result = pgpilot("chat", "--user", "Alice@example.com", "--json", stdin=said, env=env)
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["message"].splitlines()[0] for r in replies] == [
        replies[0]["message"],
        "You have 1 task (1 pending, 0 done):",
        "Delete 'Buy milk'? (yes/no)",
        "Deleted 'Buy milk'; 0 tasks left.",
    ]
    tomorrow = today_in("UTC") + timedelta(days=1)
    assert replies[0]["tool_calls"][0]["arguments"]["due_date"] == tomorrow.isoformat()
    assert len({r["conversation_id"] for r in replies}) == 1
    with psycopg.connect(app_db_url) as conn:
        assert conn.execute("SELECT count(*) FROM tasks").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (8,)


def test_chat_goes_on_with_the_last_conversation(env: dict[str, str]) -> None:
    first = pgpilot("chat", "--user", "alice@example.com", stdin="add water plants\n", env=env)
    assert first.returncode == 0, first.stderr
    assert "pgpilot >" in first.stdout
    assert "add_task" in first.stdout
    assert "Added 'Water plants'" in first.stdout
    again = pgpilot("chat", "--user", "alice@example.com", stdin="mark it done\n", env=env)
    assert "Marked 'Water plants' as done" in again.stdout
    fresh = pgpilot("chat", "--user", "alice@example.com", "--new", stdin="mark it done\n", env=env)
    assert "Which task should I mark as done?" in fresh.stdout


def test_chat_with_an_unknown_account(env: dict[str, str]) -> None:
    result = pgpilot("chat", "--user", "nobody@example.com", stdin="hi\n", env=env)
    assert_one_line_error(result, "no account 'nobody@example.com'")
