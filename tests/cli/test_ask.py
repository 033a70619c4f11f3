"""`pgpilot ask` on the demo shop, offline: answers, tickets, and --wait."""

import json
import os
import subprocess
import sys
import time

import psycopg
import pytest

from tests.cli.test_cli import pgpilot
from tests.cli.test_sql_commands import urls


def test_how_many_customers_answers_with_a_number(app_db_url: str, demo_url: str) -> None:
    result = pgpilot("ask", "--json", "how many customers", env=urls(app_db_url, demo_url))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == "success"
    assert answer["rows"] == [[800]]
    assert answer["intent"]["intent"] == "SELECT"
    assert answer["kind"] == "read"


def test_most_expensive_products_as_text(app_db_url: str, demo_url: str) -> None:
    result = pgpilot("ask", "show the 5 most expensive products", env=urls(app_db_url, demo_url))
    assert result.returncode == 0, result.stderr
    assert "SQL: SELECT" in result.stdout
    assert "5 rows" in result.stdout
    assert "SKU-00149" in result.stdout


def test_a_risky_delete_shows_impact_and_ticket(app_db_url: str, demo_url: str) -> None:
    env = urls(app_db_url, demo_url)
    result = pgpilot("ask", "--json", "delete orders where status is cancelled", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == "pending_approval"
    assert answer["impact"]["risk"] == "HIGH"
    assert answer["ticket_id"]
    text = pgpilot("ask", "delete orders where status is cancelled", env=env)
    assert "impact: " in text.stdout
    assert "pgpilot approvals approve" in text.stdout


def test_outside_the_grammar_exits_non_zero(app_db_url: str, demo_url: str) -> None:
    result = pgpilot("ask", "--json", "sing me a song", env=urls(app_db_url, demo_url))
    assert result.returncode == 1
    answer = json.loads(result.stdout)
    assert answer["status"] == "error"
    assert "PGPILOT_MODEL" in answer["message"]


@pytest.mark.parametrize(
    ("decision", "status"),
    [
        pytest.param("approve", "executed", id="approved"),
        pytest.param("reject", "error", id="rejected"),
    ],
)
def test_wait_shows_the_outcome(app_db_url: str, demo_url: str, decision: str, status: str) -> None:
    env = {**os.environ, **urls(app_db_url, demo_url)}
    command = [sys.executable, "-m", "pgpilot", "ask", "--json", "--wait"]
    with subprocess.Popen(
        [*command, "delete orders where status is cancelled"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            ticket = _pending_ticket(app_db_url)
            decided = pgpilot(
                "approvals", decision, ticket, "--by", "boss", env=urls(app_db_url, demo_url)
            )
            assert decided.returncode == 0, decided.stderr
            stdout, stderr = process.communicate(timeout=60)
        finally:  # a failure above must not leave the block waiting on a waiting `ask`
            if process.poll() is None:
                process.kill()
    answer = json.loads(stdout)
    assert answer["status"] == status, stderr
    if status == "executed":
        assert answer["row_count"] == 938
    else:
        assert "rejected" in answer["message"]


def _pending_ticket(app_db_url: str) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with psycopg.connect(app_db_url) as conn:
            row = conn.execute(
                "SELECT id FROM approval_requests WHERE status = 'PENDING_APPROVAL'"
            ).fetchone()
        if row is not None:
            return str(row[0])
        time.sleep(0.2)
    raise AssertionError("no ticket appeared")
