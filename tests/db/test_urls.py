"""Connection URLs as pgpilot stores them: never with a password."""

import pytest
from psycopg.conninfo import conninfo_to_dict

from pgpilot.db.urls import without_password


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        pytest.param("postgresql://u:s%40cret@h:5/db", "postgresql://u@h:5/db", id="user-info"),
        pytest.param(
            "postgresql://u@h/db?password=x&sslmode=require",
            "postgresql://u@h/db?sslmode=require",
            id="parameter",
        ),
        pytest.param("postgresql://u@h/db?pass%77ord=x", "postgresql://u@h/db", id="encoded-key"),
        pytest.param("postgresql://u@h/db?PASSWORD=x", "postgresql://u@h/db", id="upper-case"),
        pytest.param(
            "postgresql:///db?host=/tmp/sock", "postgresql:///db?host=/tmp/sock", id="socket"
        ),
        pytest.param("postgresql://h/db", "postgresql://h/db", id="nothing-to-drop"),
    ],
)
def test_the_stored_url_has_no_password(url: str, stored: str) -> None:
    assert without_password(url) == stored
    assert "password" not in conninfo_to_dict(stored)
