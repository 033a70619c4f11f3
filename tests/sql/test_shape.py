"""What the guard's parse says about a read's row count: the executor's hints in the verdict."""

import pytest

from pgpilot.sql.classify import classify
from pgpilot.sql.verdict import Lookup


@pytest.mark.parametrize(
    ("sql", "single"),
    [
        pytest.param("SELECT * FROM orders LIMIT 1", True, id="limit-1"),
        pytest.param("SELECT * FROM orders LIMIT 0", True, id="limit-0"),
        pytest.param("SELECT id FROM orders FETCH FIRST ROW ONLY", True, id="fetch-first"),
        pytest.param("SELECT 1 UNION SELECT 2 LIMIT 1", True, id="union-limited"),
        pytest.param("SELECT count(*), max(total) FROM orders", True, id="aggregates"),
        pytest.param("SELECT count(*), 'n' FROM orders WHERE total > 1", True, id="agg-const"),
        pytest.param("SELECT 1, 'a'", True, id="constants"),
        pytest.param("SELECT * FROM orders LIMIT 2", False, id="limit-2"),
        pytest.param("SELECT * FROM orders LIMIT ALL", False, id="limit-all"),
        pytest.param(
            "SELECT id FROM orders ORDER BY id FETCH FIRST 1 ROW WITH TIES", False, id="ties"
        ),
        pytest.param("SELECT count(*) FROM orders GROUP BY status", False, id="grouped"),
        pytest.param("SELECT count(*) OVER () FROM orders", False, id="window"),
        pytest.param("SELECT count(*) + 1 FROM orders", False, id="agg-expression"),
        pytest.param("SELECT pg_catalog.count(*) FROM orders", False, id="qualified-agg"),
        pytest.param("SELECT 1 FROM orders", False, id="const-per-row"),
        pytest.param("SELECT generate_series(1, 3)", False, id="set-returning"),
        pytest.param("SELECT 1 UNION SELECT 2", False, id="union"),
        pytest.param("VALUES (1)", False, id="values"),
        pytest.param("DELETE FROM orders WHERE id = 1", False, id="write"),
    ],
)
def test_single_row(sql: str, single: bool) -> None:
    assert classify(sql).single_row is single


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        pytest.param(
            "SELECT id, name, country FROM customers WHERE id = 42",
            Lookup("customers", frozenset({"id"})),
            id="point",
        ),
        pytest.param(
            "SELECT * FROM shop.order_items i WHERE 7 = i.order_id AND line_no = '2'::int"
            " AND quantity > 1",
            Lookup("shop.order_items", frozenset({"order_id", "line_no"})),
            id="qualified-composite",
        ),
        pytest.param("SELECT * FROM customers WHERE id > 42", None, id="range"),
        pytest.param("SELECT * FROM customers WHERE id = 1 OR id = 2", None, id="or"),
        pytest.param("SELECT * FROM customers WHERE id = other_id", None, id="column-column"),
        pytest.param("SELECT * FROM customers", None, id="no-where"),
        pytest.param(
            "SELECT generate_series(1, 3) FROM customers WHERE id = 1", None, id="set-returning"
        ),
        pytest.param(
            "SELECT * FROM customers c, orders o WHERE c.id = 1 AND o.id = 1", None, id="join"
        ),
        pytest.param(
            "WITH customers AS (SELECT 1 AS id) SELECT * FROM customers WHERE id = 1",
            None,
            id="cte",
        ),
        pytest.param("SELECT * FROM (SELECT 1 AS id) s WHERE id = 1", None, id="subquery"),
    ],
)
def test_lookup(sql: str, expected: Lookup | None) -> None:
    assert classify(sql).lookup == expected
