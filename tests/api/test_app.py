"""create_app: the JWT secret warning at start, and the hosts it serves."""

import logging

import pytest

from pgpilot.api.app import create_app, served_hosts
from pgpilot.settings import DEFAULT_ALLOWED_HOSTS, Settings
from tests.api.conftest import serve

STRONG = "q7Lx2VfP9sKm4TzR8wYc1NbH6jDg3AeU0oXi5EtS"


@pytest.mark.parametrize(
    ("secret", "warnings"),
    [
        pytest.param("t" * 40, ["JWT_SECRET repeats too few characters to be random"], id="weak"),
        pytest.param("short", ["JWT_SECRET is shorter than 32 characters"], id="short"),
        pytest.param(STRONG, [], id="strong"),
    ],
)
async def test_development_warns_once_at_start_about_a_weak_secret(
    app_db_url: str, caplog: pytest.LogCaptureFixture, secret: str, warnings: list[str]
) -> None:
    settings = Settings(database_url=app_db_url, jwt_secret=secret)
    with caplog.at_level(logging.WARNING, logger="pgpilot.api.app"):
        async with serve(create_app(settings)) as client:
            for _ in range(3):
                await client.get("/health/live")
    said = [r.getMessage() for r in caplog.records if r.name == "pgpilot.api.app"]
    assert [message.split(";")[0] for message in said] == warnings


@pytest.mark.parametrize(
    ("settings", "hosts"),
    [
        pytest.param({}, [*DEFAULT_ALLOWED_HOSTS], id="default-loopback-bind"),
        pytest.param({"host": "10.0.0.5"}, [*DEFAULT_ALLOWED_HOSTS, "10.0.0.5"], id="lan-bind"),
        pytest.param({"host": "0.0.0.0"}, [*DEFAULT_ALLOWED_HOSTS], id="any-ipv4"),  # noqa: S104
        pytest.param({"host": "::", "allowed_hosts": ["a.example"]}, ["a.example"], id="any-ipv6"),
    ],
)
def test_served_hosts(settings: dict[str, object], hosts: list[str]) -> None:
    assert served_hosts(Settings(database_url="postgresql://x/y", **settings)) == hosts  # type: ignore[arg-type]
