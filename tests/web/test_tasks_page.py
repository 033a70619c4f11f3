"""A task user in the browser: register, talk to the assistant, and manage the list."""

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import Person

NEW_PASSWORD = "a long enough password"
MILK = re.compile("buy milk", re.IGNORECASE)


def test_register_chat_complete_delete_restore(
    page: Page, base_url: str, shoot: Callable[[Page, str], None]
) -> None:
    page.goto(f"{base_url}/")
    page.wait_for_url(f"{base_url}/signin?next=%2Ftasks")
    shoot(page, "signin")
    page.click("#switch")
    page.fill("#email", "tess@example.com")
    page.fill("#password", "short")
    page.click("#submit")
    expect(page.locator("#form-error")).to_have_text("Choose a password of 8 characters or more.")
    page.fill("#password", NEW_PASSWORD)
    page.fill("#timezone", "UTC")
    page.click("#submit")
    page.wait_for_url(f"{base_url}/tasks")
    assert "token" not in page.url
    expect(page.locator("#me-email")).to_have_text("tess@example.com")
    expect(page.locator("#nav a[data-page=console]")).to_be_hidden()
    expect(page.locator("#chat-send")).to_be_enabled()  # the page's script is ready

    page.fill("#chat-input", "add buy milk tomorrow")
    page.press("#chat-input", "Enter")
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    expect(page.locator(".msg.assistant").last).to_contain_text(MILK)
    expect(page.locator(".msg.assistant .calls summary").last).to_have_text("Tools: add_task")
    task = page.locator(".task", has_text=MILK)
    expect(task.locator(".due")).to_have_text(f"due {tomorrow}")
    expect(page.locator("#conversations a")).to_have_count(1)

    page.fill("#add-title", "water the plants")
    page.select_option("#add-priority", "high")
    page.fill("#add-tags", "home, garden")
    page.click("#add-form button[type=submit]")
    expect(page.locator(".task", has_text="water the plants")).to_contain_text("high priority")
    page.fill("#f-tag", "garden")
    page.press("#f-tag", "Enter")
    expect(page.locator(".task")).to_have_count(1)
    page.fill("#f-tag", "")
    page.press("#f-tag", "Enter")
    expect(page.locator(".task")).to_have_count(2)
    shoot(page, "tasks")

    task.get_by_role("button", name="Complete").click()
    expect(page.locator(".task", has_text=MILK)).to_have_count(0)  # pending only
    page.select_option("#f-status", "all")
    done = page.locator(".task.done", has_text=MILK)
    expect(done).to_have_count(1)

    done.get_by_role("button", name="Delete").click()
    expect(page.locator("#confirm")).to_be_visible()
    page.click("#confirm-cancel")
    expect(done).to_have_count(1)
    done.get_by_role("button", name="Delete").click()
    page.click("#confirm-ok")
    expect(page.locator("#flash")).to_contain_text("Task deleted permanently")
    expect(page.locator(".task", has_text=MILK)).to_have_count(0)
    page.click("#undo-delete")
    expect(page.locator("#flash")).to_contain_text("Task restored")
    expect(page.locator(".task.done", has_text=MILK)).to_have_count(1)

    page.reload()  # the tab keeps its sign-in; the conversation's history opens again
    page.locator("#conversations a").first.click()
    expect(page.locator(".msg.user")).to_have_text(["You" + "add buy milk tomorrow"])
    page.click("#signout")
    page.wait_for_url(f"{base_url}/signin**")
    page.goto(f"{base_url}/tasks")
    page.wait_for_url(f"{base_url}/signin**")
    expect(page.locator(".task")).to_have_count(0)


def test_titles_are_shown_as_text(
    page: Page, base_url: str, make_person: Callable[..., Person]
) -> None:
    from tests.web.conftest import sign_in

    eve = make_person("eve@example.com")
    title = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    made = httpx.post(f"{base_url}/api/{eve.id}/tasks", json={"title": title}, headers=eve.headers)
    assert made.status_code == 201, made.text
    sign_in(page, base_url, eve.email)
    expect(page.locator("#chat-send")).to_be_enabled()
    expect(page.locator(".task .title")).to_have_text(title)
    page.fill("#chat-input", "show my tasks")
    page.press("#chat-input", "Enter")
    expect(page.locator(".msg.assistant").last).to_contain_text("<img")
    assert page.evaluate("typeof window.pwned") == "undefined"
