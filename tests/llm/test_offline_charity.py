"""Held-out questions for the offline planner on a charity fundraising schema it has never seen.

Campaigns by cause, donors (individuals, companies, foundations, with who referred them), their
one-off donations and recurring pledges, volunteers (with their mentors), fundraising events run
for campaigns and organised by volunteers, a link table of donors who signed up for events, and
volunteer shifts at events. The 55 questions and their gold SQL were written blind on 2026-11-30,
by a helper not allowed to read the planner, its tests or its docs. Per kind: counts 6, filters
6, joins 7, superlatives 7, groups 6, dates 6, comparisons 6, never 5, named 6.
First sight, with the planner of 6cb7161: 45/55. A dev set: its misses were read and worked on
since, so it is no longer a held-out measure; MISSES holds the planner's answers as it stands.
"""

import pytest

from tests.llm.charity import CHARITY
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many corporate donors do we have?",
        "SELECT count(*) FROM donors WHERE kind = 'corporate'",
    ),
    case(
        "How many donations were refunded?",
        "SELECT count(*) FROM donations WHERE refunded_at IS NOT NULL",
    ),
    case("number of cancelled pledges", "SELECT count(*) FROM pledges WHERE status = 'cancelled'"),
    case(
        "how many volunteers are DBS checked",
        "SELECT count(*) FROM volunteers WHERE dbs_checked",
    ),
    case(
        "How many events have been cancelled?",
        "SELECT count(*) FROM events WHERE status = 'cancelled'",
    ),
    case(
        "how many of our donors are in Edinburgh",
        "SELECT count(*) FROM donors WHERE city = 'Edinburgh'",
    ),
]
FILTERS = [
    case("show me the anonymous donations", "SELECT * FROM donations WHERE is_anonymous"),
    case("list all the galas", "SELECT * FROM events WHERE event_type = 'gala'"),
    case("which pledges are on pause?", "SELECT * FROM pledges WHERE status = 'paused'"),
    case("donations paid by cheque", "SELECT * FROM donations WHERE payment_method = 'cheque'"),
    case("Which campaigns are still active?", "SELECT * FROM campaigns WHERE is_active"),
    case("quarterly pledges", "SELECT * FROM pledges WHERE frequency = 'quarterly'"),
]
JOINS = [
    case(
        "which donations went to the Urban Beekeeping campaign?",
        "SELECT d.* FROM donations d JOIN campaigns c ON c.campaign_id = d.campaign_id"
        " WHERE c.title = 'Urban Beekeeping'",
    ),
    case(
        "show the donations made by Meera Shah",
        "SELECT d.* FROM donations d JOIN donors p ON p.donor_id = d.donor_id"
        " WHERE p.full_name = 'Meera Shah'",
    ),
    case(
        "which donors signed up for the Autumn Gala 2024?",
        "SELECT * FROM donors WHERE donor_id IN (SELECT a.donor_id FROM event_attendees a"
        " JOIN events e ON e.event_id = a.event_id WHERE e.title = 'Autumn Gala 2024')",
    ),
    case(
        "list the events for the Flood Relief Pakistan campaign",
        "SELECT e.* FROM events e JOIN campaigns c ON c.campaign_id = e.campaign_id"
        " WHERE c.title = 'Flood Relief Pakistan'",
    ),
    case(
        "pledges from corporate donors",
        "SELECT p.* FROM pledges p JOIN donors d ON d.donor_id = p.donor_id"
        " WHERE d.kind = 'corporate'",
    ),
    case(
        "Which volunteers worked shifts at the Water Walk 5K?",
        "SELECT * FROM volunteers WHERE volunteer_id IN (SELECT s.volunteer_id"
        " FROM volunteer_shifts s JOIN events e ON e.event_id = s.event_id"
        " WHERE e.title = 'Water Walk 5K')",
    ),
    case(
        "who does Amara Nwosu mentor",
        "SELECT v.* FROM volunteers v JOIN volunteers m ON m.volunteer_id = v.mentor_id"
        " WHERE m.full_name = 'Amara Nwosu'",
    ),
]
SUPERLATIVES = [
    case(
        "what's the largest donation we've ever received?",
        "SELECT * FROM donations ORDER BY amount DESC LIMIT 1",
    ),
    case(
        "which campaign has the biggest fundraising target?",
        "SELECT * FROM campaigns ORDER BY goal_amount DESC LIMIT 1",
    ),
    case(
        "which event has the most expensive tickets",
        "SELECT * FROM events ORDER BY ticket_price DESC LIMIT 1",
    ),
    case("our newest volunteer", "SELECT * FROM volunteers ORDER BY joined_on DESC LIMIT 1"),
    case(
        "the three largest pledges",
        "SELECT * FROM pledges ORDER BY instalment_amount DESC LIMIT 3",
    ),
    case(
        "Which volunteer has put in the most hours?",
        "SELECT v.volunteer_id, v.full_name, sum(s.hours) FROM volunteer_shifts s"
        " JOIN volunteers v ON v.volunteer_id = s.volunteer_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which campaign has raised the most money from donations?",
        "SELECT c.campaign_id, c.title, sum(d.amount) FROM donations d"
        " JOIN campaigns c ON c.campaign_id = d.campaign_id GROUP BY 1, 2"
        " ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case(
        "how many donations per payment method?",
        "SELECT payment_method, count(*) FROM donations GROUP BY 1",
    ),
    case(
        "total donated per campaign",
        "SELECT c.campaign_id, c.title, sum(d.amount) FROM donations d"
        " JOIN campaigns c ON c.campaign_id = d.campaign_id GROUP BY 1, 2",
    ),
    case("donors by type", "SELECT kind, count(*) FROM donors GROUP BY 1"),
    case(
        "what's the average pledge amount for each frequency?",
        "SELECT frequency, avg(instalment_amount) FROM pledges GROUP BY 1",
    ),
    case("how many events of each type", "SELECT event_type, count(*) FROM events GROUP BY 1"),
    case(
        "number of shifts per volunteer",
        "SELECT v.volunteer_id, v.full_name, count(*) FROM volunteer_shifts s"
        " JOIN volunteers v ON v.volunteer_id = s.volunteer_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "donations received in 2024",
        "SELECT * FROM donations WHERE received_at >= '2024-01-01' AND received_at < '2025-01-01'",
    ),
    case(
        "how many donors registered before March 2024?",
        "SELECT count(*) FROM donors WHERE registered_on < '2024-03-01'",
    ),
    case(
        "Which events were scheduled for summer 2025?",
        "SELECT * FROM events WHERE starts_at >= '2025-06-01' AND starts_at < '2025-09-01'",
    ),
    case(
        "pledges started between April 2024 and March 2025",
        "SELECT * FROM pledges WHERE started_on >= '2024-04-01' AND started_on < '2025-04-01'",
    ),
    case(
        "which volunteers joined in 2024?",
        "SELECT * FROM volunteers WHERE joined_on >= '2024-01-01' AND joined_on < '2025-01-01'",
    ),
    case(
        "show donations received in Q4 2024",
        "SELECT * FROM donations WHERE received_at >= '2024-10-01' AND received_at < '2025-01-01'",
    ),
]
COMPARISONS = [
    case("donations over £1,000", "SELECT * FROM donations WHERE amount > 1000"),
    case(
        "campaigns with a goal of more than 60000",
        "SELECT * FROM campaigns WHERE goal_amount > 60000",
    ),
    case("events with a capacity under 100", "SELECT * FROM events WHERE capacity < 100"),
    case(
        "pledges of at least £50 per instalment",
        "SELECT * FROM pledges WHERE instalment_amount >= 50",
    ),
    case("shifts longer than 5 hours", "SELECT * FROM volunteer_shifts WHERE hours > 5"),
    case(
        "events where tickets cost less than £20",
        "SELECT * FROM events WHERE ticket_price < 20",
    ),
]
NEVER = [
    case(
        "donors who have never made a donation",
        "SELECT * FROM donors p WHERE NOT EXISTS"
        " (SELECT 1 FROM donations d WHERE d.donor_id = p.donor_id)",
    ),
    case("donors with no email on file", "SELECT * FROM donors WHERE email IS NULL"),
    case(
        "which volunteers have never worked a shift?",
        "SELECT * FROM volunteers v WHERE NOT EXISTS"
        " (SELECT 1 FROM volunteer_shifts s WHERE s.volunteer_id = v.volunteer_id)",
    ),
    case(
        "campaigns that haven't received any donations",
        "SELECT * FROM campaigns c WHERE NOT EXISTS"
        " (SELECT 1 FROM donations d WHERE d.campaign_id = c.campaign_id)",
    ),
    case("events without an organiser", "SELECT * FROM events WHERE organiser_id IS NULL"),
]
NAMED = [
    case(
        "when did the Clean Water for Kisumu campaign launch?",
        "SELECT launched_on FROM campaigns WHERE title = 'Clean Water for Kisumu'",
    ),
    case(
        "what's the fundraising goal for Mobile Health Clinics?",
        "SELECT goal_amount FROM campaigns WHERE title = 'Mobile Health Clinics'",
    ),
    case(
        "who is leading the Reforest the Pennines campaign",
        "SELECT lead_fundraiser FROM campaigns WHERE title = 'Reforest the Pennines'",
    ),
    case(
        "What is Owen Price's email address?",
        "SELECT email FROM donors WHERE full_name = 'Owen Price'",
    ),
    case(
        "where was the Scholarship Fun Run held?",
        "SELECT venue FROM events WHERE title = 'Scholarship Fun Run'",
    ),
    case(
        "what's the capacity of the Clinic Launch Reception",
        "SELECT capacity FROM events WHERE title = 'Clinic Launch Reception'",
    ),
]

MISSES: dict[str, str] = {}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = CHARITY  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_charity_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
