"""WS /ws/query: the SQL agent live — every step, then the answer; approvals resume it.

Authenticate with the first message's `"token"` or the subprotocols `["bearer", <token>]`,
never the URL (URLs end up in access logs). Send `{"query": …, "target"?: …}`, or
`{"resume": <thread_id>}` to wait again for your run paused before a restart. The server
streams `{"type": "step", "node", "data"}`, then `result`, `error` or `approval_required`;
after `approval_required` it waits for the ticket (LISTEN pgpilot_approvals, whichever worker
decided it), sends `approved`, `rejected` or `expired`, and then the run's final answer.
"""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from pgpilot import links
from pgpilot.api.deps import link_base, services_of
from pgpilot.auth.actors import Actor, actor_from_token
from pgpilot.auth.ratelimit import ASK, user_key
from pgpilot.errors import PgpilotError, Unauthorized, ValidationError
from pgpilot.services import Services

router = APIRouter(tags=["agent"])
POLICY_VIOLATION = 1008
SUBPROTOCOL = "bearer"


@router.websocket("/ws/query")
async def ws_query(websocket: WebSocket) -> None:
    """One question per connection."""
    offered = websocket.scope.get("subprotocols") or []
    header_token = offered[1] if len(offered) == 2 and offered[0] == SUBPROTOCOL else None
    await websocket.accept(subprotocol=SUBPROTOCOL if header_token else None)
    services = services_of(websocket)
    try:
        if "token" in websocket.query_params:
            raise Unauthorized(
                'tokens in the URL end up in logs: send {"token": …} as the first message '
                'or the subprotocols ["bearer", <token>]'
            )
        message = await websocket.receive_json()
        actor = await _actor(header_token or message.get("token"), services)
        agent = await services.sql_agent()
        last: dict[str, Any] | None = None
        if isinstance(resume := message.get("resume"), str):
            last = await agent.paused(actor, resume)
            await websocket.send_json(last)
        else:
            query = message.get("query")
            if not isinstance(query, str) or not query.strip():
                raise ValidationError('send {"query": "…"} or {"resume": "<thread_id>"}')
            await services.rate_limiter.enforce(ASK, user_key(actor.id))
            target = message.get("target")
            async for event in agent.stream(
                services.sql,
                actor,
                question=query,
                target=target if isinstance(target, str) else None,
            ):
                last = event
                await websocket.send_json(links.absolute(event, link_base(websocket)))
        paused = last is not None and last.get("type") == "approval_required"
        if paused and not await _follow(websocket, agent.follow(services.sql, actor, last or {})):
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


async def _actor(token: object, services: Services) -> Actor:
    if not isinstance(token, str) or not token:
        raise Unauthorized('send a token: {"token": …} first, or subprotocols ["bearer", <token>]')
    secret = services.settings.jwt_secret
    return await actor_from_token(
        services.app_db, token, secret=secret.get_secret_value() if secret else None
    )
