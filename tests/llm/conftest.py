"""The database of a question set: a module names its schema as `SCHEMA`, and its tests get it.

Every tests/llm/test_offline_<schema>.py that compares questions with gold SQL asks for
`gold_db` (the schema loaded in a database of the module's own, dropped afterwards) and
`grounded` (its tables and the values found in its data, read once per module).
"""

from collections.abc import Iterator

import pytest

pytest.register_assert_rewrite("tests.llm.gold")  # assert_answered's failures show the rows

from tests.llm.gold import GoldDatabase, Grounded, database_of, ground  # noqa: E402


@pytest.fixture(scope="module")
def gold_db(pg_server: str, request: pytest.FixtureRequest) -> Iterator[GoldDatabase]:
    """The module's SCHEMA, in a database of its own."""
    with database_of(pg_server, request.module.SCHEMA) as db:
        yield db


@pytest.fixture(scope="module")
async def grounded(gold_db: GoldDatabase) -> Grounded:
    """Every table of the module's database, and the values found in its data."""
    return await ground(gold_db.url)
