"""bench/http_face.py's anchor: a minimal Starlette + psycopg-pool app running the same queries.

No middleware, no auth, no rate limit, no guard: what serving the two reads costs with nothing
around them. Built by `anchor_app()` (uvicorn `--factory`) from ANCHOR_APP_URL (the app
database, for tasks) and ANCHOR_TARGET_URL (the target, for SQL).
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from pgpilot.tasks import repository, validation
from pgpilot.tasks.contract import TaskQuery

POOL_SIZE = 10


def anchor_app() -> Starlette:
    """POST /api/sql runs the body's `sql` on the target; GET /api/{user_id}/tasks lists tasks."""
    app_db = AsyncConnectionPool(os.environ["ANCHOR_APP_URL"], max_size=POOL_SIZE, open=False)
    target = AsyncConnectionPool(
        os.environ["ANCHOR_TARGET_URL"],
        max_size=POOL_SIZE,
        open=False,
        kwargs={"autocommit": True},
    )

    async def sql(request: Request) -> JSONResponse:
        body = await request.json()
        async with target.connection() as conn:
            cursor = conn.cursor(row_factory=dict_row)
            await cursor.execute(body["sql"])
            rows = await cursor.fetchall()
        return JSONResponse({"rows": rows, "row_count": len(rows)})

    async def tasks(request: Request) -> JSONResponse:
        user_id = int(request.path_params["user_id"])
        query = validation.list_query(TaskQuery(limit=50), today=None)
        async with app_db.connection() as conn, conn.transaction():
            totals: dict[str, Any] = await repository.counts(conn, user_id, query) or {}
            rows = await repository.list_page(conn, user_id, query)
        page = [repository.public(row) for row in rows]
        return JSONResponse({"tasks": page, **totals, "returned_count": len(page)})

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with app_db, target:
            yield

    routes = [
        Route("/api/sql", sql, methods=["POST"]),
        Route("/api/{user_id:int}/tasks", tasks, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
