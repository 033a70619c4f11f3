"""Plain questions on the demo shop, offline: rows equal those of a hand-written SQL.

The planner sees the schema through the prompt and the values found in the data (pg_stats,
samples), as the SQL agent gives them; the expected rows come from plain SQL written here.
"""

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from pgpilot.llm.offline_sql import plan
from pgpilot.llm.sql_prompt import CANNOT, read_tables, system_prompt
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.schema import Table
from pgpilot.sql.service import schema_of, values_of
from pgpilot.sql.targets import Targets
from pgpilot.sql.values import Values
from tests.conftest import create_database, drop_database

# (question, a fragment the SQL must show, the hand-written SQL whose rows it must return)
ISSUE = [
    pytest.param(
        "how many orders were cancelled?",
        "= 'cancelled'",
        "SELECT count(*) FROM orders WHERE status = 'cancelled'",
        id="orders-cancelled",
    ),
    pytest.param(
        "which customers live in Spain?",
        "= 'Spain'",
        "SELECT * FROM customers WHERE country = 'Spain'",
        id="customers-in-spain",
    ),
    pytest.param(
        "average order total", "avg(", "SELECT avg(total) FROM orders", id="average-order-total"
    ),
    pytest.param(
        "total amount paid by paypal",
        "= 'paypal'",
        "SELECT sum(amount) FROM payments WHERE method = 'paypal'",
        id="paid-by-paypal",
    ),
    pytest.param(
        "show products with less than 5 in stock",
        '"stock" < 5',
        "SELECT * FROM products WHERE stock < 5",
        id="less-than-in-stock",
    ),
    pytest.param(
        "cheapest product in the kitchen category",
        "LIMIT 1",
        "SELECT * FROM products WHERE category = 'kitchen' ORDER BY price, id LIMIT 1",
        id="cheapest-in-category",
    ),
    pytest.param(
        "customers signed up in 2024",
        '"created_at" >=',
        "SELECT * FROM customers WHERE created_at >= '2024-01-01' AND created_at < '2025-01-01'",
        id="signed-up-in-year",
    ),
    pytest.param(
        "top 5 customers by number of orders",
        "LIMIT 5",
        "SELECT c.id, c.name, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id"
        " GROUP BY c.id, c.name ORDER BY 3 DESC, c.id LIMIT 5",
        id="top-customers-by-orders",
    ),
    pytest.param(
        "which country has the most customers?",
        "LIMIT 1",
        "SELECT country, count(*) FROM customers GROUP BY country ORDER BY 2 DESC, 1 LIMIT 1",
        id="country-with-most-customers",
    ),
]
JOINS = [
    pytest.param(
        "orders of customers in Spain",
        "JOIN",
        "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id"
        " WHERE c.country = 'Spain'",
        id="orders-of-customers-in",
    ),
    pytest.param(
        "customers who bought a Wireless Bicycle",
        '"order_items"',
        "SELECT * FROM customers WHERE id IN (SELECT o.customer_id FROM orders o"
        " JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id"
        " WHERE p.name = 'Wireless Bicycle')",
        id="customers-who-bought",
    ),
    pytest.param(
        "total paid by customers from Germany",
        "JOIN",
        "SELECT sum(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id"
        " JOIN customers c ON c.id = o.customer_id WHERE c.country = 'Germany'",
        id="total-paid-by-country",
    ),
    pytest.param(
        "number of orders per product category",
        "count(DISTINCT",
        "SELECT p.category, count(DISTINCT o.id) FROM orders o JOIN order_items i"
        " ON i.order_id = o.id JOIN products p ON p.id = i.product_id"
        " GROUP BY 1 ORDER BY 2 DESC, 1",
        id="orders-per-product-category",
    ),
]
EVERYDAY = [
    pytest.param(
        "how much did customers from Spain pay in total",
        "sum(",
        "SELECT sum(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id JOIN customers c"
        " ON c.id = o.customer_id WHERE c.country = 'Spain'",
        id="how-much-did-they-pay-is-a-sum",
    ),
    pytest.param(
        "the names and emails of customers from Spain",
        '"email"',
        "SELECT name, email FROM customers WHERE country = 'Spain'",
        id="the-columns-asked-for",
    ),
    pytest.param(
        "how much does the Wireless Bicycle cost",
        '"price"',
        "SELECT price FROM products WHERE name = 'Wireless Bicycle'",
        id="cost-means-price",
    ),
    pytest.param(
        "which customer placed the most orders?",
        "LIMIT 1",
        "SELECT c.id, c.name, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id"
        " GROUP BY c.id, c.name ORDER BY 3 DESC, c.id LIMIT 1",
        id="customer-with-most-orders",
    ),
    pytest.param(
        "how many products does each category have?",
        "GROUP BY",
        "SELECT category, count(*) FROM products GROUP BY 1 ORDER BY 2 DESC, 1",
        id="count-per-each",
    ),
    pytest.param(
        "average price per category",
        "GROUP BY",
        "SELECT category, avg(price) FROM products GROUP BY 1 ORDER BY 1",
        id="average-per-group",
    ),
    pytest.param(
        "products cheaper than 20",
        '"price" < 20',
        "SELECT * FROM products WHERE price < 20",
        id="cheaper-than",
    ),
    pytest.param(
        "orders never shipped",
        "IS NULL",
        "SELECT * FROM orders WHERE shipped_at IS NULL",
        id="never-shipped",
    ),
    pytest.param(
        "how much stock of the Wireless Bicycle is left?",
        '"stock"',
        "SELECT name, stock FROM products WHERE name = 'Wireless Bicycle'",
        id="how-much-of-the-named-row",
    ),
    pytest.param(
        "orders before 2020",
        "< '2020-01-01'",
        "SELECT * FROM orders WHERE ordered_at < '2020-01-01'",
        id="before-year",
    ),
    pytest.param(
        "how many orders were paid",
        "= 'paid'",
        "SELECT count(*) FROM orders WHERE status = 'paid'",
        id="value-word-paid",
    ),
    pytest.param(
        "total paid by bank transfer",
        "= 'bank_transfer'",
        "SELECT sum(amount) FROM payments WHERE method = 'bank_transfer'",
        id="value-spelt-with-spaces",
    ),
    pytest.param(
        "customers from Germany who are active",
        '"is_active"',
        "SELECT * FROM customers WHERE country = 'Germany' AND is_active",
        id="flag-word",
    ),
    pytest.param(
        "show orders of customers in Spain with total more than 500",
        "> 500",
        "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id"
        " WHERE c.country = 'Spain' AND o.total > 500",
        id="join-and-comparison",
    ),
    pytest.param(
        "which category has the most products?",
        "LIMIT 1",
        "SELECT category, count(*) FROM products GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        id="group-column-with-most",
    ),
    pytest.param(
        "average payment amount by method",
        "GROUP BY",
        "SELECT method, avg(amount) FROM payments GROUP BY 1 ORDER BY 1",
        id="average-by-column",
    ),
    pytest.param(
        "list the 3 most expensive products in the electronics category",
        "LIMIT 3",
        "SELECT * FROM products WHERE category = 'electronics' ORDER BY price DESC, id LIMIT 3",
        id="top-n-with-value",
    ),
    pytest.param(
        "how many orders shipped in March",
        "extract(month",
        "SELECT count(*) FROM orders WHERE extract(month FROM shipped_at) = 3",
        id="month-of-the-named-date",
    ),
    pytest.param(
        "orders placed last month",
        "date_trunc('month'",
        "SELECT * FROM orders WHERE ordered_at >= date_trunc('month', now()) - interval '1 month'"
        " AND ordered_at < date_trunc('month', now())",
        id="last-month",
    ),
    pytest.param(
        "orders this year",
        "date_trunc('year'",
        "SELECT * FROM orders WHERE ordered_at >= date_trunc('year', now())",
        id="this-year",
    ),
    pytest.param(
        "how many customers live in Germny",
        "= 'Germany'",
        "SELECT count(*) FROM customers WHERE country = 'Germany'",
        id="close-spelling",
    ),
]

