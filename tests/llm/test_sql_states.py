"""States stored with a negation, said in words (`sql_states`)."""

import pytest

from pgpilot.llm.sql_states import states_said
from pgpilot.sql.values import index

VALUES = index(
    {
        ("public.registrations", "status"): ["registered", "did_not_start", "no_show"],
        ("public.notes", "body"): ["never on time"],
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "registrations marked as did not start",
            "registrations marked as did_not_start",
            id="word-before-the-negation",
        ),
        pytest.param("which were a no show", "which were a no_show", id="no-show"),
        pytest.param("runners who were no-show", "runners who were no_show", id="hyphen"),
        pytest.param(
            "registrations not registered", "registrations not registered", id="a-real-negation"
        ),
        pytest.param("trains never on time", "trains never on time", id="stored-with-spaces"),
    ],
)
def test_states_said_puts_a_negated_state_as_stored(text: str, expected: str) -> None:
    assert states_said(text, VALUES) == expected


def test_states_said_without_values_keeps_the_text() -> None:
    assert states_said("did not start", None) == "did not start"
