"""Values stored under another everyday word (`sql_alike`)."""

import pytest

from pgpilot.llm.sql_alike import alike, alike_value
from pgpilot.sql.values import Hit, index

VALUES = index(
    {
        ("public.donors", "donor_type"): ["company", "individual"],
        ("public.plans", "billing"): ["annual", "monthly"],
    }
)
SEEN = {"public.donors", "public.plans"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("corporate", Hit("public.donors", "donor_type", "company"), id="corporate"),
        pytest.param("Private", Hit("public.donors", "donor_type", "individual"), id="private"),
        pytest.param("yearly", Hit("public.plans", "billing", "annual"), id="yearly"),
        pytest.param("weekly", None, id="no-group"),
        pytest.param("company", None, id="the-word-itself-is-not-alike"),
    ],
)
def test_alike_value_is_the_one_value_stored_under_an_alike_word(
    word: str, expected: Hit | None
) -> None:
    assert alike_value(word, VALUES, SEEN) == expected


def test_alike_value_only_reads_the_tables_seen() -> None:
    assert alike_value("corporate", VALUES, {"public.plans"}) is None


def test_alike_words_leave_the_word_itself_out() -> None:
    assert "free" not in alike("free")
    assert "complimentary" in alike("free")
