"""Words of a row's kind and state, rule by rule: sql_kinds, sql_flags, sql_columns, sql_units."""

import pytest

from pgpilot.llm.sql_columns import headed
from pgpilot.llm.sql_flags import flag, part_flag
from pgpilot.llm.sql_kinds import kind_table, made
from pgpilot.llm.sql_phrasing import plain
from pgpilot.llm.sql_units import scaled
from pgpilot.llm.sql_words import words
from pgpilot.sql.schema import Column, Table
from pgpilot.sql.values import index


def _table(name: str, *columns: tuple[str, str]) -> Table:
    cols = [Column(f"{name[:-1]}_id", "integer", False), *(Column(n, t, False) for n, t in columns)]
    return Table("public", name, "table", None, None, cols, [f"{name[:-1]}_id"])


SLOPES = _table("slopes", ("slope_name", "text"), ("length_m", "integer"))
EVENTS = _table("events", ("title", "text"), ("venue", "text"))
LIFTS = _table("lifts", ("lift_name", "text"), ("is_operating", "boolean"))
SCANS = _table("scans", ("gate", "text"), ("access_granted", "boolean"))
CAMPAIGNS = _table(
    "campaigns", ("title", "text"), ("goal_amount", "numeric"), ("lead_fundraiser", "text")
)
VALUES = index(
    {
        ("public.slopes", "slope_name"): ["Eagle Run", "Valley Home Run", "Pine Alley"],
        ("public.events", "title"): ["Scholarship Fun Run", "Spring Gala"],
    }
)


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        pytest.param("runs", SLOPES, id="plural"),
        pytest.param("run", SLOPES, id="singular"),
        pytest.param("alley", None, id="one-name-is-no-kind"),
        pytest.param("gala", None, id="another-table-once"),
    ],
)
def test_a_word_that_ends_two_names_of_a_table_names_it(word: str, kind: Table | None) -> None:
    assert kind_table(word, VALUES, [SLOPES, EVENTS]) == kind


@pytest.mark.parametrize(
    ("said", "at", "act"),
    [
        pytest.param("which guests have booked a room", 3, True, id="have-booked-a"),
        pytest.param("which guests have booked rooms", 3, False, id="no-article"),
        pytest.param("which guests have cancelled a room", 3, False, id="a-change-of-state"),
        pytest.param("booked rooms", 0, False, id="an-adjective"),
    ],
)
def test_an_act_that_makes_a_row_is_no_status(said: str, at: int, act: bool) -> None:
    assert made(words(said), at, [SLOPES, EVENTS]) is act


def test_an_act_a_table_is_named_for_is_that_table_s() -> None:
    bookings = _table("room_bookings", ("booked_at", "timestamp"))
    assert not made(words("which guests have booked a room"), 3, [bookings])


@pytest.mark.parametrize(
    ("word", "table", "column", "test"),
    [
        pytest.param("running", LIFTS, "is_operating", "true", id="alike"),
        pytest.param("operational", LIFTS, "is_operating", "true", id="alike-adjective"),
        pytest.param("denied", SCANS, "access_granted", "false", id="opposite-participle"),
        pytest.param("granted", SCANS, "access_granted", "true", id="participle-last"),
    ],
)
def test_a_state_said_in_other_words_is_its_flag(
    word: str, table: Table, column: str, test: str
) -> None:
    found = flag(word, [table])
    assert found is not None
    assert (found[1].name, found[2]) == (column, test)


def test_a_word_like_gate_is_no_participle_flag() -> None:
    assert flag("gate", [SCANS]) is None


@pytest.mark.parametrize(
    ("phrase", "column"),
    [
        pytest.param("fundraising goal", "goal_amount", id="a-modifier-before-the-column"),
        pytest.param("fundraising target", "goal_amount", id="a-synonym"),
        pytest.param("goal", None, id="one-word-is-no-phrase"),
        pytest.param("fundraising budget", None, id="no-column-of-the-head"),
    ],
)
def test_the_last_word_of_a_phrase_names_the_column(phrase: str, column: str | None) -> None:
    found = headed(CAMPAIGNS, phrase)
    assert (found.name if found else None) == column


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        pytest.param(
            "What is the unit rate on Green Fix 24M Electricity",
            "What is the unit rate on Green Fix 24M Electricity",
            id="inside-a-name",
        ),
        pytest.param("projects over 2M", "projects over 2000000", id="an-amount"),
        pytest.param("24M Electricity", "24000000 Electricity", id="first-word"),
    ],
)
def test_a_short_scale_inside_a_name_is_kept(said: str, plain: str) -> None:
    assert scaled(said, [CAMPAIGNS]) == plain


def test_values_count_words_as_questions_are_read() -> None:
    assert index({("public.plans", "plan_name"): ["Green Fix 24M Electricity"]}).longest == 5


TARIFFS = _table("tariffs", ("tariff_name", "text"), ("standing_charge_pence", "numeric"))


@pytest.mark.parametrize(
    ("said", "plain_said"),
    [
        pytest.param("standing charge above 55p a day", "standing charge above 55", id="pence"),
        pytest.param("standing charge above 55 pence", "standing charge above 55", id="spelled"),
    ],
)
def test_pence_are_the_number_of_a_pence_column(said: str, plain_said: str) -> None:
    assert plain(said, [TARIFFS]) == plain_said


def test_pence_stay_where_no_column_is_in_pence() -> None:
    assert plain("videos in 1080p", [CAMPAIGNS]) == "videos in 1080p"


SHOTS = _table(
    "vaccinations",
    ("had_adverse_reaction", "boolean"),
    ("is_booster", "boolean"),
    ("reaction_notes", "text"),
    ("charging_fee", "numeric"),
    ("has_ev_charging", "boolean"),
)


@pytest.mark.parametrize(
    ("word", "column"),
    [
        pytest.param("adverse", "had_adverse_reaction", id="a-part-of-one-flag"),
        pytest.param("booster", "is_booster", id="the-flag-s-word"),
        pytest.param("reaction", None, id="a-text-column-shares-it"),
        pytest.param("charging", None, id="a-verb"),
        pytest.param("dose", None, id="no-part"),
    ],
)
def test_a_word_of_one_flag_of_the_tables_named_is_that_flag(word: str, column: str | None) -> None:
    found = part_flag(word, [SHOTS])
    assert (found[1].name if found else None) == column
