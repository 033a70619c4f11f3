"""The impact's one sentence: direct changes first, then what foreign keys or triggers add."""

import pytest

from pgpilot.sql.summary import describe


@pytest.mark.parametrize(
    ("tables", "named", "sentence"),
    [
        pytest.param({}, (), "Changes no rows.", id="nothing"),
        pytest.param(
            {"public.products": {"inserted": 0, "updated": 120, "deleted": 0}},
            ("products",),
            "Updates 120 products.",
            id="update",
        ),
        pytest.param(
            {
                "public.customers": {"inserted": 0, "updated": 0, "deleted": 3},
                "public.orders": {"inserted": 0, "updated": 0, "deleted": 9},
                "public.order_items": {"inserted": 0, "updated": 0, "deleted": 18},
                "public.payments": {"inserted": 0, "updated": 0, "deleted": 6},
            },
            ("public.customers",),
            "Deletes 3 customers, and through foreign keys or triggers "
            "deletes 18 order items, 9 orders and 6 payments.",
            id="cascade",
        ),
        pytest.param(
            {"public.categories": {"inserted": 1, "updated": 0, "deleted": 0}},
            (),
            "Inserts 1 category.",
            id="singular",
        ),
        pytest.param(
            {"public.orders": {"inserted": 0, "updated": 2, "deleted": 1}},
            ("orders",),
            "Deletes 1 order; updates 2 orders.",
            id="two-verbs",
        ),
        pytest.param(
            {"public.audit": {"inserted": 1, "updated": 0, "deleted": 0}},
            ("products",),
            "Inserts 1 audit.",
            id="only-by-trigger",
        ),
    ],
)
def test_describe(tables: dict[str, dict[str, int]], named: tuple[str, ...], sentence: str) -> None:
    assert describe(tables, named) == sentence
