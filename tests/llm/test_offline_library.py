"""A held-out exam for the offline planner: a public library network it has never seen.

The schema (tests/llm/library.py) has eight tables: branches in cities and countries, books
held at a branch, authors and the book_authors link (role, credit order), members with a
membership tier and status, loans (due_on, returned_on), fines on loans (amount_eur, paid) and
events at branches; three enum types; dates of loans, fines, visits and events relative to
current_date. The questions and their gold SQL were written blind on 2026-11-30, by a helper
not allowed to read the planner, its tests or its docs; misses are recorded, never fixed here.

55 questions: 6 counts with a value, 6 row filters, 7 joins (both directions, two hops, the
link table), 6 superlatives (3 over rows, 3 over groups), 6 per-group aggregates, 6 on dates,
6 comparisons in words, 6 "never" questions (IS NULL), 6 about one named row.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.library import LIBRARY

COUNTS = [
    case(
        "how many events were cancelled?", "SELECT count(*) FROM events WHERE status = 'cancelled'"
    ),
    case("number of branches in Spain", "SELECT count(*) FROM branches WHERE country = 'Spain'"),
    case(
        "How many members are on a student membership?",
        "SELECT count(*) FROM members WHERE membership_type = 'student'",
    ),
    case("how many mystery books do we have", "SELECT count(*) FROM books WHERE genre = 'mystery'"),
    case(
        "how many of our books are reference only?", "SELECT count(*) FROM books WHERE is_reference"
    ),
    case(
        "how many members are currently suspended",
        "SELECT count(*) FROM members WHERE status = 'suspended'",
    ),
]

FILTERS = [
    case("show me the poetry books", "SELECT * FROM books WHERE genre = 'poetry'"),
    case("which branches have a cafe?", "SELECT * FROM branches WHERE has_cafe"),
    case(
        "list the workshops that got cancelled",
        "SELECT * FROM events WHERE kind = 'workshop' AND status = 'cancelled'",
    ),
    case(
        "reference books in French",
        "SELECT * FROM books WHERE is_reference AND language = 'French'",
    ),
    case("members living in Porto", "SELECT * FROM members WHERE city = 'Porto'"),
    case(
        "members on a family membership that has expired",
        "SELECT * FROM members WHERE membership_type = 'family' AND status = 'expired'",
    ),
]

JOINS = [
    case(
        "loans by members who live in Lisbon",
        "SELECT l.* FROM loans l JOIN members m ON m.member_id = l.member_id"
        " WHERE m.city = 'Lisbon'",
    ),
    case(
        "books held at Riverside Branch",
        "SELECT b.* FROM books b JOIN branches br ON br.branch_id = b.branch_id"
        " WHERE br.name = 'Riverside Branch'",
    ),
    case(
        "events at our branches in France",
        "SELECT e.* FROM events e JOIN branches b ON b.branch_id = e.branch_id"
        " WHERE b.country = 'France'",
    ),
    case(
        "books by Marta Quiroga",
        "SELECT b.* FROM books b JOIN book_authors ba ON ba.book_id = b.book_id"
        " JOIN authors a ON a.author_id = ba.author_id WHERE a.name = 'Marta Quiroga'",
    ),
    case(
        "who wrote The Salt Bridge?",
        "SELECT a.* FROM authors a JOIN book_authors ba ON ba.author_id = a.author_id"
        " JOIN books b ON b.book_id = ba.book_id WHERE b.title = 'The Salt Bridge'",
    ),
    case(
        "fines on loans of The Paper Orchard",
        "SELECT f.* FROM fines f JOIN loans l ON l.loan_id = f.loan_id"
        " JOIN books b ON b.book_id = l.book_id WHERE b.title = 'The Paper Orchard'",
    ),
    case(
        "which branch is The Winter Letters kept at?",
        "SELECT br.* FROM branches br JOIN books b ON b.branch_id = br.branch_id"
        " WHERE b.title = 'The Winter Letters'",
    ),
]

SUPERLATIVES = [
    case(
        "which book costs the most to replace?",
        "SELECT * FROM books ORDER BY replacement_cost_eur DESC LIMIT 1",
    ),
    case("what's our oldest branch", "SELECT * FROM branches ORDER BY opened_on LIMIT 1"),
    case(
        "who is the youngest author?",
        "SELECT * FROM authors ORDER BY born_on DESC NULLS LAST LIMIT 1",
    ),
    case(
        "which branch holds the most books",
        "SELECT br.branch_id, br.name, count(*) FROM books b"
        " JOIN branches br ON br.branch_id = b.branch_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "top 5 members by number of loans",
        "SELECT m.member_id, m.full_name, count(*) FROM loans l"
        " JOIN members m ON m.member_id = l.member_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5",
    ),
    case(
        "the 3 members with the highest total fines",
        "SELECT m.member_id, m.full_name, sum(f.amount_eur) FROM fines f"
        " JOIN loans l ON l.loan_id = f.loan_id JOIN members m ON m.member_id = l.member_id"
        " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3",
    ),
]

PER_GROUP = [
    case(
        "how many members does each branch have",
        "SELECT b.branch_id, b.name, count(*) FROM members m"
        " JOIN branches b ON b.branch_id = m.home_branch_id GROUP BY 1, 2",
    ),
    case("number of events per kind", "SELECT kind, count(*) FROM events GROUP BY 1"),
    case(
        "average replacement cost by genre",
        "SELECT genre, avg(replacement_cost_eur) FROM books GROUP BY 1",
    ),
    case(
        "total fines per member",
        "SELECT m.member_id, m.full_name, sum(f.amount_eur) FROM fines f"
        " JOIN loans l ON l.loan_id = f.loan_id JOIN members m ON m.member_id = l.member_id"
        " GROUP BY 1, 2",
    ),
    case("how many members live in each city?", "SELECT city, count(*) FROM members GROUP BY 1"),
    case(
        "loans per genre",
        "SELECT b.genre, count(*) FROM loans l JOIN books b ON b.book_id = l.book_id GROUP BY 1",
    ),
]

DATES = [
    case(
        "loans taken out this year",
        "SELECT * FROM loans WHERE date_part('year', loaned_on) = date_part('year', current_date)",
    ),
    case(
        "which members signed up in 2021?",
        "SELECT * FROM members WHERE joined_on >= '2021-01-01' AND joined_on < '2022-01-01'",
    ),
    case(
        "branches that opened before 1980", "SELECT * FROM branches WHERE opened_on < '1980-01-01'"
    ),
    case(
        "fines issued last month",
        "SELECT * FROM fines"
        " WHERE issued_on >= date_trunc('month', current_date) - interval '1 month'"
        " AND issued_on < date_trunc('month', current_date)",
    ),
    case(
        "books we acquired in March",
        "SELECT * FROM books WHERE date_part('month', acquired_on) = 3",
    ),
    case(
        "list next month's events",
        "SELECT * FROM events"
        " WHERE event_date >= date_trunc('month', current_date) + interval '1 month'"
        " AND event_date < date_trunc('month', current_date) + interval '2 months'",
    ),
]

COMPARISONS = [
    case(
        "books that cost less than 15 euros to replace",
        "SELECT * FROM books WHERE replacement_cost_eur < 15",
    ),
    case(
        "members with more than 5 loans",
        "SELECT m.member_id, m.full_name, count(*) FROM loans l"
        " JOIN members m ON m.member_id = l.member_id GROUP BY 1, 2 HAVING count(*) > 5",
    ),
    case("events with at least 50 attendees", "SELECT * FROM events WHERE attendees_count >= 50"),
    case("fines bigger than 5 euros", "SELECT * FROM fines WHERE amount_eur > 5"),
    case("branches with fewer than 100 seats", "SELECT * FROM branches WHERE seats_count < 100"),
    case("books over 500 pages", "SELECT * FROM books WHERE page_count > 500"),
]

NEVER = [
    case("loans that were never returned", "SELECT * FROM loans WHERE returned_on IS NULL"),
    case("members who've never visited", "SELECT * FROM members WHERE last_visit_on IS NULL"),
    case("which authors are still alive?", "SELECT * FROM authors WHERE died_on IS NULL"),
    case(
        "events where attendance was never recorded",
        "SELECT * FROM events WHERE attendees_count IS NULL",
    ),
    case("books that have never been withdrawn", "SELECT * FROM books WHERE withdrawn_on IS NULL"),
    case("fines that were never paid", "SELECT * FROM fines WHERE paid_on IS NULL"),
]

NAMED = [
    case(
        "what's the replacement cost of The Paper Atlas?",
        "SELECT replacement_cost_eur FROM books WHERE title = 'The Paper Atlas'",
    ),
    case(
        "how many seats does Riverside Branch have?",
        "SELECT seats_count FROM branches WHERE name = 'Riverside Branch'",
    ),
    case(
        "when did Old Town Branch open?",
        "SELECT opened_on FROM branches WHERE name = 'Old Town Branch'",
    ),
    case(
        "which country is Amara Okafor from?",
        "SELECT country FROM authors WHERE name = 'Amara Okafor'",
    ),
    case(
        "how much is a ticket for the Poetry Exhibition?",
        "SELECT ticket_price_eur FROM events WHERE title = 'Poetry Exhibition'",
    ),
    case(
        "what's Hugo Moreau's email address?",
        "SELECT email FROM members WHERE full_name = 'Hugo Moreau'",
    ),
]

# First sight (planner of d4fc854): 34/55; 16 refused, 5 wrong rows. With the planner before that
# session's general work (a0712e0): 34/55. Known misses, each with the planner's answer:
# Tuned on since 2026-11-30 (vocabulary and adjective work): 47/55, no longer a held-out measure;
# the held-out sets are airline, league and restaurants.
MISSES: dict[str, str] = {
    "members with more than 5 loans": (
        'wrong rows: SELECT "public"."members".* FROM "public"."members" WHERE (SELECT '
        'count(*) FROM "public"."loans" WHERE "public"."loans"."member_id" = '
        '"public"."members"."member_id") > 5'
    ),
}

QUESTIONS = with_misses(
    [
        *COUNTS,
        *FILTERS,
        *JOINS,
        *SUPERLATIVES,
        *PER_GROUP,
        *DATES,
        *COMPARISONS,
        *NEVER,
        *NAMED,
    ],
    MISSES,
)


SCHEMA = LIBRARY  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_library_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
