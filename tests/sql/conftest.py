"""SQL fixtures: targets over a demo shop database of the test's own."""

from collections.abc import AsyncIterator

import pytest

from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets


@pytest.fixture
async def targets(demo_url: str) -> AsyncIterator[Targets]:
    """The demo database as the default target."""
    registry = Targets({"default": demo_url})
    yield registry
    await registry.close()


@pytest.fixture
def limits() -> Limits:
    """Small limits, so caps and timeouts show quickly."""
    return Limits(max_rows=50, statement_timeout_ms=2000, lock_timeout_ms=500)
