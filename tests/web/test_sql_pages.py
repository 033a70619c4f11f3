"""An analyst and an approver in two browsers: console, inbox, ticket, activity and undo."""

import re
from collections.abc import Callable

import httpx
import psycopg
from playwright.sync_api import Page, Route, expect

from tests.web.conftest import Person, Tab, sign_in

RISKY = "UPDATE products SET price = price + 1"
READ = "SELECT id, name, country FROM customers ORDER BY id LIMIT 3"
Shoot = Callable[[Page, str], None]


def prices(demo_url: str) -> object:
    with psycopg.connect(demo_url) as conn:
        row = conn.execute("SELECT sum(price) FROM products").fetchone()
    return row[0] if row else None


def ask(page: Page, query: str) -> None:
    """Ask in the console and wait for the answer (the server's first run loads the agent)."""
    page.fill("#query", query)
    page.click("#ask")
    expect(page.locator("#answer-message")).not_to_have_text("Working…", timeout=60_000)


def test_read_write_approve_and_undo(
    new_tab: Tab,
    base_url: str,
    demo_url: str,
    make_person: Callable[..., Person],
    shoot: Shoot,
) -> None:
    ada = make_person("ada@example.com", write=True)
    ann = make_person("ann@example.com", can_approve=True)
    analyst, approver = new_tab(), new_tab()
    before = prices(demo_url)

    sign_in(analyst, base_url, ada.email, next_path="/console")
    ask(analyst, READ)
    expect(analyst.locator("#result table.rows tbody tr")).to_have_count(3)
    expect(analyst.locator("#answer-message")).to_have_text("3 rows")
    expect(analyst.locator("#sql")).to_contain_text("FROM customers")
    expect(analyst.locator("#steps li").first).to_have_text("Read the question")

    ask(analyst, RISKY)
    expect(analyst.locator("#ticket-box")).to_contain_text("Waiting for approval")
    expect(analyst.locator("#impact .risk")).to_have_text("HIGH risk")
    expect(analyst.locator("#impact .summary")).to_contain_text(re.compile(r"Updates \d+ products"))
    shoot(analyst, "console")

    sign_in(approver, base_url, ann.email, next_path="/approvals")
    line = approver.locator(".ticket-line").first
    expect(line.locator("pre")).to_have_text(RISKY)
    expect(line).to_contain_text("HIGH risk")
    expect(line).to_contain_text("Requested by ada@example.com on target default")
    expect(line).to_contain_text("left")
    shoot(approver, "approvals")
    line.get_by_role("link").click()
    expect(approver.locator("#next")).to_contain_text("Nothing has run")
    approver.fill("#comment", '<img src=x onerror="window.pwned=1">')
    approver.click("#approve")
    expect(approver.locator("#flash")).to_have_text("Ticket is now APPROVED.")
    expect(approver.locator("#status")).to_have_text("Approved, not run yet")
    expect(approver.locator("#history")).to_contain_text('<img src=x onerror="window.pwned=1">')
    expect(approver.locator("#decide")).to_be_hidden()

    expect(analyst.locator("#ticket-box")).to_contain_text("Executed")
    expect(analyst.locator("#result")).to_contain_text(re.compile(r"Executed: \d+ rows changed"))
    assert prices(demo_url) != before
    approver.reload()
    expect(approver.locator("#status")).to_have_text("Executed")
    expect(approver.locator("#next")).to_contain_text("It ran")
    shoot(approver, "approval")
    assert approver.evaluate("typeof window.pwned") == "undefined"

    analyst.goto(f"{base_url}/activity")
    write = analyst.locator("[data-action='sql.execute']").first
    expect(write.locator("pre")).to_have_text(RISKY)
    write.get_by_role("button", name="Show before/after rows").click()
    expect(write.locator("table.rows").first).to_be_visible()
    shoot(analyst, "activity")
    write.get_by_role("button", name="Undo").click()
    analyst.click("#confirm-ok")
    expect(analyst.locator("#flash")).to_contain_text(re.compile(r"Undone: \d+ rows restored"))
    assert prices(demo_url) == before


