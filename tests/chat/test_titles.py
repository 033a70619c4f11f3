"""Conversation titles from a first message."""

import pytest

from pgpilot.chat.titles import MAX_TITLE, generate_conversation_title


@pytest.mark.parametrize(
    ("message", "title"),
    [
        pytest.param("add a task to buy milk", "Add Task To Buy Milk", id="article-dropped"),
        pytest.param(
            "Remind me to call the dentist and book a cleaning next week please",
            "Remind Me To Call Dentist Book Cleaning Next",
            id="eight-words",
        ),
        pytest.param("what's due today?", "What's Due Today", id="punctuation"),
        pytest.param("the a an and or", "New conversation", id="only-small-words"),
        pytest.param("", "New conversation", id="empty"),
        pytest.param("show SQL tasks", "Show SQL Tasks", id="keeps-capitals"),
        pytest.param("ünïcode wörds", "Ünïcode Wörds", id="unicode"),
    ],
)
def test_titles(message: str, title: str) -> None:
    assert generate_conversation_title(message) == title


def test_title_is_at_most_50_characters() -> None:
    title = generate_conversation_title("internationalisation " * 3 + "x " * 10)
    assert len(title) <= MAX_TITLE
    assert title == "Internationalisation Internationalisation"
    long_word = generate_conversation_title("x" * 80)
    assert len(long_word) == MAX_TITLE
    assert long_word.endswith("…")