# Written before the planner ran on them: 22 of 25 passed then (misses: "largest payment" read as
# max(amount), "the customer with the most orders", "revenue"); general fixes followed.
HELD_OUT = [
    pytest.param(
        "how many customers are inactive",
        "SELECT count(*) FROM customers WHERE NOT is_active",
        id="held-how-many-customers-are-inactive",
    ),
    pytest.param(
        "customers in Berlin",
        "SELECT * FROM customers WHERE city = 'Berlin'",
        id="held-customers-in-berlin",
    ),
    pytest.param(
        "how many customers per city",
        "SELECT city, count(*) FROM customers GROUP BY 1",
        id="held-how-many-customers-per-city",
    ),
    pytest.param(
        "average payment amount",
        "SELECT avg(amount) FROM payments",
        id="held-average-payment-amount",
    ),
    pytest.param(
        "largest payment",
        "SELECT * FROM payments ORDER BY amount DESC, id LIMIT 1",
        id="held-largest-payment",
    ),
    pytest.param(
        "total revenue from delivered orders",
        "SELECT sum(total) FROM orders WHERE status = 'delivered'",
        id="held-total-revenue-from-delivered-orders",
    ),
    pytest.param(
        "how many products are discontinued",
        "SELECT count(*) FROM products WHERE discontinued",
        id="held-how-many-products-are-discontinued",
    ),
    pytest.param(
        "products in the outdoor category",
        "SELECT * FROM products WHERE category = 'outdoor'",
        id="held-products-in-the-outdoor-category",
    ),
    pytest.param(
        "how many products per category",
        "SELECT category, count(*) FROM products GROUP BY 1",
        id="held-how-many-products-per-category",
    ),
    pytest.param(
        "most expensive product",
        "SELECT * FROM products ORDER BY price DESC, id LIMIT 1",
        id="held-most-expensive-product",
    ),
    pytest.param(
        "orders shipped in 2025",
        "SELECT * FROM orders WHERE shipped_at >= '2025-01-01' AND shipped_at < '2026-01-01'",
        id="held-orders-shipped-in-2025",
    ),
    pytest.param(
        "how many pending orders",
        "SELECT count(*) FROM orders WHERE status = 'pending'",
        id="held-how-many-pending-orders",
    ),
    pytest.param(
        "orders from customers in Italy",
        "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.country = "
        "'Italy'",
        id="held-orders-from-customers-in-italy",
    ),
    pytest.param(
        "payments by card",
        "SELECT * FROM payments WHERE method = 'card'",
        id="held-payments-by-card",
    ),
    pytest.param(
        "how many payments were made by bank transfer",
        "SELECT count(*) FROM payments WHERE method = 'bank_transfer'",
        id="held-how-many-payments-were-made-by-bank-tran",
    ),
    pytest.param(
        "average order total per status",
        "SELECT status, avg(total) FROM orders GROUP BY 1",
        id="held-average-order-total-per-status",
    ),
    pytest.param(
        "which status has the most orders",
        "SELECT status, count(*) FROM orders GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        id="held-which-status-has-the-most-orders",
    ),
    pytest.param(
        "top 3 products by number of order items",
        "SELECT p.id, p.name, count(*) FROM products p JOIN order_items i ON i.product_id = "
        "p.id GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 3",
        id="held-top-3-products-by-number-of-order-items",
    ),
    pytest.param(
        "customers who bought a Smart Mug",
        "SELECT * FROM customers WHERE id IN (SELECT o.customer_id FROM orders o JOIN "
        "order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id WHERE "
        "p.name = 'Smart Mug')",
        id="held-customers-who-bought-a-smart-mug",
    ),
    pytest.param(
        "how many order items have quantity more than 3",
        "SELECT count(*) FROM order_items WHERE quantity > 3",
        id="held-how-many-order-items-have-quantity-more-",
    ),
    pytest.param(
        "the customer with the most orders",
        "SELECT c.id, c.name, count(*) FROM customers c JOIN orders o ON o.customer_id = c.id"
        " GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1",
        id="held-the-customer-with-the-most-orders",
    ),
    pytest.param(
        "total stock of kitchen products",
        "SELECT sum(stock) FROM products WHERE category = 'kitchen'",
        id="held-total-stock-of-kitchen-products",
    ),
    pytest.param(
        "products with stock under 10",
        "SELECT * FROM products WHERE stock < 10",
        id="held-products-with-stock-under-10",
    ),
    pytest.param(
        "orders not yet shipped",
        "SELECT * FROM orders WHERE shipped_at IS NULL",
        id="held-orders-not-yet-shipped",
    ),
    pytest.param(
        "customers from Poland who signed up in 2024",
        "SELECT * FROM customers WHERE country = 'Poland' AND created_at >= '2024-01-01' AND "
        "created_at < '2025-01-01'",
        id="held-customers-from-poland-who-signed-up-in-2",
    ),
]


