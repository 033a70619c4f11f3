"""Every page carries the notifications bar, filled by a static script (CSP: no inline code)."""

import re
from html.parser import HTMLParser

import httpx
import pytest


class Ids(HTMLParser):
    """The ids on a page, with whether each starts hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden: dict[str, bool] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if named.get("id"):
            self.hidden[str(named["id"])] = "hidden" in named


@pytest.mark.parametrize("path", ["/tasks", "/console", "/schema", "/approvals", "/activity"])
async def test_every_page_has_the_notifications_hidden_until_signed_in(
    client: httpx.AsyncClient, path: str
) -> None:
    ids = Ids()
    ids.feed((await client.get(path)).text)
    assert ids.hidden["notes"] is True  # shown by the script once the visitor is signed in
    assert ids.hidden["notes-count"] is True  # no badge until something is unread
    assert ids.hidden["notes-panel"] is True
    assert {"notes-toggle", "notes-list", "notes-empty"} <= set(ids.hidden)


async def test_the_notifications_script_is_static_and_calls_the_api(
    client: httpx.AsyncClient,
) -> None:
    served = await client.get("/static/notifications.js")
    assert served.status_code == 200
    assert "javascript" in served.headers["content-type"]
    code = served.text
    assert "innerHTML" not in code, "notifications go on the page as text, never as markup"
    assert re.search(r"`\$\{base\}\?limit=", code)
    assert re.search(r"unread=true", code)
    assert re.search(r'api\("POST", `\$\{base\}/\$\{id\}/read`\)', code)
    assert "/api/${me.user_id}/notifications" in code
    api = (await client.get("/static/api.js")).text
    assert 'import("/static/notifications.js")' in api  # every signed-in page loads it
