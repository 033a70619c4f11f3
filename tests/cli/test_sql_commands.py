"""`pgpilot check`, `pgpilot sql` and `pgpilot db roles` as a user runs them."""

import json

import pytest

from tests.cli.test_cli import assert_one_line_error, pgpilot


def urls(app_db_url: str, demo_url: str) -> dict[str, str]:
    """Environment naming the test's app database and demo target."""
    return {"DATABASE_URL": app_db_url, "TARGET_DATABASE_URL": demo_url}


CHECK_FIELDS = {"kind", "reasons", "statement_type", "tables", "functions"}


def test_check_json() -> None:
    result = pgpilot("check", "--json", "SELECT * FROM orders WHERE id = 1")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert set(verdict) == CHECK_FIELDS
    assert verdict["kind"] == "read"
    assert verdict["tables"] == ["orders"]


def test_check_text_explains_a_refusal() -> None:
    result = pgpilot("check", "SELECT 1; COMMIT; DROP SCHEMA public CASCADE")
    assert result.returncode == 0
    assert result.stdout.startswith("forbidden")
    assert "statement" in result.stdout


def test_check_jsonl_keeps_order() -> None:
    lines = [
        "SELECT 1",
        "DELETE FROM t WHERE id = 2",
        "DROP TABLE t",
        "SELECT pg_sleep(10)",
        "not sql at all",
    ]
    result = subprocess_input("\n".join(lines) + "\n")
    kinds = [json.loads(line)["kind"] for line in result.splitlines()]
    assert kinds == ["read", "write", "ddl", "forbidden", "forbidden"]


def subprocess_input(text: str) -> str:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "pgpilot", "check", "--jsonl"],
        input=text,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
        timeout=60,
    )
    return done.stdout


def test_check_without_sql_is_one_line() -> None:
    assert_one_line_error(pgpilot("check"), "--jsonl")


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "table"])
def test_sql_reads_the_target(app_db_url: str, demo_url: str, as_json: bool) -> None:
    args = ["sql", "SELECT id, name FROM customers ORDER BY id LIMIT 2"]
    result = pgpilot(*args, *(["--json"] if as_json else []), env=urls(app_db_url, demo_url))
    assert result.returncode == 0, result.stderr
    if as_json:
        body = json.loads(result.stdout)
        assert body["status"] == "success"
        assert body["kind"] == "read"
        assert body["columns"] == ["id", "name"]
        assert body["row_count"] == 2
        assert body["truncated"] is False
        assert body["rows"][0][0] == 1
    else:
        assert "2 rows" in result.stdout
        assert "name" in result.stdout


def test_sql_target_url_option(app_db_url: str, demo_url: str) -> None:
    result = pgpilot(
        "sql",
        "--json",
        "--target",
        demo_url,
        "SELECT count(*) AS n FROM orders",
        env={"DATABASE_URL": app_db_url},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == [[2500]]


@pytest.mark.parametrize(
    ("sql", "error_code"),
    [
        pytest.param("SELECT 1; DROP TABLE orders", "FORBIDDEN_SQL", id="forbidden"),
        pytest.param("SELECT missing FROM orders", "QUERY_ERROR", id="db-error"),
    ],
)
def test_sql_errors_as_json_envelope(
    app_db_url: str, demo_url: str, sql: str, error_code: str
) -> None:
    result = pgpilot("sql", "--json", sql, env=urls(app_db_url, demo_url))
    assert result.returncode == 1
    body = json.loads(result.stdout)
    assert body["status"] == "error"
    assert body["error_code"] == error_code
    assert "Traceback" not in result.stderr


def test_sql_error_as_text_is_one_line(app_db_url: str, demo_url: str) -> None:
    result = pgpilot("sql", "SELECT 1; DROP TABLE orders", env=urls(app_db_url, demo_url))
    assert_one_line_error(result, "one statement")


def test_unknown_target_is_one_line(app_db_url: str, demo_url: str) -> None:
    result = pgpilot("sql", "-t", "crm", "SELECT 1", env=urls(app_db_url, demo_url))
    assert_one_line_error(result, "crm")


def test_db_roles_prints_a_script(demo_url: str) -> None:
    result = pgpilot("db", "roles", "--target", demo_url)
    assert result.returncode == 0, result.stderr
    assert "pgpilot_reader" in result.stdout
    assert result.stdout.startswith("-- Least-privilege roles")
    assert "SET temp_file_limit = '262144kB'" in result.stdout
    # The test server's URL is a superuser's: pgpilot says it should not serve with it.
    assert "WARNING: target" in result.stderr
    assert "is a superuser" in result.stderr


def test_write_approve_execute_undo_audit(app_db_url: str, demo_url: str) -> None:
    env = urls(app_db_url, demo_url)

    def run(*args: str) -> dict[str, object]:
        result = pgpilot(*args, "--json", env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data

    pending = run("sql", "DELETE FROM order_items WHERE quantity = 4")
    assert pending["status"] == "pending_approval"
    ticket = str(pending["ticket_id"])
    early = pgpilot("approvals", "execute", ticket, "--json", env=env)
    assert early.returncode == 1
    assert json.loads(early.stdout)["error_code"] == "NOT_APPROVED"
    assert run("approvals", "approve", ticket, "--by", "alice")["status"] == "APPROVED"
    done = run("approvals", "execute", ticket)
    assert done["status"] == "executed"
    assert done["rows_affected"] == pending["impact"]["rows"]  # type: ignore[index]
    undone = run("undo", str(done["operation_id"]))
    assert undone == {
        "status": "success",
        "operation_id": done["operation_id"],
        "rows_restored": done["rows_affected"],
    }
    again = pgpilot("approvals", "execute", ticket, "--json", env=env)
    assert json.loads(again.stdout)["error_code"] == "ALREADY_EXECUTED"
    log = pgpilot("audit", "--json", env=env)
    actions = [event["action"] for event in json.loads(log.stdout)]
    assert actions[:2] == ["sql.undo", "sql.execute"]
