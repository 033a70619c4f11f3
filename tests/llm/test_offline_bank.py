"""Held-out questions for the offline planner on a retail bank schema it has never seen.

Branches, customers (with who referred them), accounts of four kinds held through a link table
of holders, cards, transfers between two accounts, loans with their repayments. The 55 questions
and their gold SQL were written blind on 2026-11-30, by a helper not allowed to read the planner,
its tests or its docs. Per kind: counts 6, filters 6, joins 7, superlatives 7, groups 6, dates 6,
comparisons 6, never 5, named 6.
First sight with the planner of 2026-11-30 morning: 39/55. Tuned on since (2026-11-30
afternoon): 51/55, so no longer a held-out measure.
"""

import pytest

from tests.llm.bank import BANK
from tests.llm.gold import (
    GoldDatabase,
    Grounded,
    assert_answered,
    case,
    with_misses,
)

COUNTS = [
    case(
        "how many savings accounts are there?",
        "SELECT count(*) FROM accounts WHERE kind = 'savings'",
    ),
    case("How many loans have defaulted?", "SELECT count(*) FROM loans WHERE status = 'defaulted'"),
    case("number of pending transfers", "SELECT count(*) FROM transfers WHERE status = 'pending'"),
    case(
        "how many premier customers do we have",
        "SELECT count(*) FROM customers WHERE segment = 'premier'",
    ),
    case(
        "how many branches are there in London?",
        "SELECT count(*) FROM branches WHERE city = 'London'",
    ),
    case(
        "how many mortgages have we given out?",
        "SELECT count(*) FROM loans WHERE purpose = 'mortgage'",
    ),
]
FILTERS = [
    case("show me the frozen accounts", "SELECT * FROM accounts WHERE is_frozen"),
    case("list our private banking customers", "SELECT * FROM customers WHERE segment = 'private'"),
    case("which transfers were rejected?", "SELECT * FROM transfers WHERE status = 'rejected'"),
    case("amex cards", "SELECT * FROM cards WHERE network = 'amex'"),
    case("Which accounts are held in euros?", "SELECT * FROM accounts WHERE currency = 'EUR'"),
    case(
        "which branches offer safe deposit boxes?",
        "SELECT * FROM branches WHERE has_safe_deposit_boxes",
    ),
]
JOINS = [
    case(
        "which accounts does Grace King hold?",
        "SELECT a.* FROM accounts a JOIN account_holders h ON h.account_id = a.account_id"
        " JOIN customers c ON c.customer_id = h.customer_id WHERE c.full_name = 'Grace King'",
    ),
    case(
        "list the customers whose home branch is in York",
        "SELECT c.* FROM customers c JOIN branches b ON b.branch_id = c.home_branch_id"
        " WHERE b.city = 'York'",
    ),
    case(
        "show the loans issued by the Bristol Harbourside branch",
        "SELECT l.* FROM loans l JOIN branches b ON b.branch_id = l.branch_id"
        " WHERE b.name = 'Bristol Harbourside'",
    ),
    case(
        "which cards are linked to business accounts?",
        "SELECT c.* FROM cards c JOIN accounts a ON a.account_id = c.account_id"
        " WHERE a.kind = 'business'",
    ),
    case(
        "repayments made on mortgages",
        "SELECT r.* FROM repayments r JOIN loans l ON l.loan_id = r.loan_id"
        " WHERE l.purpose = 'mortgage'",
    ),
    case(
        "Which customers have a defaulted loan?",
        "SELECT * FROM customers WHERE customer_id IN"
        " (SELECT customer_id FROM loans WHERE status = 'defaulted')",
    ),
    case(
        "transfers sent from account GB44PGPB00000060088932",
        "SELECT t.* FROM transfers t JOIN accounts a ON a.account_id = t.from_account_id"
        " WHERE a.iban = 'GB44PGPB00000060088932'",
    ),
]
SUPERLATIVES = [
    case(
        "which account has the largest balance?",
        "SELECT * FROM accounts ORDER BY balance DESC LIMIT 1",
    ),
    case(
        "what was the biggest transfer?", "SELECT * FROM transfers ORDER BY amount_gbp DESC LIMIT 1"
    ),
    case("our oldest branch", "SELECT * FROM branches ORDER BY opened_on LIMIT 1"),
    case(
        "who is our youngest customer?", "SELECT * FROM customers ORDER BY birth_date DESC LIMIT 1"
    ),
    case(
        "the five largest loans",
        "SELECT * FROM loans ORDER BY principal_gbp DESC LIMIT 5",
    ),
    case(
        "Which branch has issued the most loans?",
        "SELECT b.branch_id, b.name, count(*) FROM loans l JOIN branches b"
        " ON b.branch_id = l.branch_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
    case(
        "which branch is home to the most customers?",
        "SELECT b.branch_id, b.name, count(*) FROM customers c JOIN branches b"
        " ON b.branch_id = c.home_branch_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1",
    ),
]
GROUPS = [
    case("how many accounts of each kind?", "SELECT kind, count(*) FROM accounts GROUP BY 1"),
    case(
        "total balance per currency",
        "SELECT currency, sum(balance) FROM accounts GROUP BY 1",
    ),
    case(
        "what's the average loan amount for each purpose?",
        "SELECT purpose, avg(principal_gbp) FROM loans GROUP BY 1",
    ),
    case("customers by segment", "SELECT segment, count(*) FROM customers GROUP BY 1"),
    case("number of cards per network", "SELECT network, count(*) FROM cards GROUP BY 1"),
    case(
        "how many loans has each branch issued?",
        "SELECT b.branch_id, b.name, count(*) FROM loans l JOIN branches b"
        " ON b.branch_id = l.branch_id GROUP BY 1, 2",
    ),
]
DATES = [
    case(
        "customers who joined in the last 30 days",
        "SELECT * FROM customers WHERE joined_on >= current_date - 30",
    ),
    case(
        "how many accounts were opened in 2019?",
        "SELECT count(*) FROM accounts"
        " WHERE opened_on >= '2019-01-01' AND opened_on < '2020-01-01'",
    ),
    case("loans issued before 2018", "SELECT * FROM loans WHERE issued_on < '2018-01-01'"),
    case(
        "Can you show me the transfers booked last month?",
        "SELECT * FROM transfers WHERE booked_at >= date_trunc('month', current_date)"
        " - interval '1 month' AND booked_at < date_trunc('month', current_date)",
    ),
    case(
        "which cards expire this year?",
        "SELECT * FROM cards WHERE expires_on >= date_trunc('year', current_date)"
        " AND expires_on < date_trunc('year', current_date) + interval '1 year'",
    ),
    case(
        "repayments paid in March 2021",
        "SELECT * FROM repayments WHERE paid_on >= '2021-03-01' AND paid_on < '2021-04-01'",
    ),
]
COMPARISONS = [
    case(
        "accounts with a balance over 40,000",
        "SELECT * FROM accounts WHERE balance > 40000",
    ),
    case("transfers under 500 pounds", "SELECT * FROM transfers WHERE amount_gbp < 500"),
    case(
        "loans of at least 150000",
        "SELECT * FROM loans WHERE principal_gbp >= 150000",
    ),
    case(
        "loans with an interest rate above 6%",
        "SELECT * FROM loans WHERE annual_rate_pct > 6",
    ),
    case(
        "loans running longer than 200 months",
        "SELECT * FROM loans WHERE term_months > 200",
    ),
    case(
        "credit cards with a limit below 2000",
        "SELECT * FROM cards WHERE credit_limit_gbp < 2000",
    ),
]
NEVER = [
    case("customers without an email address", "SELECT * FROM customers WHERE email IS NULL"),
    case(
        "which customers have never taken out a loan?",
        "SELECT * FROM customers c WHERE NOT EXISTS"
        " (SELECT 1 FROM loans l WHERE l.customer_id = c.customer_id)",
    ),
    case(
        "loans with no repayments",
        "SELECT * FROM loans l WHERE NOT EXISTS"
        " (SELECT 1 FROM repayments r WHERE r.loan_id = l.loan_id)",
    ),
    case("branches that have no manager", "SELECT * FROM branches WHERE manager_name IS NULL"),
    case(
        "accounts with no card",
        "SELECT * FROM accounts a WHERE NOT EXISTS"
        " (SELECT 1 FROM cards c WHERE c.account_id = a.account_id)",
    ),
]
NAMED = [
    case(
        "when did Rosie Lee join?", "SELECT joined_on FROM customers WHERE full_name = 'Rosie Lee'"
    ),
    case(
        "what's the balance of account GB74PGPB00000060014822?",
        "SELECT balance FROM accounts WHERE iban = 'GB74PGPB00000060014822'",
    ),
    case(
        "who manages the Glasgow Buchanan branch?",
        "SELECT manager_name FROM branches WHERE name = 'Glasgow Buchanan'",
    ),
    case(
        "What is the sort code of Leeds Kirkstall?",
        "SELECT sort_code FROM branches WHERE name = 'Leeds Kirkstall'",
    ),
    case(
        "when was the York Stonegate branch opened?",
        "SELECT opened_on FROM branches WHERE name = 'York Stonegate'",
    ),
    case(
        "what is Theo Jones's email?",
        "SELECT email FROM customers WHERE full_name = 'Theo Jones'",
    ),
]

# First sight, by the planner of 2026-11-30 after its vocabulary and adjective work: 39/55
# (the planner of ab97950, before that work: 31/55). Known misses, with the planner's answer:
MISSES: dict[str, str] = {
    "how many mortgages have we given out?": (
        'wrong rows: SELECT count(DISTINCT "public"."accounts"."account_id") AS '
        '"count" FROM "public"."accounts" JOIN "public"."account_holders" ON '
        '"public"."accounts"."account_id" = "public"."account_holders"."account_id" '
        'JOIN "public"."customers" ON "public"."account_holders"."customer_id" = '
        '"public"."customers"."customer_id" JOIN "public"."loans" ON '
        '"public"."customers"."customer_id" = "public"."loans"."customer_id" WHERE '
        '"public"."loans"."purpose" = \'mortgage\''
    ),
}

QUESTIONS = with_misses(
    [*COUNTS, *FILTERS, *JOINS, *SUPERLATIVES, *GROUPS, *DATES, *COMPARISONS, *NEVER, *NAMED],
    MISSES,
)


SCHEMA = BANK  # the module's database, made by the fixtures of tests/llm/conftest.py


@pytest.mark.parametrize(("question", "gold"), QUESTIONS)
def test_bank_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, gold_db: GoldDatabase, grounded: Grounded
) -> None:
    assert_answered(question, gold, gold_db, grounded)
