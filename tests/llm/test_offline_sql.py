"""The offline SQL planner on the demo shop: its SQL returns the rows of a hand-written SQL."""

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.llm.offline_sql import plan
from pgpilot.llm.sql_prompt import CANNOT, read_tables, system_prompt
from pgpilot.sql.classify import classify
from pgpilot.sql.schema import Table, load_schema
from tests.conftest import create_database, drop_database

READS = [
    pytest.param("how many customers", "SELECT count(*) FROM customers", id="how-many"),
    pytest.param("How many customers are there?", "SELECT count(*) FROM customers", id="are-there"),
    pytest.param("count orders", "SELECT count(*) FROM orders", id="count"),
    pytest.param("number of products", "SELECT count(*) FROM products", id="number-of"),
    pytest.param("count payments", "SELECT count(*) FROM payments", id="count-payments"),
    pytest.param("how many order items", "SELECT count(*) FROM order_items", id="spaces"),
    pytest.param("how many order_items", "SELECT count(*) FROM order_items", id="underscore"),
    pytest.param("how many Customer", "SELECT count(*) FROM customers", id="singular-case"),
    pytest.param("how many payment", "SELECT count(*) FROM payments", id="singular"),
    pytest.param(
        "how many orders where status is cancelled",
        "SELECT count(*) FROM orders WHERE status = 'cancelled'",
        id="count-where",
    ),
    pytest.param(
        "how many orders with status 'paid'",
        "SELECT count(*) FROM orders WHERE status = 'paid'",
        id="count-with-bare",
    ),
    pytest.param(
        "how many customers where country = Germany and city = Berlin",
        "SELECT count(*) FROM customers WHERE country = 'Germany' AND city = 'Berlin'",
        id="count-and",
    ),
    pytest.param(
        "how many active customers",
        "SELECT count(*) FROM customers WHERE is_active",
        id="flag",
    ),
    pytest.param(
        "how many inactive customers",
        "SELECT count(*) FROM customers WHERE NOT is_active",
        id="flag-negated",
    ),
    pytest.param(
        "how many discontinued products",
        "SELECT count(*) FROM products WHERE discontinued",
        id="flag-plain",
    ),
    pytest.param(
        "how many products where price > 100",
        "SELECT count(*) FROM products WHERE price > 100",
        id="gt",
    ),
    pytest.param(
        "how many products where price is less than 20",
        "SELECT count(*) FROM products WHERE price < 20",
        id="less-than",
    ),
    pytest.param(
        "how many products where stock is at least 300",
        "SELECT count(*) FROM products WHERE stock >= 300",
        id="at-least",
    ),
    pytest.param(
        "how many orders where status is not delivered",
        "SELECT count(*) FROM orders WHERE status <> 'delivered'",
        id="is-not",
    ),
    pytest.param(
        "how many orders where shipped_at is null",
        "SELECT count(*) FROM orders WHERE shipped_at IS NULL",
        id="is-null",
    ),
    pytest.param(
        "how many orders where shipped at is not null",
        "SELECT count(*) FROM orders WHERE shipped_at IS NOT NULL",
        id="is-not-null",
    ),
    pytest.param(
        "how many customers where name contains turing",
        "SELECT count(*) FROM customers WHERE name ILIKE '%turing%'",
        id="contains",
    ),
    pytest.param(
        "how many customers where email starts with ada",
        "SELECT count(*) FROM customers WHERE email ILIKE 'ada%'",
        id="starts-with",
    ),
    pytest.param(
        "how many orders where status in paid, shipped",
        "SELECT count(*) FROM orders WHERE status IN ('paid', 'shipped')",
        id="in-list",
    ),
    pytest.param(
        "how many orders where ordered_at after 2025-06-01",
        "SELECT count(*) FROM orders WHERE ordered_at > '2025-06-01'",
        id="date-after",
    ),
    pytest.param(
        "count orders by status",
        "SELECT status, count(*) FROM orders GROUP BY status ORDER BY 2 DESC, 1",
        id="group-by",
    ),
    pytest.param(
        "how many customers per country",
        "SELECT country, count(*) FROM customers GROUP BY country ORDER BY 2 DESC, 1",
        id="group-per",
    ),
    pytest.param(
        "count payments by method where amount > 100",
        "SELECT method, count(*) FROM payments WHERE amount > 100 GROUP BY 1 ORDER BY 2 DESC, 1",
        id="group-where",
    ),
    pytest.param("average price of products", "SELECT avg(price) FROM products", id="avg"),
    pytest.param(
        "what is the total amount of payments", "SELECT sum(amount) FROM payments", id="sum"
    ),
    pytest.param("max price of products", "SELECT max(price) FROM products", id="max"),
    pytest.param(
        "minimum stock of products where discontinued is false",
        "SELECT min(stock) FROM products WHERE NOT discontinued",
        id="min-where",
    ),
    pytest.param(
        "average total of orders where status = delivered",
        "SELECT avg(total) FROM orders WHERE status = 'delivered'",
        id="avg-where",
    ),
    pytest.param("show products", "SELECT * FROM products", id="show"),
    pytest.param("list all customers", "SELECT * FROM customers", id="list-all"),
    pytest.param("show me the payments", "SELECT * FROM payments", id="show-me"),
    pytest.param("show 5 orders", "SELECT * FROM orders LIMIT 5", id="show-n"),
    pytest.param(
        "show top 3 products order by price desc",
        "SELECT * FROM products ORDER BY price DESC, id LIMIT 3",
        id="top-n-order",
    ),
    pytest.param(
        "show the 5 most expensive products",
        "SELECT * FROM products ORDER BY price DESC, id LIMIT 5",
        id="most-expensive",
    ),
    pytest.param(
        "show the 3 cheapest products",
        "SELECT * FROM products ORDER BY price, id LIMIT 3",
        id="cheapest",
    ),
    pytest.param(
        "list the 4 least expensive products",
        "SELECT * FROM products ORDER BY price, id LIMIT 4",
        id="least-expensive",
    ),
    pytest.param(
        "show the 5 most recent orders",
        "SELECT * FROM orders ORDER BY ordered_at DESC, id LIMIT 5",
        id="most-recent",
    ),
    pytest.param(
        "show the 2 oldest customers",
        "SELECT * FROM customers ORDER BY created_at, id LIMIT 2",
        id="oldest",
    ),
    pytest.param(
        "show the 3 largest payments",
        "SELECT * FROM payments ORDER BY amount DESC, id LIMIT 3",
        id="largest",
    ),
    pytest.param(
        "show the 3 most stock products",
        "SELECT * FROM products ORDER BY stock DESC, id LIMIT 3",
        id="most-column-name",
    ),
    pytest.param(
        "show products where category is kitchen order by price",
        "SELECT * FROM products WHERE category = 'kitchen' ORDER BY price, id",
        id="where-order",
    ),
    pytest.param(
        "list customers where country is Spain order by name limit 10",
        "SELECT * FROM customers WHERE country = 'Spain' ORDER BY name, id LIMIT 10",
        id="where-order-limit",
    ),
    pytest.param(
        "show orders where customer id = 42",
        "SELECT * FROM orders WHERE customer_id = 42",
        id="fk-column",
    ),
    pytest.param(
        "show name and price of products where category = outdoor",
        "SELECT name, price FROM products WHERE category = 'outdoor'",
        id="columns",
    ),
    pytest.param(
        "list email, city from customers where country = Italy",
        "SELECT email, city FROM customers WHERE country = 'Italy'",
        id="columns-comma",
    ),
    pytest.param(
        "show discontinued products",
        "SELECT * FROM products WHERE discontinued",
        id="show-flag",
    ),
    pytest.param(
        "show the customer order summary where orders > 5",
        "SELECT * FROM customer_order_summary WHERE orders > 5",
        id="view",
    ),
    pytest.param(
        "show the catalogue where price > 240",
        "SELECT * FROM products WHERE price > 240",
        id="table-by-comment",
    ),
    pytest.param(
        "show products where list price > 240",
        "SELECT * FROM products WHERE price > 240",
        id="column-by-comment",
    ),
    pytest.param(
        "show prodcts where price > 240",
        "SELECT * FROM products WHERE price > 240",
        id="misspelt",
    ),
    pytest.param(
        "show order items where quantity >= 4 and unit price > 200",
        "SELECT * FROM order_items WHERE quantity >= 4 AND unit_price > 200",
        id="two-word-names",
    ),
    pytest.param(
        "show customers where name = 'O''Brien'",
        "SELECT * FROM customers WHERE name = 'O''''Brien'",
        id="quotes-are-data",
    ),
    pytest.param(
        "show customers where name = x'; drop table customers; --",
        "SELECT * FROM customers WHERE name = 'x''; drop table customers; --'",
        id="injection-is-data",
    ),
    pytest.param(
        "SELECT name FROM products WHERE price > 200",
        "SELECT name FROM products WHERE price > 200",
        id="raw-sql",
    ),
    pytest.param(
        "describe products",
        "SELECT column_name, data_type, is_nullable, column_default FROM"
        " information_schema.columns WHERE table_name = 'products' ORDER BY ordinal_position",
        id="describe",
    ),
    pytest.param(
        "list tables",
        "SELECT table_schema, table_name, table_type FROM information_schema.tables"
        " WHERE table_schema = 'public' ORDER BY 1, 2",
        id="list-tables",
    ),
]
WRITES = [
    pytest.param(
        "delete orders where status is cancelled",
        "DELETE FROM orders WHERE status = 'cancelled'",
        id="delete",
    ),
    pytest.param(
        "delete from payments where method = paypal and amount < 50",
        "DELETE FROM payments WHERE method = 'paypal' AND amount < 50",
        id="delete-from-and",
    ),
    pytest.param(
        "remove payments where method is bank transfer and amount > 500",
        "DELETE FROM payments WHERE method = 'bank transfer' AND amount > 500",
        id="remove",
    ),
    pytest.param(
        "update products set price to 9.99 where sku = SKU-00001",
        "UPDATE products SET price = 9.99 WHERE sku = 'SKU-00001'",
        id="update",
    ),
    pytest.param(
        "update customers set city to Lyon, is active to no where id = 7",
        "UPDATE customers SET city = 'Lyon', is_active = false WHERE id = 7",
        id="update-two",
    ),
    pytest.param(
        "update orders set status = shipped where status = paid",
        "UPDATE orders SET status = 'shipped' WHERE status = 'paid'",
        id="update-equals",
    ),
]
OUTSIDE = [
    pytest.param("what is the meaning of life", id="nonsense"),
    pytest.param("show unicorns", id="no-table"),
    pytest.param("show products where colour = red", id="no-column"),
]


