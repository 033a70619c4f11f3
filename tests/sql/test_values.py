"""Values found in the data, looked up by a phrase (`sql/values.py`)."""

from pgpilot.sql.values import index


def test_a_close_spelling_is_found_when_nothing_is_exact() -> None:
    known = index({("public.orders", "status"): ["cancelled", "shipped"]})
    assert [h.value for h in known.find("canceled")] == ["cancelled"]
    assert known.find("canceled", fuzzy=False) == ()


def test_a_close_spelling_keeps_the_numbers_said() -> None:
    known = index(
        {
            ("public.invoices", "invoice_number"): ["INV-24024"],
            ("public.tariffs", "name"): ["Green Fix 12M", "Green Fix 24M"],
        }
    )
    assert known.find("in 2024") == ()  # a year, not an invoice
    assert [h.value for h in known.find("green fixe 24m")] == ["Green Fix 24M"]
