"""Questions about rows related to a named row, on a podcast network the planner was not tuned on.

Each question names one row (a podcast's title, an episode's code or title, a guest's or a
host's name, a sponsor) and asks for a column of that row alone ("how long is episode EP-104"),
or for the rows of another table linked to it along the foreign keys, directly ("episodes of
Night Shift Stories") or through a link table ("which episodes has Nora Quinn been on").
The questions and gold SQL were written before the rules they check; first sight, with the
planner of 1688869: 14/18; with sql_related, sql_acted and the "how much does X <verb>" rule
written after them: 18/18.
"""

import pytest

from tests.llm.gold import GoldDatabase, Grounded, assert_answered, case, with_misses
from tests.llm.related_world import RELATED_WORLD

OWN = [
    case(
        "how long is episode EP-104?",
        "SELECT duration_minutes FROM episodes WHERE code = 'EP-104'",
    ),
    case(
        "how many subscribers does Byte Sized have?",
        "SELECT subscriber_count FROM podcasts WHERE title = 'Byte Sized'",
    ),
    case(
        "how many downloads did The Lighthouse Keeper get?",
        "SELECT download_count FROM episodes WHERE title = 'The Lighthouse Keeper'",
    ),
    case(
        "what genre is The Garden Hour?",
        "SELECT genre FROM podcasts WHERE title = 'The Garden Hour'",
    ),
    case(
        "when was Compost Myths published?",
        "SELECT published_on FROM episodes WHERE title = 'Compost Myths'",
    ),
    case(
        "what is Marcus Bell's email?",
        "SELECT email FROM hosts WHERE full_name = 'Marcus Bell'",
    ),
    case(
        "how much does Greenleaf Seeds pay?",
        "SELECT fee_usd FROM sponsorships WHERE sponsor_name = 'Greenleaf Seeds'",
    ),
]
LINKED = [
    case(
        "episodes of Night Shift Stories",
        "SELECT e.* FROM episodes e JOIN podcasts p ON p.podcast_id = e.podcast_id"
        " WHERE p.title = 'Night Shift Stories'",
    ),
    case(
        "who hosts Byte Sized?",
        "SELECT h.* FROM hosts h JOIN podcasts p ON p.podcast_id = h.podcast_id"
        " WHERE p.title = 'Byte Sized'",
    ),
    case(
        "list the episodes hosted by Hannah Okafor",
        "SELECT e.* FROM episodes e JOIN hosts h ON h.podcast_id = e.podcast_id"
        " WHERE h.full_name = 'Hannah Okafor'",
    ),
    case(
        "which sponsors does Night Shift Stories have?",
        "SELECT s.sponsor_name FROM sponsorships s JOIN podcasts p ON p.podcast_id = s.podcast_id"
        " WHERE p.title = 'Night Shift Stories'",
    ),
    case(
        "which podcasts does Cloudnest sponsor?",
        "SELECT p.* FROM podcasts p JOIN sponsorships s ON s.podcast_id = p.podcast_id"
        " WHERE s.sponsor_name = 'Cloudnest'",
    ),
    case(
        "how many episodes does Byte Sized have?",
        "SELECT count(*) FROM episodes e JOIN podcasts p ON p.podcast_id = e.podcast_id"
        " WHERE p.title = 'Byte Sized'",
    ),
]
THROUGH = [
    case(
        "which episodes has Nora Quinn been on?",
        "SELECT e.* FROM episodes e JOIN episode_guests eg ON eg.episode_id = e.episode_id"
        " JOIN guests g ON g.guest_id = eg.guest_id WHERE g.full_name = 'Nora Quinn'",
    ),
    case(
        "guests on episode EP-101",
        "SELECT g.* FROM guests g JOIN episode_guests eg ON eg.guest_id = g.guest_id"
        " JOIN episodes e ON e.episode_id = eg.episode_id WHERE e.code = 'EP-101'",
    ),
    case(
        "who appeared on The Open Source Summer?",
        "SELECT g.* FROM guests g JOIN episode_guests eg ON eg.guest_id = g.guest_id"
        " JOIN episodes e ON e.episode_id = eg.episode_id"
        " WHERE e.title = 'The Open Source Summer'",
    ),
    case(
        "Tomas Berg's episodes",
        "SELECT e.* FROM episodes e JOIN episode_guests eg ON eg.episode_id = e.episode_id"
        " JOIN guests g ON g.guest_id = eg.guest_id WHERE g.full_name = 'Tomas Berg'",
    ),
    case(
        "which podcasts has Sanjay Rao been a guest on?",
        "SELECT DISTINCT p.* FROM podcasts p JOIN episodes e ON e.podcast_id = p.podcast_id"
        " JOIN episode_guests eg ON eg.episode_id = e.episode_id"
        " JOIN guests g ON g.guest_id = eg.guest_id WHERE g.full_name = 'Sanjay Rao'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses([*OWN, *LINKED, *THROUGH], MISSES)


SCHEMA = RELATED_WORLD  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_related_world_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
