"""The web app in a real browser: Debian's chromium, driven by Playwright, on a real server.

The app runs under uvicorn on a free port, so the pages' own scripts talk to the real REST
and WebSocket routes over a real database. Without chromium the tests skip, except on CI,
where .ci/run installs it. Screenshots go to docs/screenshots/ with PGPILOT_SCREENSHOTS=1
(the README shows them), else to the test's temporary directory.
"""

import os
import shutil
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, bearer
from tests.appdb import INSERT_USER, PASSWORD, PASSWORD_HASH

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = {"laptop": (1280, 860), "phone": (390, 844)}
expect.set_options(timeout=15_000)  # the first agent run of a server imports LangGraph
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
  .map((e) => e.tagName + '#' + e.id + '.' + e.className).slice(0, 5).join(' ')"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip the browser tests where there is no chromium (never on CI)."""
    skip = pytest.mark.skipif(
        CHROMIUM is None and not os.environ.get("CI"),
        reason="no chromium here (apt-get install chromium)",
    )
    for item in items:
        if "tests/web/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(skip)


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


Tab = Callable[[], Page]


@pytest.fixture
def new_tab(browser: Browser) -> Iterator[Tab]:
    """Opens a tab in a context of its own (another person); any script error fails the test."""
    contexts: list[BrowserContext] = []
    errors: list[str] = []

    def open_tab() -> Page:
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        context.set_default_timeout(15_000)
        contexts.append(context)
        opened = context.new_page()
        opened.on("pageerror", lambda error: errors.append(str(error)))
        opened.on(
            "console",
            lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
        )
        return opened

    yield open_tab
    for context in contexts:
        context.close()
    assert errors == []


@pytest.fixture
def page(new_tab: Tab) -> Page:
    """A fresh tab."""
    return new_tab()


@dataclass(frozen=True)
class Person:
    """An account made in the database, with a token for setting things up over REST."""

    id: int
    email: str
    headers: dict[str, str]


@pytest.fixture
def make_person(app_db_url: str) -> Callable[..., Person]:
    """Makes accounts whose password is tests.appdb.PASSWORD."""

    def make(
        email: str, *, can_approve: bool = False, is_admin: bool = False, write: bool = False
    ) -> Person:
        with psycopg.connect(app_db_url, autocommit=True) as conn:
            row = conn.execute(INSERT_USER, (email, PASSWORD_HASH, "UTC", can_approve)).fetchone()
            assert row is not None
            user_id = int(row[0])
            conn.execute("UPDATE users SET is_admin = %s WHERE id = %s", (is_admin, user_id))
            if write:
                conn.execute(
                    "INSERT INTO target_grants (user_id, target, access, granted_by)"
                    " VALUES (%s, 'default', 'write', 'test')",
                    (user_id,),
                )
        return Person(user_id, email, bearer(user_id))

    return make


def sign_in(page: Page, base_url: str, email: str, *, next_path: str = "/tasks") -> None:
    """Sign in through the sign-in page and land on `next_path`."""
    page.goto(f"{base_url}/signin?next={next_path}")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("#submit")
    page.wait_for_url(f"{base_url}{next_path}")
    expect(page.locator("#me-email")).to_have_text(email)


@pytest.fixture
def shoot(tmp_path: Path) -> Callable[[Page, str], None]:
    """Screenshots of the page at laptop and phone widths; nothing may overflow sideways."""
    folder = SCREENSHOTS if os.environ.get("PGPILOT_SCREENSHOTS") else tmp_path

    def take(page: Page, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for label, (width, height) in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(150)
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"{name}: {wide} px at {width}: {page.evaluate(WIDEST)}"
            page.screenshot(path=folder / f"{name}-{label}.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 860})

    return take
