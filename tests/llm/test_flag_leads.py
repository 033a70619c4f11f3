"""A flag's first word said by its opposite or another verb (llm/sql_flag_leads.py)."""

import pytest

from pgpilot.llm.sql_flag_leads import flag_word, leads_said, says_flag
from pgpilot.sql.schema import Column, Table

COURTS = Table(
    "public",
    "courts",
    "table",
    None,
    None,
    [
        Column("court_id", "integer", False),
        Column("is_open_to_guests", "boolean", False),
        Column("closed", "boolean", False),
        Column("available_for_booking", "boolean", False),
    ],
    ["court_id"],
)
COACHES = Table(
    "public",
    "coaches",
    "table",
    None,
    None,
    [Column("coach_id", "integer", False), Column("accepting_new_clients", "boolean", False)],
    ["coach_id"],
)
TABLES = [COURTS, COACHES]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("courts closed to guests", "courts not open to guests", id="opposite-negated"),
        pytest.param(
            "courts closed to the guests", "courts not open to the guests", id="article-between"
        ),
        pytest.param(
            "coaches taking on new clients", "coaches accepting new clients", id="same-verb"
        ),
        pytest.param("courts closed on Sundays", "courts closed on Sundays", id="other-words"),
        pytest.param("coaches taking on staff", "coaches taking on staff", id="not-the-flag"),
        pytest.param(
            "how many courts can members book?",
            "how many courts are available for booking",
            id="what-the-rows-allow",
        ),
        pytest.param(
            "which courts can be booked", "which courts are available for booking", id="be"
        ),
        pytest.param(
            "which courts can members hire", "which courts can members hire", id="no-flag"
        ),
    ],
)
def test_leads_said_rewrites_only_a_flags_whole_words(text: str, expected: str) -> None:
    assert leads_said(text, TABLES) == expected


def test_says_flag_needs_every_word_of_the_flag() -> None:
    assert says_flag("are not accepting new clients", COACHES)
    assert not says_flag("have no clients", COACHES)


def test_flag_word_is_an_adjective_only_outside_a_flag() -> None:
    assert flag_word("new", COACHES, ["coaches", "accepting", "new", "clients"])
    assert not flag_word("new", COACHES, ["new", "coaches"])
