"""States said in words rather than as stored (`sql_states`)."""

import pytest

from pgpilot.llm.sql_states import states_said
from pgpilot.sql.values import index

VALUES = index(
    {
        ("public.registrations", "status"): ["registered", "did_not_start", "no_show"],
        ("public.notes", "body"): ["never on time"],
        ("public.subscriptions", "status"): ["trialing", "active"],
        ("public.animals", "status"): ["recovering", "in care"],
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
        pytest.param(
            "subscriptions still in their trial", "subscriptions still trialing", id="in-trial"
        ),
        pytest.param("animals in recovery", "animals recovering", id="noun-in-y"),
        pytest.param("animals in care", "animals in care", id="a-value-itself"),
        pytest.param("subscriptions in Spain", "subscriptions in Spain", id="no-such-state"),
    ],
)
def test_states_said_puts_a_negated_state_as_stored(text: str, expected: str) -> None:
    assert states_said(text, VALUES) == expected


def test_states_said_without_values_keeps_the_text() -> None:
    assert states_said("did not start", None) == "did not start"