@pytest.fixture(scope="module")
def shop(pg_server: str, demo_template: str) -> Iterator[str]:
    """One demo shop for the module's reads."""
    url = create_database(pg_server, template=demo_template)
    yield url
    drop_database(pg_server, url)


@pytest.fixture(scope="module")
async def grounded(shop: str) -> tuple[list[Table], Values]:
    """The schema as the planner sees it, and the values found in the shop's data."""
    targets = Targets({"default": shop})
    ctx = SqlContext(targets, None, Limits(), WritePolicy(), SchemaCache())  # type: ignore[arg-type]
    try:
        target = targets.resolve(None)
        schema, values = await schema_of(ctx, target), await values_of(ctx, target)
    finally:
        await targets.close()
    return read_tables(system_prompt(list(schema.values()))), values


def rows(url: str, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(query).fetchall()


@pytest.mark.parametrize(("question", "shape", "expected"), [*ISSUE, *JOINS, *EVERYDAY])
def test_plain_questions_return_the_rows_of_the_hand_written_sql(
    question: str, shape: str, expected: str, shop: str, grounded: tuple[list[Table], Values]
) -> None:
    sql = plan(question, *grounded)
    assert classify(sql).kind == "read", sql
    assert shape in sql
    assert sorted(rows(shop, sql)) == sorted(rows(shop, expected)), sql


@pytest.mark.parametrize(
    ("question", "word"),
    [
        pytest.param("what is the meaning of life", "meaning", id="nonsense"),
        pytest.param("how many orders were frobnicated", "frobnicated", id="unknown-word"),
    ],
)
def test_words_it_cannot_place_are_named(
    question: str, word: str, grounded: tuple[list[Table], Values]
) -> None:
    reply = plan(question, *grounded)
    assert reply.startswith(CANNOT)
    assert repr(word) in reply


@pytest.mark.parametrize(
    ("question", "left_out", "expected"),
    [
        pytest.param(
            "which customers in Spain shop with us",
            "'shop'",
            "SELECT * FROM customers WHERE country = 'Spain'",
            id="verb-after-value",
        ),
        pytest.param(
            "how many orders did customers in Germany place",
            "'place'",
            "SELECT count(*) FROM orders JOIN customers c ON c.id = customer_id"
            " WHERE c.country = 'Germany'",
            id="verb-after-join",
        ),
    ],
)
def test_a_verb_between_things_named_is_left_out_and_the_sql_says_so(
    question: str, left_out: str, expected: str, shop: str, grounded: tuple[list[Table], Values]
) -> None:
    sql = plan(question, *grounded)
    assert sql.startswith(f"-- words left out: {left_out}\n"), sql
    assert classify(sql).kind == "read", sql
    assert sorted(rows(shop, sql)) == sorted(rows(shop, expected)), sql


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # Left out, nothing but the table would remain: all orders is not what was asked.
        pytest.param("how many orders were frobnicated", "frobnicated", id="bare-table"),
        pytest.param("how many customers live in Narnia", "narnia", id="a-name"),
        pytest.param("customers in Spain who never shop", "shop", id="negated"),
    ],
)
def test_a_word_is_not_left_out_when_it_may_carry_the_question(
    question: str, word: str, grounded: tuple[list[Table], Values]
) -> None:
    reply = plan(question, *grounded)
    assert reply.startswith(CANNOT), reply
    assert repr(word) in reply


