"""The approval page in a real browser: Debian's chromium, driven by Playwright.

The app runs under uvicorn on a free port, so the page's own script talks to the real REST
routes. Without chromium the tests skip, except on CI, where .ci/run installs it.
"""

import os
import shutil
import socket
import threading
from collections.abc import Iterator

import httpx
import psycopg
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET
from tests.appdb import INSERT_USER, PASSWORD, PASSWORD_HASH

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="no chromium here (apt-get install chromium); CI always runs these",
)
RISKY = "UPDATE products SET price = price + 1"


@pytest.fixture
def base_url(app_db_url: str, demo_url: str) -> Iterator[str]:
    """pgpilot served over HTTP on 127.0.0.1, four-eyes on."""
    settings = Settings(
        database_url=app_db_url, target_database_url=demo_url, four_eyes=True, jwt_secret=SECRET
    )
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.02)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless chromium, the machine's own (no browser download)."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab, failing the test on any script error."""
    context = browser.new_context()
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []


def add_user(app_db_url: str, email: str, *, can_approve: bool) -> str:
    """An account whose password is tests.appdb.PASSWORD (Playwright owns the event loop)."""
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        conn.execute(INSERT_USER, (email, PASSWORD_HASH, "UTC", can_approve))
    return email


@pytest.fixture
def ann(app_db_url: str) -> str:
    """An approver's email."""
    return add_user(app_db_url, "ann@example.com", can_approve=True)


def sign_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.fill("#email", email)
    page.fill("#password", password)


def ticket_for(base_url: str, sql: str = RISKY) -> str:
    response = httpx.post(f"{base_url}/api/sql", json={"sql": sql, "requester": "agent-7"})
    assert response.status_code == 202, response.text
    return str(response.json()["ticket_id"])


def status_of(base_url: str, ticket: str) -> dict[str, object]:
    return dict(httpx.get(f"{base_url}/status/{ticket}").json())


def test_an_approver_reads_the_impact_signs_in_and_approves(
    base_url: str, page: Page, ann: str
) -> None:
    ticket = ticket_for(base_url)
    page.goto(f"{base_url}/approval/{ticket}")
    expect(page.locator("pre")).to_have_text(RISKY)
    expect(page.locator("#status")).to_have_text("PENDING_APPROVAL")
    expect(page.locator(".risk")).to_have_text("HIGH")
    expect(page.locator("table")).to_contain_text("public.products")
    page.click("#approve")
    expect(page.locator("#result")).to_have_text("Sign in first: your email and password.")
    sign_in(page, ann, "not the password")
    page.click("#approve")
    expect(page.locator("#result")).to_have_text("Refused: Wrong email or password.")
    assert status_of(base_url, ticket)["status"] == "PENDING_APPROVAL"
    sign_in(page, ann)
    page.fill("#comment", "checked the impact")
    page.click("#approve")
    expect(page.locator("#result")).to_have_text("Ticket is now APPROVED.")
    expect(page.locator("#status")).to_have_text("APPROVED")
    expect(page.locator("#decide")).to_be_hidden()
    decided = status_of(base_url, ticket)
    assert (decided["status"], decided["approver"]) == ("APPROVED", ann)


def test_a_user_who_is_not_an_approver_is_refused(
    base_url: str, page: Page, app_db_url: str, ann: str
) -> None:
    add_user(app_db_url, "eve@example.com", can_approve=False)
    ticket = ticket_for(base_url)
    page.goto(f"{base_url}/approval/{ticket}")
    sign_in(page, "eve@example.com")
    page.click("#approve")
    expect(page.locator("#result")).to_contain_text("Refused: eve@example.com may not approve")
    expect(page.locator("#status")).to_have_text("PENDING_APPROVAL")
    sign_in(page, ann)  # the refused login was forgotten: another person can sign in
    page.click("#reject")
    expect(page.locator("#result")).to_have_text("Ticket is now REJECTED.")
    assert status_of(base_url, ticket)["status"] == "REJECTED"
    page.reload()
    expect(page.locator("#decide")).to_be_hidden()


def test_sql_from_the_agent_is_shown_never_run_by_the_page(base_url: str, page: Page) -> None:
    sql = "UPDATE products SET name = '</pre><script>window.pwned = 1</script>' WHERE id < 500"
    ticket = ticket_for(base_url, sql)
    page.goto(f"{base_url}/approval/{ticket}")
    expect(page.locator("pre")).to_have_text(sql)
    assert page.evaluate("typeof window.pwned") == "undefined"
