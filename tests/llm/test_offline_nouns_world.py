"""Questions that name tables, flags and values in other words than a campsite schema's.

Written before the rules they test (2026-11-30, nouns helper): initials of a table's words
("electric vehicle charging sessions"), a flag's words ("have electric hookup", "first-time
campers"), a value of the table asked about ("gold campers", "wardens"), and money words
("money taken", "revenue"). The planner has not been tuned on this schema.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.nouns_world import NOUNS_WORLD

CASES = [
    case("how many lakeside pitches are there?", "SELECT count(*) FROM sites WHERE is_lakeside"),
    case("which sites have electric hookup?", "SELECT * FROM sites WHERE has_electric_hookup"),
    case(
        "how many gold campers do we have?",
        "SELECT count(*) FROM campers WHERE loyalty_level = 'gold'",
    ),
    case("How many wardens do we employ?", "SELECT count(*) FROM staff WHERE role = 'warden'"),
    case("list the lifeguards", "SELECT * FROM staff WHERE role = 'lifeguard'"),
    case("which staff offer guided walks?", "SELECT * FROM staff WHERE offers_guided_walks"),
    case(
        "how many electric vehicle charging sessions were there?",
        "SELECT count(*) FROM ev_charging_sessions",
    ),
    case(
        "electric vehicle charging sessions over 20 kwh",
        "SELECT * FROM ev_charging_sessions WHERE kwh > 20",
    ),
    case(
        "the cheapest glamping site",
        "SELECT * FROM sites WHERE pitch_type = 'glamping' ORDER BY nightly_rate_gbp LIMIT 1",
    ),
    case("how many stays were cancelled?", "SELECT count(*) FROM stays WHERE status = 'cancelled'"),
    case("total revenue from stays", "SELECT sum(amount_gbp) FROM stays"),
    case(
        "how much money have we taken for each pitch type?",
        "SELECT s.pitch_type, sum(st.amount_gbp) FROM stays st JOIN sites s USING (site_id)"
        " GROUP BY s.pitch_type",
    ),
    case("first-time campers", "SELECT * FROM campers WHERE is_first_time"),
    case("how many seasonal staff do we have?", "SELECT count(*) FROM staff WHERE is_seasonal"),
    case("walk-in stays", "SELECT * FROM stays WHERE is_walk_in"),
    case("how many banned campers?", "SELECT count(*) FROM campers WHERE status = 'banned'"),
    case("which sites are dog-friendly?", "SELECT * FROM sites WHERE allows_dogs"),
    case(
        "count the lakeside stays",
        "SELECT count(*) FROM stays JOIN sites USING (site_id) WHERE sites.is_lakeside",
    ),
    case(
        "caravan pitches under 30 pounds a night",
        "SELECT * FROM sites WHERE pitch_type = 'caravan' AND nightly_rate_gbp < 30",
    ),
    case("the total value of the stays", "SELECT sum(amount_gbp) FROM stays"),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(CASES, MISSES)


SCHEMA = NOUNS_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_nouns_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
