"""SqlAgent: runs the SQL graph for a question, streams its steps, resumes paused runs."""

import uuid
from collections.abc import AsyncIterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.types import Command

from pgpilot.agent.sql_graph import SqlRun, SqlState, build_graph
from pgpilot.approvals.waiting import wait_for_decision
from pgpilot.inputs import refuse_nul
from pgpilot.llm.deadline import deadline_in
from pgpilot.sql.context import SqlContext

Event = dict[str, Any]
HIDDEN = frozenset({"prompt", "tried"})


class SqlAgent:
    """The compiled SQL graph around one chat model and one checkpointer."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        retries: int,
        prompt_tokens: int,
        checkpointer: Any,
        timeout_s: float | None = None,
    ) -> None:
        self.model = model
        self.retries = retries
        self.prompt_tokens = prompt_tokens
        self.timeout_s = timeout_s  # the model's time for one run, rewrites and retries included
        self.graph = build_graph(checkpointer)

    def _run(self, ctx: SqlContext) -> SqlRun:
        deadline = deadline_in(self.timeout_s)
        return SqlRun(ctx, self.model, self.retries, self.prompt_tokens, deadline)

    async def stream(
        self,
        ctx: SqlContext,
        *,
        question: str,
        target: str | None,
        requester: str,
        thread_id: str | None = None,
    ) -> AsyncIterator[Event]:
        """Step events, then one `result`, `error` or `approval_required` event."""
        refuse_nul(question=question, target=target, requester=requester)
        start: SqlState = {"question": question, "target": target, "requester": requester}
        async for event in self._events(ctx, start, thread_id or str(uuid.uuid4())):
            yield event

    async def resume(self, ctx: SqlContext, *, thread_id: str) -> AsyncIterator[Event]:
        """Continue a paused run (its ticket was decided); the run re-reads the ticket."""
        async for event in self._events(ctx, Command(resume="decided"), thread_id):
            yield event

    async def paused(self, thread_id: str) -> Event | None:
        """The `approval_required` event of a run paused in the checkpoints, if it is one."""
        snapshot = await self.graph.aget_state({"configurable": {"thread_id": thread_id}})
        if not snapshot.interrupts:
            return None
        return {"type": "approval_required", "thread_id": thread_id, **snapshot.interrupts[0].value}

    async def follow(
        self, ctx: SqlContext, paused: Event, *, timeout_s: float | None = None
    ) -> AsyncIterator[Event]:
        """Wait for the paused run's ticket, say how it was decided, then finish the run."""
        ticket = await wait_for_decision(
            ctx.app_db, paused["ticket_id"], timeout_s=timeout_s, listener=ctx.approvals
        )
        if ticket.status == "PENDING_APPROVAL":
            return
        outcome = "approved" if ticket.status == "APPROVED" else ticket.status.lower()
        yield {"type": outcome, "ticket_id": ticket.id, "thread_id": paused["thread_id"]}
        async for event in self.resume(ctx, thread_id=paused["thread_id"]):
            yield event

    async def _events(self, ctx: SqlContext, start: Any, thread_id: str) -> AsyncIterator[Event]:
        config: Any = {"configurable": {"thread_id": thread_id}}
        final: Event | None = None
        # "exit": a run is saved when it stops, so a pause for approval is durable without a
        # checkpoint write per node (a run that crashes mid-way is simply asked again).
        async for chunk in self.graph.astream(
            start,
            config=config,
            context=self._run(ctx),
            stream_mode="updates",
            durability="exit",
        ):
            for node, update in chunk.items():
                if node == "__interrupt__":
                    final = {"type": "approval_required", "thread_id": thread_id}
                    final |= update[0].value
                elif node == "respond":
                    answer = update["answer"]
                    kind = "error" if answer["status"] == "error" else "result"
                    final = {"type": kind, "thread_id": thread_id, **answer}
                else:
                    data = {k: v for k, v in (update or {}).items() if k not in HIDDEN}
                    yield {"type": "step", "node": node, "data": data}
        # Only after the stream ends is the run saved (durability "exit"): answer then.
        if final is not None:
            yield final

    async def ask(
        self,
        ctx: SqlContext,
        *,
        question: str,
        target: str | None,
        requester: str,
        wait: bool = False,
        timeout_s: float | None = None,
    ) -> Event:
        """The final event of a question; with `wait`, waits for a ticket's decision too."""
        thread_id = str(uuid.uuid4())
        last: Event = {}
        async for event in self.stream(
            ctx, question=question, target=target, requester=requester, thread_id=thread_id
        ):
            last = event
        if wait and last.get("type") == "approval_required":
            async for event in self.follow(ctx, last, timeout_s=timeout_s):
                last = event
        return last