@pytest.mark.parametrize(
    ("question", "suggested"),
    [
        pytest.param("how many orders were frobnicated", "'how many orders'", id="table-named"),
        pytest.param("show unicorns", "Name a table (customers", id="nothing-named"),
        pytest.param("products in colour red", "'average price of products'", id="a-number"),
    ],
)
def test_a_failure_suggests_the_closest_phrasing_not_the_grammar(
    question: str, suggested: str, grounded: tuple[list[Table], Values]
) -> None:
    reply = plan(question, *grounded)
    assert reply.startswith(CANNOT)
    assert suggested in reply
    assert "delete <table>" not in reply  # not the whole grammar


def test_a_plain_question_never_becomes_a_write(grounded: tuple[list[Table], Values]) -> None:
    reply = plan("get rid of the cancelled orders", *grounded)
    assert reply.startswith(CANNOT) or classify(reply).kind == "read"


@pytest.mark.parametrize(("question", "gold"), HELD_OUT)
def test_held_out_questions_return_the_rows_of_the_gold_sql(
    question: str, gold: str, shop: str, grounded: tuple[list[Table], Values]
) -> None:
    sql = plan(question, *grounded)
    assert classify(sql).kind == "read", sql
    assert sorted(rows(shop, sql)) == sorted(rows(shop, gold)), sql
