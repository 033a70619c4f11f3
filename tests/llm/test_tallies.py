"""Report-style groups (llm/sql_tallies.py): tallies said, and the column a group names."""

import pytest

from pgpilot.llm.sql_tallies import group_head, tallied
from pgpilot.sql.schema import Column, ForeignKey, Table

SPEAKERS = Table(
    "public",
    "speakers",
    "table",
    None,
    None,
    [Column("speaker_id", "integer", False), Column("speaker_status", "text", False)],
    ["speaker_id"],
)
WORKSHOPS = Table(
    "public",
    "workshops",
    "table",
    None,
    None,
    [
        Column("workshop_id", "integer", False),
        Column("host_id", "integer", False),
        Column("workshop_status", "text", False),
    ],
    ["workshop_id"],
    [ForeignKey("workshops_host", ["host_id"], "public.speakers", ["speaker_id"], "NO ACTION")],
)
TABLES = [SPEAKERS, WORKSHOPS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("crew count by rank", "number of crew by rank", id="tally"),
        pytest.param(
            "average guest count per package",
            "average guest count per package",
            id="an-average-of-a-count-column",
        ),
        pytest.param(
            "total seat count by venue", "total seat count by venue", id="a-sum-of-a-count-column"
        ),
    ],
)
def test_tallied_says_a_tally_as_a_number_of_rows(text: str, expected: str) -> None:
    assert tallied(text) == expected


@pytest.mark.parametrize(
    ("phrase", "asked", "expected"),
    [
        pytest.param("status", "workshops", "workshop status", id="the-named-tables-status"),
        pytest.param("status", "speakers", "speaker status", id="the-other-tables-status"),
        pytest.param("status", "", "status", id="two-statuses-unnamed"),
        pytest.param("host", "workshops", "speakers", id="a-role-is-its-table"),
    ],
)
def test_group_head_is_the_column_or_table_the_group_names(
    phrase: str, asked: str, expected: str
) -> None:
    assert group_head(phrase, TABLES, None, asked) == expected
