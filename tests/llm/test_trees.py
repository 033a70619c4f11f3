"""Join trees (llm/sql_trees.py) and the table a value means (llm/sql_owners.py)."""

import pytest

from pgpilot.llm.sql_owners import settle
from pgpilot.llm.sql_placed import Placed
from pgpilot.llm.sql_trees import idle, joins
from pgpilot.sql.schema import Column, ForeignKey, Table
from pgpilot.sql.values import Hit, index


def _table(name: str, *keys: str) -> Table:
    """A table keyed by `<name>_id`, with a key to each of `keys` (`home_site` → sites)."""
    own = f"{name}_id"
    columns = [Column(own, "integer", False), *(Column(f"{k}_id", "integer", False) for k in keys)]
    targets = [k.rsplit("_", 1)[-1] for k in keys]
    fks = [
        ForeignKey(f"{name}_{k}", [f"{k}_id"], f"public.{t}", [f"{t}_id"], "NO ACTION")
        for k, t in zip(keys, targets, strict=True)
    ]
    return Table("public", name, "table", None, None, columns, [own], fks)


SITE = _table("site")
MEMBER = _table("member", "home_site")
ROOM = _table("room", "site")
BOOKING = _table("booking", "member", "room")
TABLES = [SITE, MEMBER, ROOM, BOOKING]


def _joined(base: Table, wanted: list[Table]) -> list[str]:
    steps, _ = joins(base, wanted, TABLES)
    return [f"{s.source.name}>{s.target.name}" for s in steps]


@pytest.mark.parametrize(
    "wanted",
    [
        pytest.param([BOOKING, ROOM, SITE], id="booking-room-site"),
        pytest.param([BOOKING, SITE, ROOM], id="booking-site-room"),
        pytest.param([SITE, ROOM, BOOKING], id="site-room-booking"),
    ],
)
def test_a_booking_joins_its_member_to_the_rooms_site(wanted: list[Table]) -> None:
    assert _joined(MEMBER, wanted) == ["member>booking", "booking>room", "room>site"]


def test_the_base_may_leave_its_own_key_unused() -> None:
    steps, repeats = joins(MEMBER, [BOOKING, ROOM, SITE], TABLES)
    assert idle(MEMBER, steps) == 0
    assert repeats


def test_one_table_wanted_is_reached_along_the_shortest_path() -> None:
    assert _joined(MEMBER, [SITE]) == ["member>site"]


def test_a_value_moves_to_the_table_the_question_names() -> None:
    found = {("public.site", "state"): ["open"], ("public.booking", "state"): ["open"]}
    placed = Placed(tables=[BOOKING], values=[Hit("public.site", "state", "open")])
    settle(placed, index(found))
    assert placed.values == [Hit("public.booking", "state", "open")]


def test_a_value_of_a_table_named_stays() -> None:
    found = {("public.site", "state"): ["open"], ("public.booking", "state"): ["open"]}
    placed = Placed(tables=[SITE, BOOKING], values=[Hit("public.site", "state", "open")])
    settle(placed, index(found))
    assert placed.values == [Hit("public.site", "state", "open")]
