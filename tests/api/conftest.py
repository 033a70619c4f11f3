"""API fixtures: the real app over httpx, lifespan included."""

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI

from pgpilot.api.app import create_app
from pgpilot.settings import Settings

ClientFactory = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@asynccontextmanager
async def serve(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run the app's lifespan and talk to it in-process."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://pgpilot.test") as client,
    ):
        yield client


@pytest.fixture
def app_settings(app_db_url: str) -> Settings:
    """Settings for an app on this test's database."""
    return Settings(database_url=app_db_url, jwt_secret="t" * 40)


@pytest.fixture
async def client(app_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app on this test's database."""
    async with serve(create_app(app_settings)) as http:
        yield http
