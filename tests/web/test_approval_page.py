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
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from pgpilot.api.app import create_app
from pgpilot.settings import Settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="no chromium here (apt-get install chromium); CI always runs these",
)
RISKY = "UPDATE products SET price = price + 1"


@pytest.fixture
def base_url(app_db_url: str, demo_url: str) -> Iterator[str]:
    """pgpilot served over HTTP on 127.0.0.1, four-eyes on."""
    settings = Settings(database_url=app_db_url, target_database_url=demo_url, four_eyes=True)
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


def ticket_for(base_url: str, sql: str = RISKY) -> str:
    response = httpx.post(f"{base_url}/api/sql", json={"sql": sql, "requester": "agent-7"})
    assert response.status_code == 202, response.text
    return str(response.json()["ticket_id"])


def status_of(base_url: str, ticket: str) -> dict[str, object]:
    return dict(httpx.get(f"{base_url}/status/{ticket}").json())


def test_a_person_reads_the_impact_and_approves(base_url: str, page: Page) -> None:
    ticket = ticket_for(base_url)
    page.goto(f"{base_url}/approval/{ticket}")
    expect(page.locator("pre")).to_have_text(RISKY)
    expect(page.locator("#status")).to_have_text("PENDING_APPROVAL")
    expect(page.locator(".risk")).to_have_text("HIGH")
    expect(page.locator("table")).to_contain_text("public.products")
    page.click("#approve")
    expect(page.locator("#result")).to_have_text("Say who you are first.")
    assert status_of(base_url, ticket)["status"] == "PENDING_APPROVAL"
    page.fill("#approver", "alice")
    page.fill("#comment", "checked the impact")
    page.click("#approve")
    expect(page.locator("#result")).to_have_text("Ticket is now APPROVED.")
    expect(page.locator("#status")).to_have_text("APPROVED")
    expect(page.locator("#decide")).to_be_hidden()
    decided = status_of(base_url, ticket)
    assert (decided["status"], decided["approver"]) == ("APPROVED", "alice")


def test_the_page_shows_a_refusal_then_rejects(base_url: str, page: Page) -> None:
    ticket = ticket_for(base_url)
    page.goto(f"{base_url}/approval/{ticket}")
    page.fill("#approver", "agent-7")  # the requester, refused by the four-eyes rule
    page.click("#approve")
    expect(page.locator("#result")).to_contain_text("Refused:")
    expect(page.locator("#status")).to_have_text("PENDING_APPROVAL")
    page.fill("#approver", "bob")
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