def test_schema_browser_shows_keys_both_ways(
    page: Page, base_url: str, make_person: Callable[..., Person], shoot: Shoot
) -> None:
    ada = make_person("ada@example.com", write=True)
    sign_in(page, base_url, ada.email, next_path="/schema")
    customers = page.locator("details[data-table='public.customers']")
    customers.locator("summary").click()
    expect(customers).to_contain_text("primary key")
    expect(customers).to_contain_text("public.orders (customer_id)")
    orders = page.locator("details[data-table='public.orders']")
    orders.locator("summary").click()
    expect(orders).to_contain_text("→ public.customers (id)")
    page.fill("#find", "order")
    expect(page.locator("#count")).to_contain_text("of")
    shoot(page, "schema")


def test_a_drifted_ticket_says_why_it_failed(
    page: Page, base_url: str, demo_url: str, make_person: Callable[..., Person]
) -> None:
    ada = make_person("ada@example.com", write=True)
    ann = make_person("ann@example.com", can_approve=True)
    made = httpx.post(f"{base_url}/api/sql", json={"sql": RISKY}, headers=ada.headers)
    assert made.status_code == 202, made.text
    ticket = made.json()["ticket_id"]
    httpx.post(f"{base_url}/approve/{ticket}", json={}, headers=ann.headers).raise_for_status()
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(  # one more row than the approved impact counted
            "INSERT INTO products (sku, name, category, price) VALUES ('LATE-1', 'late', 'x', 1)"
        )
    ran = httpx.post(f"{base_url}/api/approvals/{ticket}/execute", headers=ada.headers)
    assert ran.status_code == 409, ran.text
    sign_in(page, base_url, ada.email, next_path=f"/approval/{ticket}")
    expect(page.locator("#status")).to_have_text("Failed, nothing changed")
    expect(page.locator("#failure")).to_contain_text("Why it failed:")
    expect(page.locator("#failure")).to_contain_text("approved")


def test_sql_is_shown_as_text(
    page: Page, base_url: str, make_person: Callable[..., Person]
) -> None:
    ada = make_person("ada@example.com", write=True)
    sign_in(page, base_url, ada.email, next_path="/console")
    ask(page, "SELECT '<img src=x onerror=\"window.pwned=1\">' AS x, NULL AS y, 1234567.25 AS n")
    cells = page.locator("#result tbody td")
    expect(cells.nth(0)).to_have_text('<img src=x onerror="window.pwned=1">')
    expect(cells.nth(1)).to_have_text("NULL")
    expect(cells.nth(2)).to_have_text("1234567.25")  # as the server sent it, not localised
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_a_signed_out_visitor_sees_no_data(
    page: Page, base_url: str, make_person: Callable[..., Person]
) -> None:
    ada = make_person("ada@example.com", write=True)
    made = httpx.post(f"{base_url}/api/sql", json={"sql": RISKY}, headers=ada.headers)
    ticket = made.json()["ticket_id"]
    for path in ("/tasks", "/console", "/schema", "/approvals", f"/approval/{ticket}", "/activity"):
        shell = httpx.get(f"{base_url}{path}")
        assert shell.status_code == 200
        assert "products" not in shell.text
        assert "ada@" not in shell.text
        page.goto(f"{base_url}{path}")
        page.wait_for_url(f"{base_url}/signin?next=**")
        expect(page.locator("#heading")).to_have_text("Sign in")
        assert "products" not in page.content()


def test_the_api_docs_render_with_no_network(page: Page, base_url: str, shoot: Shoot) -> None:
    outside: list[str] = []

    def only_local(route: Route) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(f"{base_url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("pgpilot")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()
    assert outside == []
    shoot(page, "docs")
