"""WS /ws/query: the SQL agent live — every step, then the answer; approvals resume it.

Send `{"query": …, "target"?: …}` (with `"token"` unless `?token=` is in the URL), or
`{"resume": <thread_id>}` to wait again for a run paused before a restart. The server
streams `{"type": "step", "node", "data"}`, then `result`, `error` or `approval_required`;
after `approval_required` it waits for the ticket (LISTEN pgpilot_approvals, whichever worker
decided it), sends `approved`, `rejected` or `expired`, and then the run's final answer.
"""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from pgpilot.api.deps import get_services
from pgpilot.auth.tokens import read_token
from pgpilot.auth.users import web_requester
from pgpilot.errors import NotFound, PgpilotError, Unauthorized, ValidationError

router = APIRouter(tags=["agent"])
POLICY_VIOLATION = 1008


@router.websocket("/ws/query")
async def ws_query(websocket: WebSocket) -> None:
    """One question per connection."""
    await websocket.accept()
    services = get_services(websocket)  # type: ignore[arg-type]
    try:
        message = await websocket.receive_json()
        user_id = _user(websocket.query_params.get("token") or message.get("token"), services)
        agent = await services.sql_agent()
        last: dict[str, Any] | None = None
        if isinstance(resume := message.get("resume"), str):
            last = await agent.paused(resume)
            if last is None:
                raise NotFound(f"no run {resume!r} is waiting for approval", error_code="NO_RUN")
            await websocket.send_json(last)
        else:
            query = message.get("query")
            if not isinstance(query, str) or not query.strip():
                raise ValidationError('send {"query": "…"} or {"resume": "<thread_id>"}')
            async for event in agent.stream(
                services.sql,
                question=query,
                target=message.get("target"),
                requester=web_requester(user_id),
            ):
                last = event
                await websocket.send_json(event)
        paused = last is not None and last.get("type") == "approval_required"
        if paused and not await _follow(websocket, agent.follow(services.sql, last or {})):
            return
    except WebSocketDisconnect:
        return
    except PgpilotError as exc:
        await websocket.send_json({"type": "error", **exc.envelope()})
        code = POLICY_VIOLATION if isinstance(exc, Unauthorized) else 1000
        await websocket.close(code=code)
        return
    await websocket.close()


async def _follow(websocket: WebSocket, events: AsyncIterator[dict[str, Any]]) -> bool:
    """Send the events; stop waiting (False) when the client leaves or speaks first."""

    async def send() -> None:
        async for event in events:
            await websocket.send_json(event)

    sending = asyncio.ensure_future(send())
    hearing = asyncio.ensure_future(websocket.receive())
    done, _ = await asyncio.wait({sending, hearing}, return_when=asyncio.FIRST_COMPLETED)
    if sending in done:
        hearing.cancel()
        sending.result()
        return True
    sending.cancel()  # the run stays paused in the checkpoints; {"resume": …} picks it up
    return False


def _user(token: object, services: Any) -> int:
    if not isinstance(token, str) or not token:
        raise Unauthorized('send a token: ?token=<access_token> or {"token": …}')
    secret = services.settings.jwt_secret
    if secret is None:
        raise Unauthorized("JWT_SECRET is not set; logins cannot be checked")
    return read_token(token, secret=secret.get_secret_value())
