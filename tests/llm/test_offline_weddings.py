"""Held-out questions for the offline planner on a wedding venue schema it has never seen.

Venues, couples (with the couple who referred them), bookings of a venue by a couple, suppliers
of five categories (caterers, florists, bands, photographers, cake makers) hired per booking
through a link table, caterers' tastings, and payments against bookings. The 55 questions and
their gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner,
its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight, with the planner of f14cbaa: 45/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)
from tests.llm.weddings import WEDDINGS

COUNTS = [
    case(
        "how many bookings have been cancelled?",
        "SELECT count(*) FROM bookings WHERE status = 'cancelled'",
    ),
    case(
        "How many florists do we work with?",
        "SELECT count(*) FROM suppliers WHERE category = 'florist'",
    ),
    case("number of venues in Edinburgh", "SELECT count(*) FROM venues WHERE city = 'Edinburgh'"),
    case(
        "how many luxury package weddings are there",
        "SELECT count(*) FROM bookings WHERE package = 'luxury'",
    ),
    case(
        "How many refunds have we issued?",
        "SELECT count(*) FROM payments WHERE payment_type = 'refund'",
    ),
    case(
        "how many of our suppliers are preferred",
        "SELECT count(*) FROM suppliers WHERE is_preferred",
    ),
]
FILTERS = [
    case("show me the venues with accommodation", "SELECT * FROM venues WHERE has_accommodation"),
    case("list the bands", "SELECT * FROM suppliers WHERE category = 'band'"),
    case(
        "which bookings are still provisional?",
        "SELECT * FROM bookings WHERE status = 'provisional'",
    ),
    case("payments made by bank transfer", "SELECT * FROM payments WHERE method = 'bank_transfer'"),
    case("humanist ceremonies", "SELECT * FROM bookings WHERE ceremony_type = 'humanist'"),
    case(
        "Which suppliers are based in Manchester?",
        "SELECT * FROM suppliers WHERE base_city = 'Manchester'",
    ),
]
JOINS = [
    case(
        "show the bookings at Ashcombe Manor",
        "SELECT b.* FROM bookings b JOIN venues v ON v.venue_id = b.venue_id"
        " WHERE v.name = 'Ashcombe Manor'",
    ),
    case(
        "weddings booked at venues in York",
        "SELECT b.* FROM bookings b JOIN venues v ON v.venue_id = b.venue_id WHERE v.city = 'York'",
    ),
    case(
        "Which suppliers have worked weddings at Kingsbridge Castle?",
        "SELECT * FROM suppliers WHERE supplier_id IN (SELECT sb.supplier_id"
        " FROM supplier_bookings sb JOIN bookings b ON b.booking_id = sb.booking_id"
        " JOIN venues v ON v.venue_id = b.venue_id WHERE v.name = 'Kingsbridge Castle')",
    ),
    case(
        "payments on cancelled bookings",
        "SELECT p.* FROM payments p JOIN bookings b ON b.booking_id = p.booking_id"
        " WHERE b.status = 'cancelled'",
    ),
    case(
        "tastings done by Feast & Fable",
        "SELECT t.* FROM tastings t JOIN suppliers s ON s.supplier_id = t.caterer_id"
        " WHERE s.business_name = 'Feast & Fable'",
    ),
    case(
        "which couples went for the luxury package?",
        "SELECT * FROM couples WHERE couple_id IN"
        " (SELECT couple_id FROM bookings WHERE package = 'luxury')",
    ),
    case(
        "list Hannah Okoye's bookings",
        "SELECT b.* FROM bookings b JOIN couples c ON c.couple_id = b.couple_id"
        " WHERE c.partner_one_name = 'Hannah Okoye'",
    ),
]
SUPERLATIVES = [
    case(
        "which venue has the biggest capacity?",
        "SELECT * FROM venues ORDER BY max_guests DESC LIMIT 1",
    ),
    case(
        "the most expensive wedding booking",
        "SELECT * FROM bookings ORDER BY total_price_gbp DESC LIMIT 1",
    ),
    case("our cheapest venue to hire", "SELECT * FROM venues ORDER BY hire_fee_gbp LIMIT 1"),
    case(
        "Who is our best rated supplier?",
        "SELECT * FROM suppliers WHERE rating IS NOT NULL ORDER BY rating DESC LIMIT 1",
    ),
    case(
        "top 3 weddings by number of guests",
        "SELECT * FROM bookings ORDER BY guest_count DESC LIMIT 3",
    ),
    case(
        "Which venue has the most bookings?",
        "SELECT v.venue_id, v.name, count(*) FROM bookings b JOIN venues v"
        " ON v.venue_id = b.venue_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which supplier gets hired the most",
        "SELECT s.supplier_id, s.business_name, count(*) FROM supplier_bookings sb"
        " JOIN suppliers s ON s.supplier_id = sb.supplier_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("bookings by status", "SELECT status, count(*) FROM bookings GROUP BY 1"),
    case(
        "how many suppliers are there in each category?",
        "SELECT category, count(*) FROM suppliers GROUP BY 1",
    ),
    case(
        "average guest count per package",
        "SELECT package, avg(guest_count) FROM bookings GROUP BY 1",
    ),
    case(
        "total amount paid by payment method",
        "SELECT method, sum(amount_gbp) FROM payments GROUP BY 1",
    ),
    case(
        "how many bookings does each venue have?",
        "SELECT v.venue_id, v.name, count(*) FROM bookings b JOIN venues v"
        " ON v.venue_id = b.venue_id GROUP BY 1, 2",
    ),
    case(
        "number of tastings per caterer",
        "SELECT s.supplier_id, s.business_name, count(*) FROM tastings t JOIN suppliers s"
        " ON s.supplier_id = t.caterer_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "weddings taking place in 2025",
        "SELECT * FROM bookings WHERE wedding_date >= '2025-01-01' AND wedding_date < '2026-01-01'",
    ),
    case(
        "how many bookings were made in 2024?",
        "SELECT count(*) FROM bookings"
        " WHERE booked_at >= '2024-01-01' AND booked_at < '2025-01-01'",
    ),
    case(
        "Show me the payments received in September 2024",
        "SELECT * FROM payments WHERE paid_on >= '2024-09-01' AND paid_on < '2024-10-01'",
    ),
    case(
        "tastings held before June 2024", "SELECT * FROM tastings WHERE tasting_at < '2024-06-01'"
    ),
    case(
        "weddings during summer 2024",
        "SELECT * FROM bookings WHERE wedding_date >= '2024-06-01' AND wedding_date < '2024-09-01'",
    ),
    case(
        "couples who first enquired in the first half of 2024",
        "SELECT * FROM couples"
        " WHERE first_enquiry_on >= '2024-01-01' AND first_enquiry_on < '2024-07-01'",
    ),
]
COMPARISONS = [
    case("bookings over £20,000", "SELECT * FROM bookings WHERE total_price_gbp > 20000"),
    case(
        "venues that can hold more than 150 guests",
        "SELECT * FROM venues WHERE max_guests > 150",
    ),
    case(
        "suppliers charging less than 1500",
        "SELECT * FROM suppliers WHERE standard_fee_gbp < 1500",
    ),
    case("weddings with fewer than 80 guests", "SELECT * FROM bookings WHERE guest_count < 80"),
    case("payments of at least 10000", "SELECT * FROM payments WHERE amount_gbp >= 10000"),
    case("suppliers rated 4.5 or higher", "SELECT * FROM suppliers WHERE rating >= 4.5"),
]
NEVER = [
    case("couples without an email address", "SELECT * FROM couples WHERE email IS NULL"),
    case(
        "which couples have never made a booking?",
        "SELECT * FROM couples c WHERE NOT EXISTS"
        " (SELECT 1 FROM bookings b WHERE b.couple_id = c.couple_id)",
    ),
    case(
        "suppliers that have never been hired",
        "SELECT * FROM suppliers s WHERE NOT EXISTS"
        " (SELECT 1 FROM supplier_bookings sb WHERE sb.supplier_id = s.supplier_id)",
    ),
    case(
        "bookings with no payments yet",
        "SELECT * FROM bookings b WHERE NOT EXISTS"
        " (SELECT 1 FROM payments p WHERE p.booking_id = b.booking_id)",
    ),
    case("venues with no coordinator", "SELECT * FROM venues WHERE coordinator_name IS NULL"),
]
NAMED = [
    case(
        "what's the hire fee for Hartwell Barn?",
        "SELECT hire_fee_gbp FROM venues WHERE name = 'Hartwell Barn'",
    ),
    case(
        "how many guests can The Glasshouse take",
        "SELECT max_guests FROM venues WHERE name = 'The Glasshouse'",
    ),
    case(
        "who is the coordinator at Willowmere Gardens?",
        "SELECT coordinator_name FROM venues WHERE name = 'Willowmere Gardens'",
    ),
    case(
        "What's the contact email for Petal & Stem?",
        "SELECT contact_email FROM suppliers WHERE business_name = 'Petal & Stem'",
    ),
    case(
        "when did Chloe Bennett first get in touch?",
        "SELECT first_enquiry_on FROM couples WHERE partner_one_name = 'Chloe Bennett'",
    ),
    case(
        "what rating does The Gatsby Set have",
        "SELECT rating FROM suppliers WHERE business_name = 'The Gatsby Set'",
    ),
]

MISSES: dict[str, str] = {
    "How many refunds have we issued?": (
        'wrong rows: SELECT count(DISTINCT "public"."venues"."venue_id") AS "count" '
        'FROM "public"."venues" JOIN "public"."bookings" ON '
        '"public"."venues"."venue_id" = "public"."bookings"."venue_id" JOIN '
        '"public"."payments" ON "public"."bookings"."booking_id" = '
        '"public"."payments"."booking_id" WHERE "public"."payments"."payment_type" = '
        "'refund'"
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = WEDDINGS  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_weddings_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
