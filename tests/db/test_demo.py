"""The demo target: a realistic shop, the same on every install, made once."""

import psycopg

from pgpilot.db.demo import ensure_demo

EXPECTED_ROWS = {
    "customers": 800,
    "products": 150,
    "orders": 2500,
    "order_items": 5000,
    "payments": 1875,
}


def _fingerprint(url: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM customers c),"
            "       (SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM orders o),"
            "       (SELECT sum(total) FROM orders)"
        ).fetchall()


def test_demo_is_created_once_with_its_rows(blank_db_url: str) -> None:
    assert ensure_demo(blank_db_url) is True
    assert ensure_demo(blank_db_url) is False
    with psycopg.connect(blank_db_url) as conn:
        for table, expected in EXPECTED_ROWS.items():
            row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            assert row == (expected,), table
        assert sum(EXPECTED_ROWS.values()) >= 10_000
        summary = conn.execute(
            "SELECT count(*), (SELECT count(DISTINCT customer_id) FROM orders"
            "                  WHERE status <> 'cancelled')"
            " FROM customer_order_summary WHERE orders > 0"
        ).fetchone()
        assert summary is not None
        assert summary[0] == summary[1] > 500


def test_demo_data_is_deterministic(blank_db_url: str, pg_server: str) -> None:
    from tests.conftest import create_database, drop_database

    other = create_database(pg_server)
    try:
        ensure_demo(blank_db_url)
        ensure_demo(other)
        assert _fingerprint(blank_db_url) == _fingerprint(other)
    finally:
        drop_database(pg_server, other)


def test_demo_has_comments_and_cascading_keys(blank_db_url: str) -> None:
    ensure_demo(blank_db_url)
    with psycopg.connect(blank_db_url) as conn:
        comment = conn.execute("SELECT obj_description('orders'::regclass)").fetchone()
        assert comment is not None
        assert "order" in str(comment[0]).lower()
        rules = conn.execute(
            "SELECT conrelid::regclass::text, confdeltype FROM pg_constraint "
            "WHERE contype = 'f' ORDER BY 1, 2"
        ).fetchall()
        assert ("orders", "c") in rules
        assert ("order_items", "r") in rules
        customer = conn.execute(
            "SELECT customer_id, count(*) FROM orders GROUP BY 1 ORDER BY 1 LIMIT 1"
        ).fetchone()
        assert customer is not None
        conn.execute("DELETE FROM customers WHERE id = %s", (customer[0],))
        left = conn.execute(
            "SELECT count(*) FROM orders WHERE customer_id = %s", (customer[0],)
        ).fetchone()
        assert left == (0,)
        conn.rollback()
