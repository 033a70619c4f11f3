"""Flags named in other words (`sql_wordings`): "dog-friendly" → allows_dogs."""

import pytest

from pgpilot.llm.sql_wordings import friendly_flag
from pgpilot.sql.schema import Column, Table

SITES = Table(
    "public",
    "sites",
    "table",
    None,
    None,
    [
        Column("site_id", "integer", False),
        Column("allows_dogs", "boolean", False),
        Column("pets_allowed_fee", "numeric", True),
        Column("is_dog_walk", "boolean", False),
    ],
    ["site_id"],
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("dog-friendly", "allows_dogs", id="dog-friendly"),
        pytest.param("Dogs-friendly", "allows_dogs", id="plural"),
        pytest.param("pet-friendly", None, id="a-number-is-no-flag"),
        pytest.param("dog-walk", None, id="not-friendly"),
        pytest.param("child-friendly", None, id="nothing-lets-children-in"),
    ],
)
def test_friendly_flag_is_the_one_flag_that_lets_the_thing_in(
    phrase: str, expected: str | None
) -> None:
    found = friendly_flag(phrase, [SITES])
    assert (None if found is None else found[1].name) == expected
