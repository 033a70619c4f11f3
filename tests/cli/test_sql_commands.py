"""`pgpilot check`, `pgpilot sql` and `pgpilot db roles` as a user runs them."""

import json
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import psycopg
import pytest
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict

from pgpilot.db.urls import libpq_url, without_password
from tests.cli.test_cli import assert_one_line_error, pgpilot, pgpilot_process


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
    """`python -m pgpilot check --jsonl` as a real process (a smoke test of stdin and stdout)."""
    done = pgpilot_process("check", "--jsonl", stdin=text, timeout=60)
    assert done.returncode == 0, done.stderr
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


PASSWORD = "SECRET-pw-7f3a9c"


def with_credentials(url: str, role: str, *, database: str | None = None, form: str) -> str:
    """The server of `url` as `role`, its password in the user info or a query parameter."""
    params = conninfo_to_dict(url)
    host, port = str(params.get("host", "")), params.get("port")
    name = database or str(params["dbname"])
    query: dict[str, str] = {}
    if host.startswith("/"):
        netloc, query["host"] = "", host
    else:
        netloc = f"{host}:{port}" if port else host
    if form == "userinfo":
        netloc = f"{role}:{PASSWORD}@{netloc}"
    else:
        netloc = f"{role}@{netloc}"
        query["pass%77ord" if form == "encoded-key" else "password"] = PASSWORD
    pairs = "&".join(
        f"{key}={value}" if key == "pass%77ord" else urlencode({key: value}, safe="/")
        for key, value in query.items()
    )
    return f"postgresql://{netloc}/{name}" + (f"?{pairs}" if pairs else "")


@pytest.fixture
def password_role(pg_server: str, demo_url: str) -> Iterator[str]:
    """A login role with a password, that may do what the test server's user does."""
    role = f"pgpilot_pw_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        current = conn.execute("SELECT current_user").fetchone()
        assert current is not None
        conn.execute(
            pgsql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                pgsql.Identifier(role), pgsql.Literal(PASSWORD)
            )
        )
        conn.execute(
            pgsql.SQL("GRANT {} TO {}").format(pgsql.Identifier(current[0]), pgsql.Identifier(role))
        )
    yield role
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(pgsql.SQL("DROP ROLE IF EXISTS {}").format(pgsql.Identifier(role)))


def stored_text(app_db_url: str) -> str:
    """Every ticket and audit event, as text."""
    with psycopg.connect(app_db_url) as conn:
        rows = conn.execute(
            "SELECT coalesce(string_agg(r::text, E'\\n'), '') FROM approval_requests r "
            "UNION ALL SELECT coalesce(string_agg(a::text, E'\\n'), '') FROM audit_log a"
        ).fetchall()
    return "\n".join(str(row[0]) for row in rows)


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("userinfo", id="user-info"),
        pytest.param("query", id="password-parameter"),
        pytest.param("encoded-key", id="percent-encoded-parameter"),
    ],
)
def test_a_url_target_never_stores_its_password(
    app_db_url: str, demo_url: str, password_role: str, form: str
) -> None:
    url = with_credentials(demo_url, password_role, form=form)
    assert conninfo_to_dict(url)["password"] == PASSWORD, "the test's URL carries the password"
    env = {"DATABASE_URL": app_db_url}  # no configured target: the operator names it by URL

    def run(*args: str) -> dict[str, Any]:
        result = pgpilot(*args, "--json", env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert PASSWORD not in result.stdout + result.stderr
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data

    ran = run("sql", "--target", url, "UPDATE products SET stock = stock + 1 WHERE id = 1")
    assert ran["status"] == "executed"
    pending = run("sql", "--target", url, "DELETE FROM order_items WHERE quantity = 4")
    assert pending["status"] == "pending_approval"
    ticket = str(pending["ticket_id"])
    recorded = without_password(libpq_url(url, setting="test"))
    assert PASSWORD not in recorded
    with psycopg.connect(app_db_url) as conn:
        row = conn.execute("SELECT target FROM approval_requests WHERE id = %s", (ticket,))
        assert row.fetchone() == (recorded,)
        targets = conn.execute("SELECT DISTINCT details->>'target' FROM audit_log").fetchall()
        assert targets == [(recorded,)]
    assert run("approvals", "approve", ticket, "--by", "alice")["status"] == "APPROVED"

    # The ticket runs on its URL only: given again (password included), never another one.
    missing = pgpilot("approvals", "execute", ticket, env=env)
    assert_one_line_error(missing, "--target")
    other = with_credentials(demo_url, password_role, database="postgres", form=form)
    elsewhere = pgpilot("approvals", "execute", ticket, "--target", other, "--json", env=env)
    assert elsewhere.returncode == 1
    assert json.loads(elsewhere.stdout)["error_code"] == "VALIDATION_ERROR"
    assert PASSWORD not in elsewhere.stdout + elsewhere.stderr
    done = run("approvals", "execute", ticket, "--target", url)
    assert done["status"] == "executed"
    assert done["rows_affected"] == pending["impact"]["rows"]

    operation = str(done["operation_id"])
    assert_one_line_error(pgpilot("undo", operation, env=env), "--target")
    elsewhere = pgpilot("undo", operation, "--target", other, "--json", env=env)
    assert json.loads(elsewhere.stdout)["error_code"] == "VALIDATION_ERROR"
    undone = run("undo", operation, "--target", url)
    assert undone["rows_restored"] == done["rows_affected"]
    assert run("undo", str(ran["operation_id"]), "--target", url)["rows_restored"] == 1

    text = stored_text(app_db_url)
    assert recorded in text
    assert PASSWORD not in text, "no ticket or audit event holds the password"


@pytest.mark.parametrize(
    ("args", "env", "words"),
    [
        pytest.param(
            ["sql", "--target", "shop", "SELECT 1"],
            {"PGPILOT_TARGETS": "shop={demo}"},
            ["PGPILOT_TARGETS", "default"],
            id="targets-without-default",
        ),
        pytest.param(
            ["sql", "--json", "--target", "shop", "SELECT 1"],
            {"PGPILOT_TARGETS": "shop={demo}"},
            ["PGPILOT_TARGETS", "default"],
            id="targets-without-default-json",
        ),
        pytest.param(
            ["approvals", "list"],
            {"PGPILOT_TARGETS": "shop={demo}"},
            ["default"],
            id="any-command",
        ),
    ],
)
def test_start_up_failure_exits_2_in_one_line(
    app_db_url: str, demo_url: str, args: list[str], env: dict[str, str], words: list[str]
) -> None:
    # Before the fix, the app pool was opened first and never closed: the process hung, which
    # the timeout turns into a failure (no stopwatch: a loaded machine is slow, not hung).
    given = {"DATABASE_URL": app_db_url} | {k: v.format(demo=demo_url) for k, v in env.items()}
    result = pgpilot_process(*args, env=given, timeout=60)
    assert result.returncode == 2, result.stderr
    assert_one_line_error(result, *words)
    assert result.stdout == ""
