"""Notifications in the browser: a delivered reminder shows as a badge and is marked read."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
from playwright.sync_api import Page, expect

from pgpilot.tasks.reminders import DELIVER
from tests.web.conftest import Person, sign_in


def test_a_delivered_reminder_is_counted_listed_and_marked_read(
    page: Page,
    base_url: str,
    app_db_url: str,
    make_person: Callable[..., Person],
    shoot: Callable[[Page, str], None],
) -> None:
    nora = make_person("nora@example.com")
    soon = datetime.now(UTC) + timedelta(hours=1)
    for title in ("Call the dentist", "Water the plants"):
        body = {"title": title, "remind_at": soon.isoformat()}
        created = httpx.post(f"{base_url}/api/{nora.id}/tasks", json=body, headers=nora.headers)
        assert created.status_code == 201, created.text
    with psycopg.connect(app_db_url, autocommit=True) as conn:  # the scheduler's own statement
        conn.execute(DELIVER, (soon + timedelta(minutes=1), 100))

    sign_in(page, base_url, nora.email)
    expect(page.locator("#notes-count")).to_have_text("2")
    expect(page.locator("#notes-panel")).to_be_hidden()
    page.click("#notes-toggle")
    expect(page.locator("#notes-toggle")).to_have_attribute("aria-expanded", "true")
    notes = page.locator("#notes-list .note")
    expect(notes).to_have_count(2)
    dentist = notes.filter(has_text="Reminder: Call the dentist")
    shoot(page, "notifications")
    dentist.get_by_role("button", name="Mark read").click()
    expect(page.locator("#notes-count")).to_have_text("1")
    expect(page.locator("#notes-list .note.read")).to_have_count(1)
    expect(dentist).to_contain_text("Read")
    page.locator("#notes-list .note:not(.read)").get_by_role("button", name="Mark read").click()
    expect(page.locator("#notes-count")).to_be_hidden()

    with psycopg.connect(app_db_url) as conn:
        unread = conn.execute(
            "SELECT count(*) FROM notifications WHERE user_id = %s AND read_at IS NULL", (nora.id,)
        ).fetchone()
    assert unread == (0,)
