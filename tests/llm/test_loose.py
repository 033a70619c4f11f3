"""Which unplaced words a question may do without (llm/sql_loose.py), word by word."""

import pytest

from pgpilot.llm.sql_loose import loose_words, noted, without


@pytest.mark.parametrize(
    ("unplaced", "said"),
    [
        pytest.param(["teaches"], "show me the sessions Sofia Marino teaches", id="a-verb"),
        pytest.param(["look", "after"], "the oldest car we look after", id="a-phrasal-verb"),
    ],
)
def test_words_between_named_things_may_be_left_out(unplaced: list[str], said: str) -> None:
    assert loose_words(unplaced, said) == unplaced


@pytest.mark.parametrize(
    ("unplaced", "said"),
    [
        pytest.param(["needed"], "bikes that have never needed a repair", id="negated"),
        pytest.param(["narnia"], "how many customers live in Narnia", id="a-name"),
        pytest.param(["44"], "which parts were used on repair order 44", id="a-number"),
        pytest.param(["when"], "when did Winston arrive", id="when"),
        pytest.param(["who's"], "who's on the Premium plan", id="who"),
        pytest.param(["stronger"], "wines stronger than 12.5% alcohol", id="a-comparative"),
        pytest.param(["teaches", "narnia"], "who teaches in Narnia", id="one-of-them-kept"),
    ],
)
def test_words_that_may_carry_the_question_are_kept(unplaced: list[str], said: str) -> None:
    assert loose_words(unplaced, said) == []


def test_the_words_go_and_the_sql_says_which() -> None:
    assert without("show me the sessions Sofia Marino teaches", ["teaches"]) == (
        "show me the sessions Sofia Marino"
    )
    assert noted("SELECT 1", ["look", "after"]) == "-- words left out: 'look', 'after'\nSELECT 1"
