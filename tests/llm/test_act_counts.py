"""The table a verb's acts are counted in (llm/sql_act_counts.py) and verbs that name tables."""

import pytest

from pgpilot.llm.sql_act_counts import act_counted
from pgpilot.llm.sql_stems import verb_names
from pgpilot.sql.schema import Column, ForeignKey, Table


def _table(name: str, *keys: str, numbers: tuple[str, ...] = ()) -> Table:
    """A table keyed by `<name>_id`, with a key to each table in `keys` and number columns."""
    own = f"{name.removesuffix('s')}_id"
    columns = [Column(own, "integer", False)]
    columns += [Column(f"{k.removesuffix('s')}_id", "integer", False) for k in keys]
    columns += [Column(n, "numeric", False) for n in numbers]
    fks = [
        ForeignKey(
            f"{name}_{k}",
            [f"{k.removesuffix('s')}_id"],
            f"public.{k}",
            [f"{k.removesuffix('s')}_id"],
            "NO ACTION",
        )
        for k in keys
    ]
    return Table("public", name, "table", None, None, columns, [own], fks)


HALLS = _table("halls", numbers=("hire_fee",))
BANDS = _table("bands")
GIGS = _table("gigs", "halls")
BAND_BOOKINGS = _table("band_bookings", "gigs", "bands")
TABLES = [HALLS, BANDS, GIGS, BAND_BOOKINGS]


def test_a_verb_is_counted_in_the_nearest_table_it_names() -> None:
    counted = act_counted("hired", BANDS, TABLES)
    assert counted is not None
    assert counted.name == "band_bookings"


def test_a_number_of_the_subject_itself_is_left_to_the_other_readings() -> None:
    halls = _table("halls", numbers=("hire_fee",))
    hires = _table("hires", "halls")
    assert act_counted("hired", halls, [halls, hires]) is None


@pytest.mark.parametrize(
    ("name", "verb", "expected"),
    [
        pytest.param("supplier_bookings", "hired", True, id="hiring-is-booking"),
        pytest.param("bookings", "reserved", True, id="plural-of-an-ing-noun"),
        pytest.param("bike_rentals", "hired", True, id="hire-is-renting"),
        pytest.param("payments", "hired", False, id="unrelated"),
    ],
)
def test_verb_names_a_table_by_the_noun_of_its_act(name: str, verb: str, expected: bool) -> None:
    assert verb_names(name, verb) is expected
