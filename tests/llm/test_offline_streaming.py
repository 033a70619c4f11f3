"""Held-out questions for the offline planner on a music streaming schema it has never seen.

Artists, their albums and tracks (some featuring a second artist), users with their plan
subscriptions, playlists linked to tracks, and the listening history of plays. The 55 questions
and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner,
its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight with the planner of 2026-11-30 morning: 33/55. Tuned on since (2026-11-30
afternoon): 51/55, so no longer a held-out measure.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.streaming import STREAMING

COUNTS = [
    case("how many explicit tracks are there?", "SELECT count(*) FROM tracks WHERE is_explicit"),
    case(
        "how many subscriptions are on the premium plan?",
        "SELECT count(*) FROM subscriptions WHERE plan = 'premium'",
    ),
    case("how many plays were skipped", "SELECT count(*) FROM plays WHERE skipped"),
    case(
        "how many artists are from Nigeria?",
        "SELECT count(*) FROM artists WHERE country = 'Nigeria'",
    ),
    case("number of EPs", "SELECT count(*) FROM albums WHERE album_type = 'ep'"),
    case(
        "how many plays came from smart speakers?",
        "SELECT count(*) FROM plays WHERE device = 'smart_speaker'",
    ),
]
FILTERS = [
    case("verified artists", "SELECT * FROM artists WHERE is_verified"),
    case("show me the private playlists", "SELECT * FROM playlists WHERE NOT is_public"),
    case("list all the singles", "SELECT * FROM albums WHERE album_type = 'single'"),
    case("which artists make techno?", "SELECT * FROM artists WHERE genre = 'techno'"),
    case("users in Sweden", "SELECT * FROM users WHERE country = 'Sweden'"),
    case(
        "subscriptions that have auto-renew switched off",
        "SELECT * FROM subscriptions WHERE NOT auto_renew",
    ),
]
JOINS = [
    case(
        "what tracks are on the album Golden Hearts?",
        "SELECT t.* FROM tracks t JOIN albums a ON a.album_id = t.album_id"
        " WHERE a.title = 'Golden Hearts'",
    ),
    case(
        "albums by Luna Ferreira",
        "SELECT al.* FROM albums al JOIN artists ar ON ar.artist_id = al.artist_id"
        " WHERE ar.name = 'Luna Ferreira'",
    ),
    case(
        "Which tracks are in the Road Trip playlist?",
        "SELECT t.* FROM tracks t JOIN playlist_tracks pt ON pt.track_id = t.track_id"
        " JOIN playlists p ON p.playlist_id = pt.playlist_id WHERE p.name = 'Road Trip'",
    ),
    case(
        "playlists created by kofi_beats",
        "SELECT p.* FROM playlists p JOIN users u ON u.user_id = p.owner_id"
        " WHERE u.username = 'kofi_beats'",
    ),
    case(
        "which tracks feature Hana Lee?",
        "SELECT t.* FROM tracks t JOIN artists a ON a.artist_id = t.featured_artist_id"
        " WHERE a.name = 'Hana Lee'",
    ),
    case(
        "plays by users from Japan",
        "SELECT p.* FROM plays p JOIN users u ON u.user_id = p.user_id WHERE u.country = 'Japan'",
    ),
    case(
        "which playlists is Drifting Water on?",
        "SELECT p.* FROM playlists p JOIN playlist_tracks pt ON pt.playlist_id = p.playlist_id"
        " JOIN tracks t ON t.track_id = pt.track_id WHERE t.title = 'Drifting Water'",
    ),
]
SUPERLATIVES = [
    case(
        "what's the longest track?", "SELECT * FROM tracks ORDER BY duration_seconds DESC LIMIT 1"
    ),
    case("the shortest track", "SELECT * FROM tracks ORDER BY duration_seconds LIMIT 1"),
    case("our most recent album", "SELECT * FROM albums ORDER BY released_on DESC LIMIT 1"),
    case(
        "which band was formed first?",
        "SELECT * FROM artists ORDER BY formed_year LIMIT 1",
    ),
    case("who was the first user to sign up?", "SELECT * FROM users ORDER BY signed_up_on LIMIT 1"),
    case(
        "Which artist has been played the most?",
        "SELECT ar.artist_id, ar.name, count(*) FROM plays p"
        " JOIN tracks t ON t.track_id = p.track_id JOIN albums al ON al.album_id = t.album_id"
        " JOIN artists ar ON ar.artist_id = al.artist_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which user has spent the most time listening?",
        "SELECT u.user_id, u.username, sum(p.seconds_played) FROM plays p"
        " JOIN users u ON u.user_id = p.user_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many plays per device?", "SELECT device, count(*) FROM plays GROUP BY 1"),
    case(
        "number of subscriptions on each plan",
        "SELECT plan, count(*) FROM subscriptions GROUP BY 1",
    ),
    case(
        "total monthly price per plan",
        "SELECT plan, sum(monthly_price_eur) FROM subscriptions GROUP BY 1",
    ),
    case("how many artists in each genre?", "SELECT genre, count(*) FROM artists GROUP BY 1"),
    case("users by country", "SELECT country, count(*) FROM users GROUP BY 1"),
    case(
        "what's the average track length on each album?",
        "SELECT a.album_id, a.title, avg(t.duration_seconds) FROM tracks t"
        " JOIN albums a ON a.album_id = t.album_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "users who signed up in the last 30 days",
        "SELECT * FROM users WHERE signed_up_on >= current_date - 30",
    ),
    case("albums released before 2005", "SELECT * FROM albums WHERE released_on < '2005-01-01'"),
    case(
        "how many plays were there in March 2025?",
        "SELECT count(*) FROM plays WHERE played_at >= '2025-03-01' AND played_at < '2025-04-01'",
    ),
    case(
        "Which albums came out in the last three months?",
        "SELECT * FROM albums WHERE released_on >= current_date - interval '3 months'",
    ),
    case(
        "playlists created in 2022",
        "SELECT * FROM playlists WHERE created_at >= '2022-01-01' AND created_at < '2023-01-01'",
    ),
    case(
        "plays in the last 7 days",
        "SELECT * FROM plays WHERE played_at >= current_date - 7",
    ),
]
COMPARISONS = [
    case("tracks longer than 7 minutes", "SELECT * FROM tracks WHERE duration_seconds > 420"),
    case(
        "tracks shorter than two and a half minutes",
        "SELECT * FROM tracks WHERE duration_seconds < 150",
    ),
    case(
        "subscriptions costing more than 10 euros a month",
        "SELECT * FROM subscriptions WHERE monthly_price_eur > 10",
    ),
    case("artists formed after 2015", "SELECT * FROM artists WHERE formed_year > 2015"),
    case(
        "playlists with more than 8 tracks",
        "SELECT * FROM playlists p WHERE"
        " (SELECT count(*) FROM playlist_tracks pt WHERE pt.playlist_id = p.playlist_id) > 8",
    ),
    case("plays of at least 4 minutes", "SELECT * FROM plays WHERE seconds_played >= 240"),
]
NEVER = [
    case(
        "tracks that have never been played",
        "SELECT * FROM tracks t WHERE NOT EXISTS"
        " (SELECT 1 FROM plays p WHERE p.track_id = t.track_id)",
    ),
    case(
        "users without a subscription",
        "SELECT * FROM users u WHERE NOT EXISTS"
        " (SELECT 1 FROM subscriptions s WHERE s.user_id = u.user_id)",
    ),
    case("albums with no record label", "SELECT * FROM albums WHERE record_label IS NULL"),
    case(
        "which users have never listened to anything?",
        "SELECT * FROM users u WHERE NOT EXISTS"
        " (SELECT 1 FROM plays p WHERE p.user_id = u.user_id)",
    ),
    case(
        "empty playlists",
        "SELECT * FROM playlists p WHERE NOT EXISTS"
        " (SELECT 1 FROM playlist_tracks pt WHERE pt.playlist_id = p.playlist_id)",
    ),
]
NAMED = [
    case(
        "when was Hollow Signals released?",
        "SELECT released_on FROM albums WHERE title = 'Hollow Signals'",
    ),
    case("what genre is Greywater?", "SELECT genre FROM artists WHERE name = 'Greywater'"),
    case(
        "how long is Calling Slowly?",
        "SELECT duration_seconds FROM tracks WHERE title = 'Calling Slowly'",
    ),
    case("Where is Aiko Tanabe from?", "SELECT country FROM artists WHERE name = 'Aiko Tanabe'"),
    case(
        "when did maya_tunes sign up?",
        "SELECT signed_up_on FROM users WHERE username = 'maya_tunes'",
    ),
    case(
        "which label released Paper Signals?",
        "SELECT record_label FROM albums WHERE title = 'Paper Signals'",
    ),
]

# First sight, by the planner of 2026-11-30 after its vocabulary and adjective work: 33/55
# (the planner of ab97950, before that work: 28/55). Known misses, with the planner's answer:
MISSES: dict[str, str] = {
    "Which artist has been played the most?": (
        "refused: CANNOT: I understand SQL, and: list tables; describe <table>; how "
        "many <table> [where …]; show [top N] <table> [where <column> <op> <value> "
        "[and …]] [order by <column> [desc]]; show the N most expensi"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = STREAMING  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_streaming_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