@pytest.fixture(scope="module")
def shop(pg_server: str, demo_template: str) -> Iterator[str]:
    """One demo shop for the module's reads; writes run in rolled-back transactions."""
    url = create_database(pg_server, template=demo_template)
    yield url
    drop_database(pg_server, url)


@pytest.fixture(scope="module")
async def tables(shop: str) -> list[Table]:
    """The schema as the planner sees it: rendered into the prompt and read back."""
    async with AsyncConnectionPool(shop, open=False, min_size=1, max_size=1) as pool:
        schema = await load_schema(pool)
    return read_tables(system_prompt(list(schema.values())))


def rows(url: str, query: str, *, returning: bool = False) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        result = conn.execute(query + (" RETURNING *" if returning else "")).fetchall()
        conn.rollback()
    return result


@pytest.mark.parametrize(("question", "expected"), READS)
def test_reads_return_the_rows_of_the_hand_written_sql(
    question: str, expected: str, shop: str, tables: list[Table]
) -> None:
    sql = plan(question, tables)
    assert classify(sql).kind == "read", sql
    assert rows(shop, sql) == rows(shop, expected), sql


@pytest.mark.parametrize(("question", "expected"), WRITES)
def test_writes_change_the_rows_of_the_hand_written_sql(
    question: str, expected: str, shop: str, tables: list[Table]
) -> None:
    sql = plan(question, tables)
    assert classify(sql).kind == "write", sql
    assert rows(shop, sql, returning=True) == rows(shop, expected, returning=True), sql


@pytest.mark.parametrize("question", OUTSIDE)
def test_outside_the_grammar_it_says_what_it_understands(
    question: str, tables: list[Table]
) -> None:
    reply = plan(question, tables)
    assert reply.startswith(CANNOT)
    assert "PGPILOT_MODEL" in reply


def test_the_demo_schema_survives_the_prompt(tables: list[Table]) -> None:
    names = {table.name for table in tables}
    assert {"customers", "orders", "order_items", "customer_order_summary"} <= names
    products = next(table for table in tables if table.name == "products")
    assert products.primary_key == ["id"]
    assert next(c for c in products.columns if c.name == "price").comment
