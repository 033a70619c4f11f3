"""The app of one `pgpilot serve --workers N` worker, built from what the parent prepared."""

import logging

from fastapi import FastAPI

from pgpilot import logs
from pgpilot.api.app import create_app
from pgpilot.settings import load_settings


def worker_app() -> FastAPI:
    """uvicorn's factory in each worker: settings from the environment `serve` exported."""
    settings = load_settings()
    if settings.database_url is None or settings.jwt_secret is None:
        raise RuntimeError("worker_app runs under `pgpilot serve --workers N`, which prepares it")
    logs.configure(settings.log_level)
    # pgpilot.access logs each request with its id; uvicorn's line would repeat it.
    logging.getLogger("uvicorn.access").disabled = True
    return create_app(settings)
